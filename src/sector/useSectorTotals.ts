/** Who reads the sector view (organiser or read-only link) and the totals, kept live with a long poll. */
import { useEffect, useState } from 'react';
import { EventApiError, fetchTotals, storedOrganiserKey, storeOrganiserKey, type EventErrorReason, type TotalsReply } from './api';

/** Failures after which asking again does not help. */
export const FINAL: EventErrorReason[] = ['no-access', 'event-deleted', 'event-not-found'];

/** The organiser's key or a read-only token, from the address (then kept out of it) or from this browser. */
export function useCredential(code: string): { credential?: string; organiser: boolean } {
  const [found] = useState(() => {
    const hash = new URLSearchParams(location.hash.slice(1));
    const key = hash.get('k');
    if (key) {
      storeOrganiserKey(code, key);
      // The organiser's key stays out of the address bar, which the room may see on the projector.
      history.replaceState(history.state, '', location.pathname + location.search);
      return { credential: key, organiser: true };
    }
    const reader = hash.get('r');
    if (reader) return { credential: reader, organiser: false };
    const stored = storedOrganiserKey(code);
    return { credential: stored, organiser: Boolean(stored) };
  });
  return found;
}

interface TotalsState {
  reply?: TotalsReply;
  error?: EventErrorReason;
  updatedAt?: Date;
}

/** The totals, kept live with a long poll: the server answers as soon as it has newer ones. */
export function useTotals(code: string, credential: string | undefined): TotalsState {
  const [state, setState] = useState<TotalsState>({});
  useEffect(() => {
    if (!credential) return;
    const controller = new AbortController();
    let since: number | undefined;
    const run = async () => {
      while (!controller.signal.aborted) {
        try {
          const reply = await fetchTotals(code, credential, since, controller.signal);
          since = reply.version;
          setState({ reply, updatedAt: new Date() });
        } catch (failure) {
          if (controller.signal.aborted) return;
          const reason = failure instanceof EventApiError ? failure.reason : 'unknown';
          setState((previous) => ({ ...previous, error: reason }));
          if (FINAL.includes(reason)) return;
          await new Promise((resolve) => setTimeout(resolve, 2000));
        }
      }
    };
    void run();
    return () => controller.abort();
  }, [code, credential]);
  return state;
}
