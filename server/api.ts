/** The session API: create, look up and delete sessions. Errors are JSON with a readable message. */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from './logger';
import { normalizeCode } from './codes';
import type { RateLimiter } from './rateLimit';
import type { Sessions } from './sessions';

const MAX_BODY_BYTES = 4096;

export class HttpError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

export function sendJson(response: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  response.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
    'cache-control': 'no-store',
  });
  response.end(text);
}

async function readJson(request: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new HttpError(413, 'Request body too large');
    chunks.push(chunk as Buffer);
  }
  if (size === 0) return {};
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    throw new HttpError(400, 'Request body is not valid JSON');
  }
}

export interface ApiContext {
  sessions: Sessions;
  creationLimit: RateLimiter;
  clientAddress: (request: IncomingMessage) => string;
  log: Logger;
}

/** Handles /api/...; returns false for paths it does not own. */
export async function handleApi(request: IncomingMessage, response: ServerResponse, path: string, context: ApiContext): Promise<boolean> {
  if (!path.startsWith('/api/')) return false;
  const { sessions } = context;
  try {
    if (path === '/api/sessions') {
      if (request.method !== 'POST') throw new HttpError(405, 'Use POST to create a session');
      if (!context.creationLimit.take(context.clientAddress(request))) throw new HttpError(429, 'Too many new sessions from this address; try again in a minute');
      const body = await readJson(request);
      const title = typeof body === 'object' && body !== null && 'title' in body ? (body as { title: unknown }).title : '';
      if (typeof title !== 'string') throw new HttpError(400, 'title must be a string');
      const created = sessions.create(title.trim());
      context.log.info({ session: created.code }, 'session created');
      sendJson(response, 201, created);
      return true;
    }
    const match = /^\/api\/sessions\/([^/]+)$/.exec(path);
    if (!match) throw new HttpError(404, 'Not found');
    const code = normalizeCode(decodeURIComponent(match[1]));
    const session = code ? sessions.find(code) : undefined;
    if (!code || !session) throw new HttpError(404, 'Session not found');
    if (request.method === 'GET') {
      sendJson(response, 200, { code: session.code, title: session.title });
      return true;
    }
    if (request.method === 'DELETE') {
      const key = /^Bearer (.+)$/.exec(request.headers.authorization ?? '')?.[1];
      if (!sessions.isFacilitator(session, key)) throw new HttpError(403, 'Only the facilitator can delete this session');
      sessions.delete(code);
      context.log.info({ session: code }, 'session deleted by its facilitator');
      response.writeHead(204).end();
      return true;
    }
    throw new HttpError(405, 'Method not allowed');
  } catch (error) {
    if (error instanceof HttpError) sendJson(response, error.status, { error: error.message });
    else {
      context.log.error({ err: error }, 'api request failed');
      sendJson(response, 500, { error: 'Internal error' });
    }
    return true;
  }
}
