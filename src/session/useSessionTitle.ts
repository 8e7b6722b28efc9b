import { useEffect, useState } from 'react';
import { setTitle as setControlTitle } from '../worksheets/control';
import { findSession, SessionDeleted } from './api';
import type { LiveSession } from './liveSession';

/**
 * The session's title, from the first of: the invitation just created in this
 * browser, the server, the control document. The facilitator copies it into the
 * control document, so results and exports carry it.
 */
export function useSessionTitle(code: string, session: LiveSession | undefined, invitedTitle: string | undefined, controlTitle: string | undefined) {
  const [title, setTitle] = useState(invitedTitle ?? '');
  const [deleted, setDeleted] = useState(false);
  useEffect(() => {
    let current = true;
    findSession(code)
      .then((found) => current && setTitle(found.title))
      // Unknown here (404) is not gone: the live connection decides, keeping this browser's copy.
      .catch((error: unknown) => current && error instanceof SessionDeleted && setDeleted(true));
    return () => {
      current = false;
    };
  }, [code]);
  // isFacilitator turns true once the server confirmed the key, after the session object exists.
  const isFacilitator = Boolean(session?.isFacilitator);
  useEffect(() => {
    if (session && isFacilitator && title && controlTitle !== title) setControlTitle(session.control, title);
  }, [session, isFacilitator, title, controlTitle]);
  return { title: title || controlTitle || '', deleted };
}
