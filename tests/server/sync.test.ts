import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { cardText, createSession, disconnectAll, joinAs, startTestServer, waitFor, writeCard, type TestServer } from './support';

let server: TestServer;
beforeAll(async () => { server = await startTestServer(); });
afterEach(disconnectAll);
afterAll(async () => { await server.close(); });

describe('syncing a worksheet', () => {
  it('two clients see each other\'s edits', async () => {
    const { code } = await createSession(server.http);
    const a = await joinAs(server, code, 'Ann');
    const b = await joinAs(server, code, 'Bob');
    writeCard(a, 'from-a', 'from a');
    writeCard(b, 'from-b', 'from b');
    await waitFor(() => [a, b].every((client) => cardText(client.doc, 'from-a') === 'from a' && cardText(client.doc, 'from-b') === 'from b'), 'both cards');
  });

  it('a late joiner receives every card', async () => {
    const { code } = await createSession(server.http);
    const early = await joinAs(server, code, 'Ann');
    for (let i = 0; i < 50; i++) writeCard(early, `c${i}`, `card ${i}`);
    const late = await joinAs(server, code, 'Bob');
    await waitFor(() => late.doc.getMap('cards').size === 50, 'all cards');
    expect(Array.from({ length: 50 }, (_, i) => cardText(late.doc, `c${i}`))).toEqual(Array.from({ length: 50 }, (_, i) => `card ${i}`));
  });

  it('two people typing in the same text at the same moment both keep their words', async () => {
    const { code, facilitatorKey } = await createSession(server.http);
    const author = await joinAs(server, code, 'Ann');
    const facilitator = await joinAs(server, code, 'Marieke', { key: facilitatorKey });
    writeCard(author, 'c', 'hello');
    const text = (doc: Y.Doc) => (doc.getMap('cards').get('c') as Y.Map<unknown>).get('text') as Y.Text;
    await waitFor(() => cardText(facilitator.doc, 'c') === 'hello', 'first text');
    // Both edit before either hears of the other: the author and the facilitator, who may edit every card.
    text(author.doc).insert(5, ' world');
    text(facilitator.doc).insert(0, 'oh, ');
    await waitFor(() => cardText(author.doc, 'c') === cardText(facilitator.doc, 'c') && cardText(author.doc, 'c')!.length === 15, 'merge');
    expect(cardText(author.doc, 'c')).toBe('oh, hello world');
  });

  it('edits made while disconnected merge with the others\' when the connection returns', async () => {
    const { code } = await createSession(server.http);
    const traveller = await joinAs(server, code, 'Ann');
    const stayer = await joinAs(server, code, 'Bob');
    traveller.provider.disconnect();
    writeCard(traveller, 'train', 'written on the train');
    writeCard(stayer, 'room', 'written in the room');
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(stayer.doc.getMap('cards').size).toBe(1);
    traveller.provider.connect();
    await waitFor(() => stayer.doc.getMap('cards').size === 2 && traveller.doc.getMap('cards').size === 2, 'merge after reconnect');
    expect(cardText(stayer.doc, 'train')).toBe('written on the train');
    expect(cardText(traveller.doc, 'room')).toBe('written in the room');
  });

  it('a document leaves memory after its last client and comes back from the store', async () => {
    const { code } = await createSession(server.http);
    const a = await joinAs(server, code, 'Ann');
    writeCard(a, 'c1', 'kept');
    await waitFor(() => cardText(server.rooms.get(code)!.worksheet.doc, 'c1') === 'kept', 'stored');
    a.provider.destroy();
    await waitFor(() => server.rooms.get(code) === undefined, 'unload');
    const b = await joinAs(server, code, 'Bob', { doc: new Y.Doc() });
    await waitFor(() => cardText(b.doc, 'c1') === 'kept', 'stored card');
  });
});
