/**
 * A participant with a script against a session of an honest editor and
 * peers: refused updates are never applied, so the attacker's bytes buy
 * nothing for the others, the worksheet does not grow, and honest edits keep
 * flowing. The attacker is cut off after 20 refusals in 10 s, also when it
 * reconnects. And a class behind one address gets in.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import * as encoding from 'lib0/encoding';
import * as Y from 'yjs';
import { CLOSE } from '../../src/domain/limits';
import { bulkDelete, cardText, connect, createSession, disconnectAll, identify, joinAs, rawSocket, startTestServer, syncUpdateMessage, waitFor, writeCard, type TestServer } from './support';

let server: TestServer;
beforeAll(async () => { server = await startTestServer(); });
afterEach(disconnectAll);
afterAll(async () => { await server.close(); });


describe('a participant with a script', () => {
  it('bulk deletes: nothing reaches the peers, nothing is stored, the honest edit arrives, and the attacker is cut off for a minute', async () => {
    const { code } = await createSession(server.http);
    const authors = await Promise.all(Array.from({ length: 5 }, (_, index) => joinAs(server, code, `Auteur ${index}`)));
    for (const [index, author] of authors.entries()) for (let card = 0; card < 6; card++) writeCard(author, `a${index}-${card}`, `Idee ${card} van ${index}`);
    const peers = await Promise.all(Array.from({ length: 8 }, (_, index) => joinAs(server, code, `Collega ${index}`)));
    await waitFor(() => peers.every((peer) => peer.doc.getMap('cards').size === 30), 'the cards everywhere');
    let received = 0;
    peers[0].provider.ws!.addEventListener('message', (event: MessageEvent) => { received += (event.data as ArrayBuffer).byteLength; });
    const room = server.rooms.get(code)!;
    const storedBefore = room.worksheet.storedSize;
    const eve = await identify(server.http, code, { name: 'Eve' });
    const { socket, closed } = await rawSocket(server.ws, code, eve.cookie);
    const attack = syncUpdateMessage(bulkDelete(room.worksheet.doc));
    let sent = 0;
    for (let index = 0; index < 25 && socket.readyState === socket.OPEN; index++) {
      socket.send(attack);
      sent += attack.length;
    }
    // Cut off with a clear code once 20 were refused.
    expect((await closed).code).toBe(CLOSE.refusedTooOften);
    // An honest edit after the attack reaches a colleague: everything the server relayed before it has arrived.
    writeCard(authors[0], 'na', 'Na de aanval');
    await waitFor(() => peers.every((peer) => cardText(peer.doc, 'na') === 'Na de aanval'), 'the honest card');
    for (const peer of peers) expect(peer.doc.getMap('cards').size).toBe(31);
    expect(received).toBeLessThan(10 * sent);
    expect(room.worksheet.storedSize - storedBefore).toBeLessThan(2000);
    // Reconnecting does not start the count afresh.
    const again = await rawSocket(server.ws, code, eve.cookie);
    expect((await again.closed).code).toBe(CLOSE.refusedTooOften);
  });

  it('an owner types in her card while an attacker deletes it: her text is intact', async () => {
    const { code } = await createSession(server.http);
    const ann = await joinAs(server, code, 'Ann');
    const eve = await joinAs(server, code, 'Eve');
    const dirk = await joinAs(server, code, 'Dirk');
    writeCard(ann, 'ann-1', 'Roosters');
    await waitFor(() => cardText(eve.doc, 'ann-1') === 'Roosters', 'Ann\'s card with Eve');
    eve.doc.getMap('cards').delete('ann-1');
    const text = (ann.doc.getMap('cards').get('ann-1') as Y.Map<unknown>).get('text') as Y.Text;
    for (const word of [' op', ' maandag', ' digitaal']) text.insert(text.length, word);
    await waitFor(() => eve.denied.includes('not-yours'), 'Eve told');
    await waitFor(() => cardText(dirk.doc, 'ann-1') === 'Roosters op maandag digitaal', 'Ann\'s text with Dirk');
    expect(cardText(server.rooms.get(code)!.worksheet.doc, 'ann-1')).toBe('Roosters op maandag digitaal');
  });

  it('a cookie-less socket gets no document of its own', async () => {
    const { code } = await createSession(server.http);
    const { closed } = await rawSocket(server.ws, `${code}/own`);
    expect((await closed).code).toBe(CLOSE.joinFirst);
    expect(server.store.documentNames(`${code}/own/`)).toEqual([]);
  });
});

describe('places count people, not sockets', () => {
  /** People who joined through the API, each with the app's three sockets; resolves when all are synced. */
  async function cohort(code: string, size: number) {
    const people = await Promise.all(Array.from({ length: size }, (_, index) => identify(server.http, code, { name: `Student ${index}` })));
    const clients = people.flatMap(({ cookie }) => ['', '/control', '/own'].map((room) => connect(server.ws, `${code}${room}`, { cookie })));
    await Promise.all(clients.map((client) => waitFor(() => client.provider.synced, 'synced', 10_000)));
    return clients;
  }

  it('a class of 40 behind one address joins with the app\'s three sockets each, and comes back after five drops in a minute', async () => {
    const { code } = await createSession(server.http);
    const clients = await cohort(code, 40);
    for (let drop = 0; drop < 5; drop++) {
      // Wi-Fi drops: every socket goes, and comes back.
      for (const client of clients) client.provider.disconnect();
      for (const client of clients) client.provider.connect();
      await Promise.all(clients.map((client) => waitFor(() => client.provider.synced, 'synced again', 10_000)));
    }
    expect(clients.flatMap((client) => client.closes).filter((close) => close.code === CLOSE.sessionFull)).toEqual([]);
  }, 60_000);

  it('120 people join one session within 10 s', async () => {
    // A server of its own: the address's upgrade budget is the plenary's alone.
    const plenary = await startTestServer();
    try {
      const { code } = await createSession(plenary.http);
      const started = Date.now();
      const people = await Promise.all(Array.from({ length: 120 }, (_, index) => identify(plenary.http, code, { name: `Deelnemer ${index}` })));
      const clients = people.flatMap(({ cookie }) => ['', '/control', '/own'].map((room) => connect(plenary.ws, `${code}${room}`, { cookie })));
      await Promise.all(clients.map((client) => waitFor(() => client.provider.synced, 'synced', 10_000)));
      expect(Date.now() - started).toBeLessThan(10_000);
      expect(clients.flatMap((client) => client.closes)).toEqual([]);
      expect(plenary.rooms.get(code)!.connectionCount).toBe(360);
    } finally {
      disconnectAll();
      await plenary.close();
    }
  }, 30_000);

  it('squatters from two addresses do not keep a participant out', async () => {
    const proxied = await startTestServer({ trustProxy: true, maxPeoplePerSession: 40, maxPeoplePerAddress: 30 });
    try {
      const { code } = await createSession(proxied.http);
      const squat = async (address: string) => {
        const { cookie } = await fetch(`${proxied.http}/api/sessions/${code}/join`, {
          method: 'POST', headers: { 'content-type': 'application/json', 'x-forwarded-for': address }, body: '{"name":"x"}',
        }).then((response) => ({ cookie: response.headers.get('set-cookie')!.split(';')[0] }));
        const ws = new (await import('ws')).default(`${proxied.ws}/${code}`, { headers: { cookie, 'x-forwarded-for': address } });
        ws.on('error', () => {});
        await new Promise((resolve) => ws.on('open', resolve));
        ws.send(syncStepOne());
        return ws;
      };
      const squatters: Awaited<ReturnType<typeof squat>>[] = [];
      for (let index = 0; index < 30; index++) squatters.push(await squat('10.0.0.1'));
      for (let index = 0; index < 6; index++) squatters.push(await squat('10.0.0.2'));
      expect(proxied.rooms.get(code)!.connectionCount).toBe(36);
      const participant = await joinAs(proxied, code, 'Echte deelnemer');
      expect(participant.closes).toEqual([]);
      await waitFor(() => squatters.some((ws) => ws.readyState === ws.CLOSED), 'a squatter made room');
      for (const ws of squatters) ws.terminate();
    } finally {
      disconnectAll();
      await proxied.close();
    }
  });
});

