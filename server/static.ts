/**
 * Serves the production build from `dist/`: hashed assets cached forever,
 * every other path answered with index.html so deep links work.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.webmanifest': 'application/manifest+json',
  '.txt': 'text/plain; charset=utf-8',
};

/** Only our own origin: no CDN, no web fonts, no analytics can load even by mistake. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "img-src 'self' data: blob:",
  "style-src 'self' 'unsafe-inline'",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "frame-ancestors 'self'",
].join('; ');

export function createStaticHandler(root: string) {
  const base = resolve(root);
  /** `path` is the request's percent-decoded path. */
  return async function serveStatic(request: IncomingMessage, response: ServerResponse, path: string): Promise<void> {
    const requested = normalize(path).replace(/^(\.\.[/\\])+/, '');
    let file = join(base, requested);
    if (!file.startsWith(base)) file = join(base, 'index.html');
    let info = await stat(file).catch(() => undefined);
    const isAsset = path.startsWith('/assets/');
    if (!info?.isFile()) {
      if (isAsset || extname(path)) {
        response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
        return;
      }
      file = join(base, 'index.html');
      info = await stat(file).catch(() => undefined);
      if (!info) {
        response.writeHead(503, { 'content-type': 'text/plain; charset=utf-8' }).end('The app is not built yet: run npm run build');
        return;
      }
    }
    response.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'content-length': info.size,
      'cache-control': isAsset ? 'public, max-age=31536000, immutable' : 'no-cache',
      'content-security-policy': CONTENT_SECURITY_POLICY,
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
    });
    if (request.method === 'HEAD') {
      response.end();
      return;
    }
    createReadStream(file).pipe(response);
  };
}

/**
 * Where a page address with a key in its query (`/sessie/CODE?key=…`, typed, or pasted from an old
 * link) should go instead: the same page with the key after `#`, which browsers never send, so the
 * request that follows carries no key, and the app takes it from there (SessionView). The app never
 * makes such an address; the one request that had the key in it is not logged (the server logs no
 * page requests, the nginx site file logs paths without their query). Undefined when there is no key.
 */
export function keyMovedToFragment(path: string, query: URLSearchParams): string | undefined {
  const key = query.get('key');
  if (key === null) return undefined;
  const rest = new URLSearchParams(query);
  rest.delete('key');
  // Re-encoded segment by segment, empty ones dropped: the address can never start with `//` or
  // `/\` (another host, which would then receive the key).
  const page = `/${path.split('/').filter(Boolean).map(encodeURIComponent).join('/')}`;
  return `${page}${rest.size ? `?${rest}` : ''}#key=${encodeURIComponent(key)}`;
}
