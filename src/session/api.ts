/** The server's session API, as the app uses it. */

export interface CreatedSession {
  code: string;
  facilitatorKey: string;
}

export class SessionNotFound extends Error {}

export async function createSession(title: string): Promise<CreatedSession> {
  const response = await fetch('/api/sessions', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ title }),
  });
  if (response.status !== 201) throw new Error(((await response.json().catch(() => ({}))) as { error?: string }).error ?? `HTTP ${response.status}`);
  return (await response.json()) as CreatedSession;
}

export async function findSession(code: string): Promise<{ code: string; title: string }> {
  const response = await fetch(`/api/sessions/${encodeURIComponent(code)}`);
  if (response.status === 404) throw new SessionNotFound(code);
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return (await response.json()) as { code: string; title: string };
}

export async function deleteSession(code: string, facilitatorKey: string): Promise<void> {
  const response = await fetch(`/api/sessions/${encodeURIComponent(code)}`, {
    method: 'DELETE',
    headers: { authorization: `Bearer ${facilitatorKey}` },
  });
  if (response.status !== 204) throw new Error(`HTTP ${response.status}`);
}

/** Codes are read from a projector: accept lower case, spaces and dashes. */
export function cleanCode(input: string): string {
  return input.replace(/[\s-]/g, '').toUpperCase();
}
