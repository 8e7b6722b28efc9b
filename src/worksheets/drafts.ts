/**
 * Half-typed answers, kept outside the component tree. A worksheet that is
 * drawn again, a panel tab that changes, a plate the facilitator moves to or
 * a reload must not lose what someone was typing. Kept per browser tab
 * (sessionStorage), keyed by session, plate, column and field.
 */
import { useCallback, useSyncExternalStore } from 'react';

const PREFIX = 'praatplaten.draft:';
const memory = new Map<string, string>();
const listeners = new Set<() => void>();

export type DraftField = 'text' | 'detail';

/** `scope` is the session code, or "solo" for one's own worksheet. */
export function draftKey(scope: string, plate: string, column: string, field: DraftField): string {
  return `${scope}/${plate}/${column}/${field}`;
}

export function readDraft(key: string): string {
  if (memory.has(key)) return memory.get(key)!;
  let stored = '';
  try {
    stored = sessionStorage.getItem(PREFIX + key) ?? '';
  } catch {
    // Storage refused (private mode): the draft lasts for this page only.
  }
  memory.set(key, stored);
  return stored;
}

export function writeDraft(key: string, value: string): void {
  if (readDraft(key) === value) return;
  memory.set(key, value);
  try {
    if (value) sessionStorage.setItem(PREFIX + key, value);
    else sessionStorage.removeItem(PREFIX + key);
  } catch {
    // As above: kept in memory only.
  }
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** A draft as React state that outlives the component. */
export function useDraft(key: string): [string, (value: string) => void] {
  const value = useSyncExternalStore(subscribe, () => readDraft(key), () => '');
  const set = useCallback((next: string) => writeDraft(key, next), [key]);
  return [value, set];
}
