/**
 * The event API (bijeenkomsten), beside the session API:
 *
 *   POST   /api/events                       create: { title } → { code, organiserKey }
 *   GET    /api/events/CODE                  the event's code and title (to check a code before linking)
 *   DELETE /api/events/CODE                  the organiser deletes the event and its links
 *   POST   /api/events/CODE/reader-link      the organiser makes a read-only link's token
 *   GET    /api/events/CODE/totals?since=V   the sector totals, for the organiser or a reader;
 *                                            with `since`, waits (up to 25 s) for newer ones
 *   GET    /api/events/CODE/links            the organiser sees the linked schools (name or anonymous, when)
 *   DELETE /api/events/CODE/links/ID         the organiser removes one
 *   GET    /api/sessions/CODE/event          which event a session shares its totals with
 *   PUT    /api/sessions/CODE/event          the facilitator links it: { event, school? }
 *   DELETE /api/sessions/CODE/event          the facilitator unlinks it
 *
 * Keys and read-only tokens travel in `Authorization: Bearer …`, never in a URL.
 * Errors are JSON: `error` for the operator, `reason` for the app to say it in
 * the user's language.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { bearer, HttpError, readJson, sendJson, type ApiContext } from './api';
import { normalizeCode } from './codes';
import type { EventRecord } from './eventStore';
import type { Events } from './events';
import type { SectorTotalsCache } from './sectorTotals';

export type EventErrorReason =
  | 'event-not-found' | 'event-deleted' | 'session-not-found' | 'session-deleted' | 'not-organiser' | 'not-facilitator'
  | 'no-access' | 'too-many' | 'bad-request' | 'not-linked';

export class EventError extends HttpError {
  constructor(status: number, readonly reason: EventErrorReason, message: string) {
    super(status, message);
  }
}

export interface EventApiContext {
  events: Events;
  totals: SectorTotalsCache;
}

/** How long a long poll for totals waits at most (well under proxies' read timeouts). */
const LONG_POLL_MS = 25_000;

export function ownsEventPath(path: string): boolean {
  return path === '/api/events' || path.startsWith('/api/events/') || /^\/api\/sessions\/[^/]+\/event$/.test(path);
}

/** Handles the event API's paths (see `ownsEventPath`); errors are answered here. */
export async function handleEventApi(request: IncomingMessage, response: ServerResponse, path: string, context: ApiContext, eventContext: EventApiContext): Promise<void> {
  try {
    await route(request, response, path, context, eventContext);
  } catch (error) {
    if (error instanceof EventError) sendJson(response, error.status, { error: error.message, reason: error.reason });
    else if (error instanceof HttpError) sendJson(response, error.status, { error: error.message, reason: error.status === 429 ? 'too-many' : 'bad-request' });
    else {
      context.log.error({ err: error }, 'event api request failed');
      sendJson(response, 500, { error: 'Internal error' });
    }
  }
}

async function route(request: IncomingMessage, response: ServerResponse, path: string, context: ApiContext, eventContext: EventApiContext): Promise<void> {
  const address = context.clientAddress(request);
  if (path === '/api/events') {
    if (request.method !== 'POST') throw new HttpError(405, 'Use POST to create an event');
    if (!context.creationLimit.take(address)) throw new EventError(429, 'too-many', 'Too many new events from this address; try again in a minute');
    const title = stringField(await readJson(request), 'title') ?? '';
    const created = eventContext.events.create(title.trim());
    context.log.info({ event: created.code }, 'event created');
    sendJson(response, 201, created);
    return;
  }
  // A sector view polling with a valid key or token is not guessing codes: only other requests count
  // against the address (a venue's projector and laptops share one address with every school there).
  if (!isTrustedRead(request, path, eventContext.events) && !context.lookupLimit.take(address)) {
    throw new EventError(429, 'too-many', 'Too many requests from this address; try again in a minute');
  }
  const sessionMatch = /^\/api\/sessions\/([^/]+)\/event$/.exec(path);
  if (sessionMatch) return sessionLink(request, response, sessionMatch[1], context, eventContext);
  const linksMatch = /^\/api\/events\/([^/]+)\/links(?:\/([^/]+))?$/.exec(path);
  if (linksMatch) return organiserLinks(request, response, linksMatch, context, eventContext);
  const match = /^\/api\/events\/([^/]+)(\/totals|\/reader-link)?$/.exec(path);
  if (!match) throw new HttpError(404, 'Not found');
  const event = liveEvent(eventContext.events, match[1]);
  const { events, totals } = eventContext;
  if (match[2] === '/totals') {
    if (request.method !== 'GET') throw new HttpError(405, 'Use GET to read the totals');
    if (!events.readerOf(event, bearer(request))) throw new EventError(403, 'no-access', 'Only the organiser or a read-only link can read the totals');
    events.noteRead(event.code);
    const since = Number(new URL(request.url ?? '/', 'http://x').searchParams.get('since') ?? Number.NaN);
    const aborted = new AbortController();
    response.on('close', () => aborted.abort());
    const snapshot = Number.isInteger(since) && since >= 0
      ? await totals.next(event.code, since, LONG_POLL_MS, aborted.signal)
      : totals.current(event.code);
    if (response.destroyed) return;
    // The event may have been deleted while this request waited.
    if (events.lookup(event.code).state !== 'live') throw new EventError(410, 'event-deleted', 'This event was deleted');
    // Six views read each version: its totals are serialized once, the rest around them.
    const text = `{"code":${JSON.stringify(event.code)},"title":${JSON.stringify(event.title)},"version":${snapshot.version},"totals":${totals.json(snapshot)}}`;
    response.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text), 'cache-control': 'no-store' });
    response.end(text);
    return;
  }
  if (match[2] === '/reader-link') {
    if (request.method !== 'POST') throw new HttpError(405, 'Use POST to make a read-only link');
    if (!events.isOrganiser(event, bearer(request))) throw new EventError(403, 'not-organiser', 'Only the organiser can make a read-only link');
    sendJson(response, 201, { token: events.readerToken(event.code) });
    return;
  }
  if (request.method === 'GET') {
    sendJson(response, 200, { code: event.code, title: event.title });
    return;
  }
  if (request.method === 'DELETE') {
    if (!events.isOrganiser(event, bearer(request))) throw new EventError(403, 'not-organiser', 'Only the organiser can delete this event');
    events.delete(event.code);
    totals.forget(event.code);
    context.log.info({ event: event.code }, 'event deleted by its organiser');
    response.writeHead(204).end();
    return;
  }
  throw new HttpError(405, 'Method not allowed');
}

