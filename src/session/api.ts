/** The server's session API, as the app uses it. */

export interface CreatedSession {
  code: string;
  facilitatorKey: string;
}

import { ApiError } from './apiErrors';

/** The server does not know the code (never created, or its data is not on this server). */
export class SessionNotFound extends ApiError {
  constructor(readonly code: string) {
    super(404);
  }
}
/** Its facilitator deleted it, or it expired. */
export class SessionDeleted extends ApiError {
  constructor(readonly code: string) {
    super(410);
  }
}

/** The answer as an error: its status for the words people see, the server's own text for the console. */
const errorOf = async (response: Response) =>
  new ApiError(response.status, ((await response.json().catch(() => ({}))) as { error?: string }).error);

export async function createSession(title: string): Promise<CreatedSession> {
  const response = await fetch('/api/sessions', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ title }),
  });
  if (response.status !== 201) throw await errorOf(response);
  return (await response.json()) as CreatedSession;
}

export async function findSession(code: string): Promise<{ code: string; title: string }> {
  const response = await fetch(`/api/sessions/${encodeURIComponent(code)}`);
  if (response.status === 404) throw new SessionNotFound(code);
  if (response.status === 410) throw new SessionDeleted(code);
  if (!response.ok) throw await errorOf(response);
  return (await response.json()) as { code: string; title: string };
}

export async function deleteSession(code: string, facilitatorKey: string): Promise<void> {
  const response = await fetch(`/api/sessions/${encodeURIComponent(code)}`, {
    method: 'DELETE',
    headers: { authorization: `Bearer ${facilitatorKey}` },
  });
  if (response.status !== 204) throw await errorOf(response);
}

/** The key given was not this session's facilitator key. */
export class WrongKey extends ApiError {
  constructor(readonly code: string) {
    super(403);
  }
}

export interface JoinedAs {
  participantId: string;
  name: string;
  role: 'facilitator' | 'participant' | 'viewer';
}

/**
 * Tells the server who this browser is; it answers with the participant id it
 * gave (the same as last time for this browser) and sets the identity cookie
 * the websocket presents. The facilitator's key goes in a header, never in a URL.
 */
export async function joinSession(code: string, name: string, options: { facilitatorKey?: string; viewer?: string } = {}): Promise<JoinedAs> {
  const response = await fetch(`/api/sessions/${encodeURIComponent(code)}/join`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(options.facilitatorKey ? { authorization: `Bearer ${options.facilitatorKey}` } : {}) },
    body: JSON.stringify({ name, ...(options.viewer ? { viewer: options.viewer } : {}) }),
    credentials: 'same-origin',
  });
  if (response.status === 403) throw new WrongKey(code);
  if (response.status === 404) throw new SessionNotFound(code);
  if (response.status === 410) throw new SessionDeleted(code);
  if (!response.ok) throw await errorOf(response);
  return (await response.json()) as JoinedAs;
}

/** A read-only results link's token, made by the facilitator. */
export async function createResultsLink(code: string, facilitatorKey: string): Promise<string> {
  const response = await fetch(`/api/sessions/${encodeURIComponent(code)}/results-link`, {
    method: 'POST',
    headers: { authorization: `Bearer ${facilitatorKey}` },
  });
  if (response.status !== 201) throw await errorOf(response);
  return ((await response.json()) as { token: string }).token;
}

/** Brings back a session the server does not know, under its old code and the facilitator's key. */
export async function restoreSession(code: string, facilitatorKey: string, title: string): Promise<void> {
  const response = await fetch(`/api/sessions/${encodeURIComponent(code)}`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${facilitatorKey}` },
    body: JSON.stringify({ title }),
  });
  if (response.status !== 200 && response.status !== 201) throw await errorOf(response);
}

/** Codes are read from a projector: accept lower case, spaces and dashes. */
export function cleanCode(input: string): string {
  return input.replace(/[\s-]/g, '').toUpperCase();
}
