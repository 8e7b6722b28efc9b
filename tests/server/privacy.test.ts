/**
 * Hidden answers are not in anyone else's browser: while the facilitator hides
 * answers, a participant's cards live in their own document, and no other
 * participant's connection receives a byte of their text until the reveal.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { LIMITS } from '../../src/domain/limits';
import { cardText, connect, createSession, disconnectAll, identify, joinAs, rawSocket, startTestServer, synced, waitFor, writeCard, type Person, type TestServer } from './support';

let server: TestServer;
beforeAll(async () => { server = await startTestServer(); });
afterEach(disconnectAll);
afterAll(async () => { await server.close(); });

describe('private answers', () => {
  it('while hidden, no other participant\'s connection receives the text; the reveal moves it to everyone', async () => {
    const { code, facilitatorKey } = await createSession(server.http);
    const lead = await identify(server.http, code, { key: facilitatorKey, name: 'Marieke' });
    const control = connect(server.ws, `${code}/control`, { cookie: lead.cookie });
    await synced(control);
    control.doc.getMap('control').set('hidden', true);
    await waitFor(() => server.rooms.get(code)?.hidden === true, 'hidden on the server');

    // Bob listens on every socket a participant has, byte for byte.
    const bob = await identify(server.http, code, { name: 'Bob' });
    const received: Buffer[] = [];
    for (const room of [code, `${code}/own`, `${code}/control`]) {
      const { socket } = await rawSocket(server.ws, room, bob.cookie);
      socket.on('message', (data: Buffer) => received.push(Buffer.from(data)));
    }
    const bobView = await joinAs(server, code, 'Bob');

    const ann = await joinAs(server, code, 'Ann');
    const annOwn = await joinAs(server, `${code}/own`, 'Ann');
    const secret = `Geheim antwoord ${Math.random().toString(36).slice(2)}`;
    writeCard(annOwn, 'ann-hidden', secret);
    await waitFor(() => cardText(server.rooms.get(code)!.documentFor('own', { id: annOwn.id, role: 'participant' }).doc, 'ann-hidden') === secret, 'stored in Ann\'s own document');
    // Ann's own worksheet connection does not have it either: it lives only in her own document.
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(Buffer.concat(received).includes(secret)).toBe(false);
    expect(cardText(bobView.doc, 'ann-hidden')).toBeUndefined();
    expect(cardText(ann.doc, 'ann-hidden')).toBeUndefined();

    // The facilitator sees the hidden cards, read-only.
    const leadOwn = connect(server.ws, `${code}/own`, { cookie: lead.cookie });
    await synced(leadOwn);
    await waitFor(() => cardText(leadOwn.doc, 'ann-hidden') === secret, 'the facilitator\'s view');
    leadOwn.doc.getMap('cards').delete('ann-hidden');
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(cardText(server.rooms.get(code)!.documentFor('own', { id: annOwn.id, role: 'participant' }).doc, 'ann-hidden')).toBe(secret);

    // The reveal: the card moves into the worksheet for everyone, and out of Ann's own document.
    control.doc.getMap('control').set('hidden', false);
    await waitFor(() => cardText(bobView.doc, 'ann-hidden') === secret, 'revealed to Bob');
    await waitFor(() => !annOwn.doc.getMap('cards').has('ann-hidden'), 'gone from her own document');
    await waitFor(() => !leadOwn.doc.getMap('cards').has('ann-hidden'), 'gone from the facilitator\'s view of hidden cards');
    const card = bobView.doc.getMap('cards').get('ann-hidden') as Y.Map<unknown>;
    expect(card.get('authorId')).toBe(annOwn.id);
    // After the reveal Ann still owns it: she may edit it, Bob may not.
    expect(server.rooms.get(code)!.worksheet.doc.getMap('cards').has('ann-hidden')).toBe(true);
  });

  it('a participant cannot put a card in their own document under someone else\'s name', async () => {
    const { code, facilitatorKey } = await createSession(server.http);
    const lead = await identify(server.http, code, { key: facilitatorKey });
    const control = connect(server.ws, `${code}/control`, { cookie: lead.cookie });
    await synced(control);
    control.doc.getMap('control').set('hidden', true);
    const ann = await joinAs(server, code, 'Ann');
    const eveOwn = await joinAs(server, `${code}/own`, 'Eve');
    writeCard(eveOwn, 'forged', 'Ann zegt dit', { authorId: ann.id, author: 'Ann' });
    await waitFor(() => eveOwn.denied.includes('not-yours'), 'refused');
    control.doc.getMap('control').set('hidden', false);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(ann.doc.getMap('cards').has('forged')).toBe(false);
  });
});

describe('read-only results links', () => {
  it('a link reads everything and writes nothing; a participant who opens one keeps their rights', async () => {
    const { code, facilitatorKey } = await createSession(server.http);
    const response = await fetch(`${server.http}/api/sessions/${code}/results-link`, { method: 'POST', headers: { authorization: `Bearer ${facilitatorKey}` } });
    expect(response.status).toBe(201);
    const { token } = await response.json() as { token: string };
    expect((await fetch(`${server.http}/api/sessions/${code}/results-link`, { method: 'POST', headers: { authorization: 'Bearer wrong' } })).status).toBe(403);

    const board = await identify(server.http, code, { viewer: token, name: '' });
    expect(board.role).toBe('viewer');
    const reader = connect(server.ws, code, { cookie: board.cookie });
    await synced(reader);
    writeCard(Object.assign(reader, { id: board.participantId, name: '', cookie: board.cookie }), 'from-the-link', 'mag niet');
    await waitFor(() => reader.denied.includes('read-only'), 'refused');
    expect(server.rooms.get(code)!.worksheet.doc.getMap('cards').has('from-the-link')).toBe(false);

    const ann = await identify(server.http, code, { name: 'Ann' });
    const annWithLink = await identify(server.http, code, { viewer: token, cookie: ann.cookie });
    expect(annWithLink.role).toBe('viewer');
    const annLater = await identify(server.http, code, { cookie: annWithLink.cookie, name: 'Ann' });
    expect(annLater).toMatchObject({ role: 'participant', participantId: ann.participantId });
  });
  it('own documents of connections that have gone do not stay in memory', async () => {
    const { code, facilitatorKey } = await createSession(server.http);
    const { cookie } = await identify(server.http, code, { key: facilitatorKey });
    const lead = connect(server.ws, code, { cookie });
    await synced(lead);
    // A script opening private connections without a cookie gets a fresh id, and a document, each time.
    for (let i = 0; i < 20; i++) {
      const { socket, closed } = await rawSocket(server.ws, `${code}/own`);
      socket.close();
      await closed;
    }
    await waitFor(() => server.rooms.get(code)?.ownDocumentsInMemory === 0, 'own documents released');
  });

  it('revealing never grows the worksheet past its limit: what does not fit stays hidden, with its author', async () => {
    const { code, facilitatorKey } = await createSession(server.http);
    const { cookie } = await identify(server.http, code, { key: facilitatorKey });
    const control = connect(server.ws, `${code}/control`, { cookie });
    await synced(control);
    control.doc.getMap('control').set('hidden', true);
    await waitFor(() => server.rooms.get(code)?.hidden === true, 'hidden on the server');
    const room = server.rooms.get(code)!;
    const peer = (id: string, role: string) => ({ role, identity: { id, name: id, role }, budget: { take: () => true }, resync() {} }) as never;
    // The facilitator's cards fill the worksheet to within about 150 kB of its limit.
    const lead = { doc: new Y.Doc(), id: 'lead', name: 'lead' } as Person;
    for (let batch = 0; room.worksheet.fits(150_000); batch++) {
      lead.doc.transact(() => {
        for (let i = 0; i < 100; i++) writeCard(lead, `lead-${batch}-${i}`, 'x'.repeat(1000));
      });
      expect(room.applyUpdate(room.worksheet, peer('lead', 'facilitator'), Y.encodeStateAsUpdate(lead.doc, Y.encodeStateVectorFromUpdate(Y.encodeStateAsUpdate(room.worksheet.doc))))).toBeUndefined();
    }
    // Ann's hidden cards are more than that.
    const ann = { doc: new Y.Doc(), id: 'ann', name: 'ann' } as Person;
    ann.doc.transact(() => {
      for (let i = 0; i < 300; i++) writeCard(ann, `ann-${i}`, 'a'.repeat(1000));
    });
    const own = room.documentFor('own', { id: 'ann', role: 'participant' });
    expect(room.applyUpdate(own, peer('ann', 'participant'), Y.encodeStateAsUpdate(ann.doc))).toBeUndefined();
    control.doc.getMap('control').set('hidden', false);
    await waitFor(() => room.hidden === false, 'revealed');
    const stored = server.store.load(code).reduce((total, update) => total + update.length, 0);
    expect(stored).toBeLessThanOrEqual(LIMITS.worksheetBytes);
    const revealed = [...room.worksheet.doc.getMap('cards').keys()].filter((id) => id.startsWith('ann-')).length;
    const stillHidden = own.doc.getMap('cards').size;
    expect(revealed).toBeGreaterThan(0);
    expect(stillHidden).toBeGreaterThan(0);
    expect(revealed + stillHidden).toBe(300);
  });
});
