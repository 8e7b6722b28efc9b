/** The session API: create, look up and delete sessions. Errors are JSON with a readable message. */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { randomUUID } from 'node:crypto';
import { LIMITS } from '../src/domain/limits';
import type { Role } from '../src/domain/rights';
import { normalizeCode } from './codes';
import { identityCookie, type Identities } from './identity';
import type { Logger } from './logger';
import type { RateLimiter } from './rateLimit';
import type { SessionRecord } from './persistence';
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

export async function readJson(request: IncomingMessage): Promise<unknown> {
  const type = String(request.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
  // Only JSON: a form or text/plain body is what a cross-site page can send without asking.
  if (type !== 'application/json') throw new HttpError(415, 'Send the body as application/json');
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
  identities: Identities;
  cookieMaxAgeSeconds: number;
  isSecure: (request: IncomingMessage) => boolean;
  creationLimit: RateLimiter;
  /** Looking a code up is rate limited like joining, so codes cannot be guessed quickly. */
  lookupLimit: RateLimiter;
  clientAddress: (request: IncomingMessage) => string;
  log: Logger;
}

function titleFrom(body: unknown): string {
  const title = typeof body === 'object' && body !== null && 'title' in body ? (body as { title: unknown }).title : '';
  if (typeof title !== 'string') throw new HttpError(400, 'title must be a string');
  return title.trim();
}

export const bearer = (request: IncomingMessage) => /^Bearer (.+)$/.exec(request.headers.authorization ?? '')?.[1];

/** Handles /api/... (`path` already percent-decoded); returns false for paths it does not own. */
export async function handleApi(request: IncomingMessage, response: ServerResponse, path: string, context: ApiContext): Promise<boolean> {
  if (!path.startsWith('/api/')) return false;
  const { sessions } = context;
  try {
    if (path === '/api/sessions') {
      if (request.method !== 'POST') throw new HttpError(405, 'Use POST to create a session');
      if (!context.creationLimit.take(context.clientAddress(request))) throw new HttpError(429, 'Too many new sessions from this address; try again in a minute');
      const created = sessions.create(titleFrom(await readJson(request)));
      context.log.info({ session: created.code }, 'session created');
      sendJson(response, 201, created);
      return true;
    }
    const match = /^\/api\/sessions\/([^/]+)(\/join|\/results-link)?$/.exec(path);
    if (!match) throw new HttpError(404, 'Not found');
    if (!context.lookupLimit.take(context.clientAddress(request))) throw new HttpError(429, 'Too many requests from this address; try again in a minute');
    const code = normalizeCode(match[1]);
    if (!code) throw new HttpError(404, 'Session not found');
    if (request.method === 'PUT') return await restore(request, response, code, context);
    const found = sessions.lookup(code);
    if (found.state === 'deleted') throw new HttpError(410, 'This session was deleted');
    if (found.state === 'unknown') throw new HttpError(404, 'Session not found');
    const session = found.session;
    if (match[2] === '/join') return await join(request, response, session, context);
    if (match[2] === '/results-link') return resultsLink(request, response, session, context);
    if (request.method === 'GET') {
      sendJson(response, 200, { code: session.code, title: session.title });
      return true;
    }
    if (request.method === 'DELETE') {
      if (!sessions.isFacilitator(session, bearer(request))) throw new HttpError(403, 'Only the facilitator can delete this session');
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

/**
 * PUT /api/sessions/CODE with the facilitator's key: restores a session this
 * server does not know, so the facilitator's browser can upload its copy.
 */
async function restore(request: IncomingMessage, response: ServerResponse, code: string, context: ApiContext): Promise<boolean> {
  const key = bearer(request);
  if (!key) throw new HttpError(401, 'Restoring a session needs its facilitator key');
  if (!context.creationLimit.take(context.clientAddress(request))) throw new HttpError(429, 'Too many new sessions from this address; try again in a minute');
  const result = context.sessions.restore(code, key, titleFrom(await readJson(request)));
  if (result === 'deleted') throw new HttpError(410, 'This session was deleted and cannot be restored');
  if (result === 'taken') throw new HttpError(409, 'This code belongs to another session');
  if (result === 'unproven') throw new HttpError(403, 'This key cannot restore this session: only the facilitator key this server made for it can (a key made by an older version of the server cannot)');
  if (result === 'restored') context.log.info({ session: code }, 'session restored by its facilitator');
  sendJson(response, result === 'restored' ? 201 : 200, { code });
  return true;
}

function bodyField(body: unknown, name: string): string | undefined {
  const value = typeof body === 'object' && body !== null ? (body as Record<string, unknown>)[name] : undefined;
  if (value !== undefined && typeof value !== 'string') throw new HttpError(400, `${name} must be a string`);
  return value;
}

/**
 * POST /api/sessions/CODE/join, JSON `{ name, viewer? }`, the facilitator adding
 * `Authorization: Bearer KEY`: the server decides who this browser is and says
 * so in a signed HttpOnly cookie the websocket presents. The same browser keeps
 * its id; the facilitator role needs the key once; a results link makes a reader.
 */
async function join(request: IncomingMessage, response: ServerResponse, session: SessionRecord, context: ApiContext): Promise<boolean> {
  if (request.method !== 'POST') throw new HttpError(405, 'Use POST to join a session');
  const { sessions, identities } = context;
  const code = session.code;
  const body = await readJson(request);
  const known = identities.fromRequest(request, code);
  const key = bearer(request);
  const viewer = identities.verify(bodyField(body, 'viewer'), code);
  let role: Role = known?.role ?? 'participant';
  if (key) {
    if (!sessions.isFacilitator(session, key)) throw new HttpError(403, 'This is not the facilitator key of this session');
    role = 'facilitator';
  } else if (viewer?.role === 'viewer') {
    role = role === 'facilitator' ? role : 'viewer';
  }
  const name = (bodyField(body, 'name') ?? known?.name ?? '').trim().slice(0, LIMITS.nameLength);
  const id = role === 'viewer' && viewer ? viewer.id
    : known ? sessions.knownParticipant(code, known.id) : sessions.newParticipantId(code);
  const identity = { code, id, name, role };
  // A participant who opens a read-only results link stays a participant in the session: the link
  // lets this page show everything, but does not take their rights away.
  const kept = role === 'viewer' && known && known.role === 'participant' ? known : identity;
  response.setHeader('set-cookie', identityCookie(code, identities.issue(kept), context.cookieMaxAgeSeconds, context.isSecure(request)));
  sendJson(response, 200, { participantId: kept === identity ? id : known!.id, name, role });
  return true;
}

/** POST /api/sessions/CODE/results-link with the facilitator's key: a token for a read-only results link. */
function resultsLink(request: IncomingMessage, response: ServerResponse, session: SessionRecord, context: ApiContext): boolean {
  if (request.method !== 'POST') throw new HttpError(405, 'Use POST to make a results link');
  const code = session.code;
  if (!context.sessions.isFacilitator(session, bearer(request))) throw new HttpError(403, 'Only the facilitator can make a results link');
  sendJson(response, 201, { token: context.identities.issue({ code, id: `viewer-${randomUUID()}`, name: '', role: 'viewer' }) });
  return true;
}
