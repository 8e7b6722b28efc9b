/**
 * Which pages may open a websocket here. The identity cookie is SameSite, but
 * "site" ignores the port: a page served from another port of the same host
 * name (or another subdomain) is the same site, its websockets carry the
 * facilitator's cookie, and websockets are not bound by CORS. Browsers always
 * send the page's Origin on a websocket upgrade, so the server checks it:
 * its own origin (the Host the browser asked for, with the scheme), or one the
 * operator listed in ALLOWED_ORIGINS. An upgrade without an Origin is not a
 * browser (a script, a stock provider in Node) and carries no one's cookie by
 * accident, so it is let through as any other client.
 */
import type { IncomingMessage } from 'node:http';

export interface OriginPolicy {
  /** Take the host and scheme from X-Forwarded-Host and X-Forwarded-Proto (behind a reverse proxy). */
  trustProxy: boolean;
  /** Further origins, normalised (`scheme://host[:port]`, no default port, lower case). */
  allowedOrigins: readonly string[];
}

/** `scheme://host[:port]` as a browser would send it, or undefined for anything else (`null`, a path, garbage). */
export function normalizeOrigin(text: string): string | undefined {
  try {
    const url = new URL(text);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
    if (url.username || url.password || url.pathname !== '/' || url.search || url.hash) return undefined;
    return url.origin;
  } catch {
    return undefined;
  }
}

/** ALLOWED_ORIGINS: comma-separated origins (`https://host[:port]`); names the first entry that is not one. */
export function parseAllowedOrigins(text: string | undefined): { origins: string[] } | { bad: string } {
  const origins: string[] = [];
  for (const entry of (text ?? '').split(',').map((part) => part.trim()).filter(Boolean)) {
    const origin = normalizeOrigin(entry);
    if (!origin) return { bad: entry };
    origins.push(origin);
  }
  return { origins };
}

const firstValue = (header: string | string[] | undefined) => String(header ?? '').split(',')[0].trim();

/** The origins this server answers as, for this request: what the browser's address bar said. */
function ownOrigins(request: IncomingMessage, policy: OriginPolicy): string[] {
  const encrypted = Boolean((request.socket as { encrypted?: boolean }).encrypted);
  const forwardedProto = policy.trustProxy ? firstValue(request.headers['x-forwarded-proto']).toLowerCase() : '';
  const scheme = forwardedProto === 'https' || forwardedProto === 'http' ? forwardedProto : encrypted ? 'https' : 'http';
  const hosts = [request.headers.host ?? ''];
  if (policy.trustProxy) hosts.push(firstValue(request.headers['x-forwarded-host']));
  const origins: string[] = [];
  for (const host of hosts) {
    // A Host header is a host and an optional port, nothing more.
    if (!host || /[/?#@\s\\]/.test(host)) continue;
    const origin = normalizeOrigin(`${scheme}://${host}`);
    if (origin) origins.push(origin);
  }
  return origins;
}

/** Whether a websocket upgrade comes from a page this server may serve; `origin` for the log. */
export function checkOrigin(request: IncomingMessage, policy: OriginPolicy): { allowed: true } | { allowed: false; origin: string } {
  const header = request.headers.origin;
  if (header === undefined) return { allowed: true };
  const origin = normalizeOrigin(header);
  if (origin && (policy.allowedOrigins.includes(origin) || ownOrigins(request, policy).includes(origin))) return { allowed: true };
  return { allowed: false, origin: header.slice(0, 200) };
}
