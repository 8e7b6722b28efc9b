import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { connect, createSession, disconnectAll, joinAs, startTestServer, synced, waitFor, type TestServer } from './support';

let server: TestServer;
beforeAll(async () => { server = await startTestServer(); });
afterEach(disconnectAll);
afterAll(async () => { await server.close(); });

describe('presence', () => {
  it('a participant appears for the others and disappears when they leave', async () => {
    const { code } = await createSession(server.http);
    const watcher = await joinAs(server, code, 'Jan');
    const visitor = await joinAs(server, code, 'Fatima');
    // The name shown is the one the server knows, whatever the client claims.
    visitor.provider.awareness.setLocalStateField('user', { name: 'Hacker', facilitator: true, colour: '#c8501e' });
    const visitorId = visitor.doc.clientID;
    await waitFor(() => (watcher.provider.awareness.getStates().get(visitorId) as { user?: { name: string } } | undefined)?.user?.name === 'Fatima', 'presence');
    expect((watcher.provider.awareness.getStates().get(visitorId) as { user: { facilitator: boolean; id: string } }).user).toMatchObject({ facilitator: false, id: visitor.id });
    visitor.provider.destroy();
    await waitFor(() => !watcher.provider.awareness.getStates().has(visitorId), 'departure');
    expect([...watcher.provider.awareness.getStates().keys()]).toEqual([watcher.doc.clientID]);
  });

  it('a new participant sees who is already there', async () => {
    const { code } = await createSession(server.http);
    const first = connect(server.ws, code);
    await synced(first);
    first.provider.awareness.setLocalStateField('user', { name: 'Jan' });
    await new Promise((resolve) => setTimeout(resolve, 50));
    const second = connect(server.ws, code);
    await waitFor(() => second.provider.awareness.getStates().has(first.doc.clientID), 'existing presence');
  });
});