/** A sync request with an empty state vector: what a provider sends first. */
function syncStepOne(): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 0);
  encoding.writeVarUint(encoder, 0);
  encoding.writeVarUint8Array(encoder, Y.encodeStateVector(new Y.Doc()));
  return encoding.toUint8Array(encoder);
}


describe('hidden answers have one bound per session', () => {
  it('participants\' own documents together stop growing at the worksheet\'s limit', async () => {
    const { code, facilitatorKey } = await createSession(server.http);
    const { cookie } = await identify(server.http, code, { key: facilitatorKey });
    const control = connect(server.ws, `${code}/control`, { cookie });
    await waitFor(() => control.provider.synced, 'control synced');
    control.doc.getMap('control').set('hidden', true);
    await waitFor(() => server.rooms.get(code)?.hidden === true, 'hidden on the server');
    const quotaTold: boolean[] = [];
    // Twelve people each put about 800 KB of hidden cards in their own document: 9.6 MB in all.
    for (let person = 0; person < 12; person++) {
      const own = await joinAs(server, `${code}/own`, `Vuller ${person}`);
      for (let part = 0; part < 4; part++) {
        own.doc.transact(() => {
          for (let index = 0; index < 180; index++) writeCard(own, `p${person}-${part}-${index}`, 'x'.repeat(1000));
        });
      }
      // The last part is in, or refused for the session's bound: a later marker card tells which.
      writeCard(own, `p${person}-marker`, 'klaar');
      await waitFor(() => own.denied.includes('quota') || cardText(server.rooms.get(code)!.documentFor('own', { id: own.id, role: 'participant' }).doc, `p${person}-marker`) === 'klaar', 'the part handled', 10_000);
      quotaTold.push(own.denied.includes('quota'));
    }
    const sizes = server.store.documentSizes(`${code}/own/`);
    const room = server.rooms.get(code)!;
    let total = 0;
    for (const [name, bytes] of sizes) total += Math.max(bytes, room.documentFor('own', { id: name.split('/').at(-1)!, role: 'participant' }).storedSize);
    expect(total).toBeLessThanOrEqual(8 * 1024 * 1024);
    expect(quotaTold.at(-1)).toBe(true);
    expect(quotaTold[0]).toBe(false);
  }, 60_000);
});

