/** The server's event API, as the app uses it. Keys and read-only tokens go in a header, never in a URL. */
import type { SectorTotals } from './totals';

export type EventErrorReason =
  | 'event-not-found' | 'event-deleted' | 'session-not-found' | 'session-deleted' | 'not-organiser' | 'not-facilitator'
  | 'no-access' | 'too-many' | 'bad-request' | 'not-linked' | 'offline' | 'unknown';

/** A failure the page explains in the user's language (`sector.errors.<reason>`). */
export class EventApiError extends Error {
  constructor(readonly reason: EventErrorReason, readonly status = 0) {
    super(reason);
  }
}

export interface EventInfo {
  code: string;
  title: string;
}

export interface SessionEvent {
  event: EventInfo | null;
  school: string | null;
}

export interface TotalsReply extends EventInfo {
  version: number;
  totals: SectorTotals;
}

const KNOWN = new Set<EventErrorReason>(['event-not-found', 'event-deleted', 'session-not-found', 'session-deleted', 'not-organiser', 'not-facilitator', 'no-access', 'too-many', 'bad-request', 'not-linked']);

async function call<T>(path: string, init: RequestInit & { key?: string } = {}): Promise<T> {
  const { key, ...rest } = init;
  let response: Response;
  try {
    response = await fetch(path, {
      ...rest,
      headers: { ...(rest.body ? { 'content-type': 'application/json' } : {}), ...(key ? { authorization: `Bearer ${key}` } : {}) },
    });
  } catch (error) {
    if ((error as Error).name === 'AbortError') throw error;
    throw new EventApiError('offline');
  }
  if (response.status === 204) return undefined as T;
  const body = (await response.json().catch(() => ({}))) as { reason?: string };
  if (!response.ok) throw new EventApiError(KNOWN.has(body.reason as EventErrorReason) ? (body.reason as EventErrorReason) : 'unknown', response.status);
  return body as T;
}

export const createEvent = (title: string) =>
  call<{ code: string; organiserKey: string }>('/api/events', { method: 'POST', body: JSON.stringify({ title }) });

export const findEvent = (code: string) => call<EventInfo>(`/api/events/${encodeURIComponent(code)}`);

export const deleteEvent = (code: string, key: string) => call<void>(`/api/events/${encodeURIComponent(code)}`, { method: 'DELETE', key });

export const createReaderLink = async (code: string, key: string) =>
  (await call<{ token: string }>(`/api/events/${encodeURIComponent(code)}/reader-link`, { method: 'POST', key })).token;

/** The totals; with `since`, the server answers once it has newer ones (or after 25 s). */
export const fetchTotals = (code: string, key: string, since?: number, signal?: AbortSignal) =>
  call<TotalsReply>(`/api/events/${encodeURIComponent(code)}/totals${since === undefined ? '' : `?since=${since}`}`, { key, signal });

export interface LinkedSchool {
  id: string;
  school: string | null;
  linkedAt: number;
}

/** The organiser's list of linked schools (no session codes). */
export const eventLinks = async (code: string, key: string) =>
  (await call<{ links: LinkedSchool[] }>(`/api/events/${encodeURIComponent(code)}/links`, { key })).links;

export const removeLink = (code: string, key: string, id: string) =>
  call<void>(`/api/events/${encodeURIComponent(code)}/links/${encodeURIComponent(id)}`, { method: 'DELETE', key });

export const sessionEvent = (session: string) => call<SessionEvent>(`/api/sessions/${encodeURIComponent(session)}/event`);

export const linkSession = (session: string, facilitatorKey: string, event: string, school: string) =>
  call<SessionEvent>(`/api/sessions/${encodeURIComponent(session)}/event`, { method: 'PUT', key: facilitatorKey, body: JSON.stringify({ event, school }) });

export const unlinkSession = (session: string, facilitatorKey: string) =>
  call<void>(`/api/sessions/${encodeURIComponent(session)}/event`, { method: 'DELETE', key: facilitatorKey });

const STORAGE_KEY = 'praatplaten.organiserKeys';

/** The organiser's keys of events made in this browser, by code. */
export function storedOrganiserKey(code: string): string | undefined {
  try {
    return (JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '{}') as Record<string, string>)[code];
  } catch {
    return undefined;
  }
}

export function storeOrganiserKey(code: string, key: string | undefined): void {
  try {
    const keys = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '{}') as Record<string, string>;
    if (key) keys[code] = key;
    else delete keys[code];
    localStorage.setItem(STORAGE_KEY, JSON.stringify(keys));
  } catch {
    // Private browsing may refuse storage: the organiser link still works.
  }
}
