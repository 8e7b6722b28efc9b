import { useEffect, useState, useSyncExternalStore } from 'react';
import { ALL_PARTS, LiveSession, type SessionPart } from './liveSession';

/**
 * Opens the live session for as long as the component is shown; re-renders when one of the
 * `parts` it draws changes (pass a constant array).
 */
export function useLiveSession(
  code: string,
  name: string,
  facilitatorKey: string | undefined,
  viewer?: string,
  parts: readonly SessionPart[] = ALL_PARTS,
): LiveSession | undefined {
  const [session, setSession] = useState<LiveSession>();
  useEffect(() => {
    const live = new LiveSession(code, { name, facilitatorKey, viewer });
    setSession(live);
    return () => live.destroy();
  }, [code, name, facilitatorKey, viewer]);
  useSessionParts(session, parts);
  return session;
}

/** Re-renders the calling component when one of `parts` of the session changes, and only then. */
export function useSessionParts(session: LiveSession | undefined, parts: readonly SessionPart[]): void {
  useSyncExternalStore(
    (onChange) => session?.subscribe(parts, onChange) ?? (() => {}),
    () => session?.versionOf(parts) ?? '',
  );
}
