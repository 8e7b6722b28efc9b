/**
 * What this browser remembers: a display name (no account, no e-mail), a
 * random author id, and the facilitator keys of sessions started here.
 */
import { LIMITS } from '../domain/limits';

const NAME_KEY = 'praatplaten.displayName';
const AUTHOR_KEY = 'praatplaten.authorId';
const KEYS_KEY = 'praatplaten.facilitatorKeys';
const JOINED_KEY = 'praatplaten.joined';

export const MAX_NAME_LENGTH = LIMITS.nameLength;

function read(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

function write(key: string, value: string): void {
  try {
    localStorage.setItem(key, value);
  } catch {
    // Storage refused (private mode): the value lasts for this page only.
  }
}

export function displayName(): string {
  return read(NAME_KEY) ?? '';
}

export function setDisplayName(name: string): void {
  write(NAME_KEY, name.trim().slice(0, MAX_NAME_LENGTH));
}

export function authorId(): string {
  let id = read(AUTHOR_KEY);
  if (!id) {
    id = crypto.randomUUID();
    write(AUTHOR_KEY, id);
  }
  return id;
}

/** A record per session code kept in localStorage; anything unreadable reads as empty. */
function perSession<T>(key: string): Record<string, T> {
  try {
    const value: unknown = JSON.parse(read(key) ?? '{}');
    return typeof value === 'object' && value !== null ? (value as Record<string, T>) : {};
  } catch {
    return {};
  }
}

const keys = () => perSession<string>(KEYS_KEY);

export function facilitatorKey(code: string): string | undefined {
  return keys()[code];
}

export function rememberFacilitatorKey(code: string, key: string): void {
  write(KEYS_KEY, JSON.stringify({ ...keys(), [code]: key }));
}

export function forgetFacilitatorKey(code: string): void {
  const all = keys();
  delete all[code];
  write(KEYS_KEY, JSON.stringify(all));
}

/** Who the server said this browser is in a session, for when it cannot be asked (offline). */
export interface RememberedIdentity {
  participantId: string;
  role: 'facilitator' | 'participant' | 'viewer';
}

const joined = () => perSession<RememberedIdentity>(JOINED_KEY);

export function rememberedIdentity(code: string): RememberedIdentity | undefined {
  const found = joined()[code];
  return found && typeof found.participantId === 'string' ? found : undefined;
}

export function rememberIdentity(code: string, identity: RememberedIdentity): void {
  write(JOINED_KEY, JSON.stringify({ ...joined(), [code]: { participantId: identity.participantId, role: identity.role } }));
}

/** A colour per participant from a palette that reads well on white, chosen by their id. */
const COLOURS = ['#1b4f9c', '#a13f15', '#00696a', '#6b2d91', '#8a5a00', '#b3264f', '#2e6b1f', '#5a4a8a'];

export function colourFor(id: number | string): string {
  const text = String(id);
  let hash = 0;
  for (let i = 0; i < text.length; i++) hash = (hash * 31 + text.charCodeAt(i)) >>> 0;
  return COLOURS[hash % COLOURS.length];
}
