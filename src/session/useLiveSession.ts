import { useEffect, useState, useSyncExternalStore } from 'react';
import { LiveSession } from './liveSession';

/** Opens the live session for as long as the component is shown; re-renders on every change. */
export function useLiveSession(code: string, name: string, facilitatorKey: string | undefined, viewer?: string): LiveSession | undefined {
  const [session, setSession] = useState<LiveSession>();
  useEffect(() => {
    const live = new LiveSession(code, { name, facilitatorKey, viewer });
    setSession(live);
    return () => live.destroy();
  }, [code, name, facilitatorKey, viewer]);
  useSyncExternalStore(
    (onChange) => session?.subscribe(onChange) ?? (() => {}),
    () => session?.version ?? -1,
  );
  return session;
}
