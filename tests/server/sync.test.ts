import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { connect, createSession, disconnectAll, startTestServer, synced, waitFor, type TestServer } from './support';

let server: TestServer;
beforeAll(async () => { server = await startTestServer(); });
afterEach(disconnectAll);
afterAll(async () => { await server.close(); });

describe('syncing a worksheet', () => {
  it('two clients see each other\'s edits', async () => {
    const { code } = await createSession(server.http);
    const a = connect(server.ws, code);
    const b = connect(server.ws, code);
    await Promise.all([synced(a), synced(b)]);
    a.doc.getArray<string>('cards').push(['from a']);
    b.doc.getArray<string>('cards').push(['from b']);
    await waitFor(() => a.doc.getArray('cards').length === 2 && b.doc.getArray('cards').length === 2, 'both cards');
    expect(a.doc.getArray('cards').toArray().sort()).toEqual(['from a', 'from b']);
    expect(b.doc.getArray('cards').toJSON()).toEqual(a.doc.getArray('cards').toJSON());
  });

  it('a late joiner receives every card', async () => {
    const { code } = await createSession(server.http);
    const early = connect(server.ws, code);
    await synced(early);
    for (let i = 0; i < 50; i++) early.doc.getArray<number>('cards').push([i]);
    const late = connect(server.ws, code);
    await synced(late);
    await waitFor(() => late.doc.getArray('cards').length === 50, 'all cards');
    expect(late.doc.getArray('cards').toJSON()).toEqual([...Array(50).keys()]);
  });

  it('two people typing in the same text at the same moment both keep their words', async () => {
    const { code } = await createSession(server.http);
    const a = connect(server.ws, code);
    const b = connect(server.ws, code);
    await Promise.all([synced(a), synced(b)]);
    // A card's text, as the app stores it: a Y.Text in a card map in the `cards` map.
    const card = new Y.Map<unknown>();
    a.doc.getMap('cards').set('c', card);
    card.set('text', new Y.Text('hello'));
    const answer = (client: typeof a) => (client.doc.getMap('cards').get('c') as Y.Map<unknown> | undefined)?.get('text') as Y.Text | undefined;
    await waitFor(() => answer(b)?.toString() === 'hello', 'first text');
    // Both edit before either hears of the other.
    answer(a)!.insert(5, ' world');
    answer(b)!.insert(0, 'oh, ');
    await waitFor(() => answer(a)!.toString() === answer(b)!.toString() && answer(a)!.length === 15, 'merge');
    expect(answer(a)!.toString()).toBe('oh, hello world');
  });

  it('edits made while disconnected merge with the others\' when the connection returns', async () => {
    const { code } = await createSession(server.http);
    const traveller = connect(server.ws, code);
    const stayer = connect(server.ws, code);
    await Promise.all([synced(traveller), synced(stayer)]);
    traveller.provider.disconnect();
    traveller.doc.getArray<string>('cards').push(['written on the train']);
    stayer.doc.getArray<string>('cards').push(['written in the room']);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(stayer.doc.getArray('cards').length).toBe(1);
    traveller.provider.connect();
    await waitFor(() => stayer.doc.getArray('cards').length === 2 && traveller.doc.getArray('cards').length === 2, 'merge after reconnect');
    expect(stayer.doc.getArray('cards').toJSON().sort()).toEqual(['written in the room', 'written on the train']);
  });

  it('a document leaves memory after its last client and comes back from the store', async () => {
    const { code } = await createSession(server.http);
    const a = connect(server.ws, code);
    await synced(a);
    a.doc.getMap('cards').set('c1', 'kept');
    expect(server.rooms.get(code)).toBeDefined();
    a.provider.destroy();
    await waitFor(() => server.rooms.get(code) === undefined, 'unload');
    const b = connect(server.ws, code, { doc: new Y.Doc() });
    await synced(b);
    await waitFor(() => b.doc.getMap('cards').get('c1') === 'kept', 'stored card');
  });
});
