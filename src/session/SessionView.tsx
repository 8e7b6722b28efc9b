import { useState } from 'react';
import { formatRoute, type Route } from '../router';
import { cleanCode } from './api';
import { displayName, facilitatorKey, rememberFacilitatorKey } from './identity';
import { JoinView } from './JoinView';
import { LiveSessionView } from './LiveSessionView';

type SessionRoute = Extract<Route, { page: 'session' }>;

/** A session's page: asks a newcomer's name first, then shows the live session. */
export function SessionView({ route }: { route: SessionRoute }) {
  const code = cleanCode(route.code);
  // A facilitator link carries the key once, in the part of the address that never reaches a server
  // (#key=…): keep it in this browser and take it out of the address bar. It gives no powers by itself:
  // the tools show only once the server has confirmed the key.
  const [key] = useState(() => {
    // Only after #: the server moves a key it finds in a page's query there (server/static.ts).
    const fromLink = new URLSearchParams(location.hash.slice(1)).get('key');
    if (fromLink) {
      rememberFacilitatorKey(code, fromLink);
      history.replaceState(null, '', formatRoute(route));
    }
    return facilitatorKey(code);
  });
  const [name, setName] = useState(displayName());
  if (!name) return <JoinView code={code} onJoined={setName} />;
  return <LiveSessionView code={code} route={route} name={name} facilitatorKey={key} />;
}