describe('client-id claims are kept with the document', () => {
  it('after a restart, a participant still cannot write under a colleague\'s client id', async () => {
    const first = await startTestServer();
    const { code } = await createSession(first.http);
    const ann = await joinAs(first, code, 'Ann');
    writeCard(ann, 'ann-1', 'Eerste idee');
    await waitFor(() => cardText(first.rooms.get(code)!.worksheet.doc, 'ann-1') === 'Eerste idee', 'Ann\'s card stored');
    const eve = await identify(first.http, code, { name: 'Eve' });
    ann.provider.destroy();
    await first.close();

    // The same data folder, a new process's memory: the claim comes from the store.
    const second = await startTestServer({ dataDir: first.dataDir });
    try {
      const observer = await joinAs(second, code, 'Dirk');
      const forged = new Y.Doc();
      Y.applyUpdate(forged, Y.encodeStateAsUpdate(observer.doc));
      // Set after loading: Yjs gives a document a new id when an update holds structs under its own.
      forged.clientID = ann.doc.clientID;
      const before = Y.encodeStateVector(forged);
      const card = new Y.Map<unknown>();
      forged.transact(() => {
        forged.getMap('cards').set('eve-1', card);
        card.set('author', 'Eve');
        card.set('authorId', eve.participantId);
        card.set('text', new Y.Text('onder het id van Ann'));
      });
      const attacker = connect(second.ws, code, { cookie: eve.cookie });
      await waitFor(() => attacker.provider.synced, 'Eve synced');
      attacker.provider.ws!.send(syncUpdateMessage(Y.encodeStateAsUpdate(forged, before)) as Uint8Array<ArrayBuffer>);
      await waitFor(() => attacker.denied.includes('not-yours'), 'Eve told');
      expect(second.rooms.get(code)!.worksheet.doc.getMap('cards').has('eve-1')).toBe(false);
      // Ann, back with the same document, still writes under her id.
      const annBack = connect(second.ws, code, { cookie: ann.cookie, doc: ann.doc });
      await waitFor(() => annBack.provider.synced, 'Ann synced');
      writeCard(ann, 'ann-2', 'Later idee');
      await waitFor(() => cardText(observer.doc, 'ann-2') === 'Later idee', 'Ann\'s later card');
    } finally {
      disconnectAll();
      await second.close();
    }
  });
});