/** GET /api/events/CODE/links and DELETE /api/events/CODE/links/ID, for the organiser only. */
function organiserLinks(request: IncomingMessage, response: ServerResponse, match: RegExpExecArray, context: ApiContext, eventContext: EventApiContext): void {
  const { events, totals } = eventContext;
  const event = liveEvent(events, match[1]);
  if (!events.isOrganiser(event, bearer(request))) throw new EventError(403, 'not-organiser', 'Only the organiser can see or remove the linked schools');
  if (request.method === 'GET' && !match[2]) {
    // No session codes: with one, anyone could join that school's session and read its cards.
    const links = events.links(event.code).map((link) => ({ id: events.publicLinkId(link), school: link.school ?? null, linkedAt: link.linkedAt }));
    sendJson(response, 200, { links: links.sort((a, b) => a.linkedAt - b.linkedAt) });
    return;
  }
  if (request.method !== 'DELETE' || !match[2]) throw new HttpError(405, 'Use GET for the links, DELETE for one link');
  if (!events.unlinkById(event.code, match[2])) throw new EventError(404, 'not-linked', 'No such link in this event');
  totals.invalidate(event.code);
  context.log.info({ event: event.code }, 'a session unlinked by the organiser');
  response.writeHead(204).end();
}

/** GET, PUT and DELETE /api/sessions/CODE/event. */
async function sessionLink(request: IncomingMessage, response: ServerResponse, rawCode: string, context: ApiContext, eventContext: EventApiContext): Promise<void> {
  const { events, totals } = eventContext;
  const code = normalizeCode(rawCode);
  const found = code ? context.sessions.lookup(code) : { state: 'unknown' as const };
  if (found.state === 'deleted') throw new EventError(410, 'session-deleted', 'This session was deleted');
  if (found.state !== 'live') throw new EventError(404, 'session-not-found', 'Session not found');
  const session = found.session;
  const linkOf = () => {
    const link = events.linkOfSession(session.code);
    const event = link && events.lookup(link.eventCode);
    return link && event?.state === 'live'
      ? { event: { code: event.event.code, title: event.event.title }, school: link.school ?? null }
      : { event: null, school: null };
  };
  if (request.method === 'GET') {
    sendJson(response, 200, linkOf());
    return;
  }
  if (request.method !== 'PUT' && request.method !== 'DELETE') throw new HttpError(405, 'Method not allowed');
  if (!context.sessions.isFacilitator(session, bearer(request))) throw new EventError(403, 'not-facilitator', 'Only the facilitator can link this session to an event');
  if (request.method === 'DELETE') {
    const link = events.unlink(session.code);
    if (!link) throw new EventError(404, 'not-linked', 'This session is not linked to an event');
    totals.invalidate(link.eventCode);
    context.log.info({ session: session.code, event: link.eventCode }, 'session unlinked from its event');
    response.writeHead(204).end();
    return;
  }
  const body = await readJson(request);
  const eventCode = stringField(body, 'event');
  if (!eventCode) throw new EventError(400, 'bad-request', 'event must be the event code');
  const event = liveEvent(events, eventCode);
  const school = stringField(body, 'school');
  const earlier = events.linkOfSession(session.code);
  events.link(event.code, session.code, school);
  if (earlier && earlier.eventCode !== event.code) totals.invalidate(earlier.eventCode);
  totals.invalidate(event.code);
  context.log.info({ session: session.code, event: event.code, named: Boolean(school?.trim()) }, 'session linked to an event');
  sendJson(response, 200, linkOf());
}

function isTrustedRead(request: IncomingMessage, path: string, events: Events): boolean {
  const match = request.method === 'GET' ? /^\/api\/events\/([^/]+)\/totals$/.exec(path) : null;
  const code = match ? normalizeCode(match[1]) : undefined;
  const found = code ? events.lookup(code) : undefined;
  return found?.state === 'live' && events.readerOf(found.event, bearer(request)) !== undefined;
}

function liveEvent(events: Events, rawCode: string): EventRecord {
  const code = normalizeCode(rawCode);
  const found = code ? events.lookup(code) : { state: 'unknown' as const };
  if (found.state === 'deleted') throw new EventError(410, 'event-deleted', 'This event was deleted');
  if (found.state !== 'live') throw new EventError(404, 'event-not-found', 'Event not found');
  return found.event;
}

function stringField(body: unknown, name: string): string | undefined {
  const value = typeof body === 'object' && body !== null ? (body as Record<string, unknown>)[name] : undefined;
  if (value !== undefined && value !== null && typeof value !== 'string') throw new EventError(400, 'bad-request', `${name} must be a string`);
  return value ?? undefined;
}
