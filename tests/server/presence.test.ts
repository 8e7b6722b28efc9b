import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { connect, createSession, disconnectAll, startTestServer, synced, waitFor, type TestServer } from './support';

let server: TestServer;
beforeAll(async () => { server = await startTestServer(); });
afterEach(disconnectAll);
afterAll(async () => { await server.close(); });

describe('presence', () => {
  it('a participant appears for the others and disappears when they leave', async () => {
    const { code } = await createSession(server.http);
    const watcher = connect(server.ws, code);
    const visitor = connect(server.ws, code);
    await Promise.all([synced(watcher), synced(visitor)]);
    visitor.provider.awareness.setLocalStateField('user', { name: 'Fatima', color: '#c8501e' });
    const visitorId = visitor.doc.clientID;
    await waitFor(() => (watcher.provider.awareness.getStates().get(visitorId) as { user?: { name: string } } | undefined)?.user?.name === 'Fatima', 'presence');
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
