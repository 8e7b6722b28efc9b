/**
 * What a careless admin, a noisy network or a curious participant with a
 * script can send: the server stays up, bystanders keep working, the
 * attacker's change is refused, and memory stays bounded.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as Y from 'yjs';
import { CLOSE, LIMITS } from '../../src/domain/limits';
import { cardText, connect, createSession, disconnectAll, identify, joinAs, writeCard, type Person, rawRequest, rawSocket, startTestServer, synced, syncUpdateMessage, waitFor, type TestServer } from './support';

let server: TestServer;
beforeAll(async () => { server = await startTestServer({ silentConnectionMs: 1500 }); });
afterEach(disconnectAll);
afterAll(async () => { await server.close(); });

const upgradeTo = (target: string) =>
  `GET ${target} HTTP/1.1\r\nHost: x\r\nConnection: Upgrade\r\nUpgrade: websocket\r\nSec-WebSocket-Version: 13\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n\r\n`;

/** Permission-denied reasons a raw socket received. */
function deniedReasons(socket: import('ws').WebSocket): string[] {
  const reasons: string[] = [];
  socket.on('message', (data: Buffer) => {
    const decoder = decoding.createDecoder(new Uint8Array(data));
    if (decoding.readVarUint(decoder) !== 2) return;
    decoding.readVarUint(decoder);
    reasons.push(decoding.readVarString(decoder));
  });
  return reasons;
}

async function pair(code: string): Promise<[Person, Person]> {
  return [await joinAs(server, code, 'Ann'), await joinAs(server, code, 'Bob')];
}

async function stillWorks(code: string): Promise<void> {
  const [a, b] = await pair(code);
  const value = `ok ${Math.random()}`;
  writeCard(a, value, value);
  await waitFor(() => cardText(b.doc, value) === value, 'bystander edit');
}

describe('request targets no client can use to stop the server', () => {
  it.each([
    ['an upgrade to /ws/%ZZ', upgradeTo('/ws/%ZZ'), '400'],
    ['an upgrade to a broken UTF-8 control path', upgradeTo('/ws/%E0%A4%A/control'), '400'],
    ['an upgrade with target //[', upgradeTo('//['), '400'],
    ['an upgrade in absolute form', upgradeTo('http://[x/ws/ABCDEF'), '400'],
    ['GET //[', 'GET //[ HTTP/1.1\r\nHost: x\r\n\r\n', '400'],
    ['GET in absolute form', 'GET http://[x/ws/ABCDEF HTTP/1.1\r\nHost: x\r\n\r\n', '400'],
    ['GET /api/sessions/%ZZ', 'GET /api/sessions/%ZZ HTTP/1.1\r\nHost: x\r\n\r\n', '400'],
    ['GET /plaat/%E0%A4%A', 'GET /plaat/%E0%A4%A HTTP/1.1\r\nHost: x\r\n\r\n', '400'],
    ['GET /resultaten/%E0%A4%A', 'GET /resultaten/%E0%A4%A HTTP/1.1\r\nHost: x\r\n\r\n', '400'],
    ['a NUL in the path', 'GET /plaat/%00 HTTP/1.1\r\nHost: x\r\n\r\n', '400'],
    ['a request line of garbage', 'GARBAGE\r\n\r\n', '400'],
  ])('%s gets a clear refusal and one log line', async (_what, request, status) => {
    const before = server.logs.length;
    const statusLine = await rawRequest(server.port, request);
    expect(statusLine).toContain(status);
    expect(server.logs.slice(before).every((line) => !line.includes('    at '))).toBe(true);
    expect((await fetch(`${server.http}/healthz`)).status).toBe(200);
  });

  it('every answer says nosniff: health, API, a 404, a static page', async () => {
    for (const path of ['/healthz', '/api/sessions/ZZZZZZ', '/assets/none.js', '/api/nothing']) {
      expect((await fetch(`${server.http}${path}`)).headers.get('x-content-type-options'), path).toBe('nosniff');
    }
  });

  it('looking up codes is rate limited like joining', async () => {
    const limited = await startTestServer();
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 230; i++) statuses.push((await fetch(`${limited.http}/api/sessions/ZZZZZZ`)).status);
      expect(statuses.slice(0, 200).every((status) => status === 404)).toBe(true);
      expect(statuses.at(-1)).toBe(429);
    } finally {
      await limited.close();
    }
  });
});

describe('updates that do not fit the document', () => {
  it('a 3,000-deep nest of maps is refused: the attacker is told, bystanders see nothing', async () => {
    const { code } = await createSession(server.http);
    const [watcher] = await pair(code);
    const attacker = new Y.Doc();
    attacker.transact(() => {
      let map = new Y.Map<unknown>();
      attacker.getMap('cards').set('deep', map);
      for (let i = 0; i < 3000; i++) {
        const inner = new Y.Map<unknown>();
        map.set('x', inner);
        map = inner;
      }
    });
    const { socket } = await rawSocket(server.ws, code);
    const denied = deniedReasons(socket);
    socket.send(syncUpdateMessage(Y.encodeStateAsUpdate(attacker)));
    await waitFor(() => denied.includes('shape'), 'permission denied');
    expect(server.rooms.get(code)!.worksheet.doc.getMap('cards').has('deep')).toBe(false);
    expect(watcher.doc.getMap('cards').has('deep')).toBe(false);
    await stillWorks(code);
  });

  it.each([
    ['a root the worksheet does not have', (doc: Y.Doc) => doc.getMap('elsewhere').set('x', 1)],
    ['a subdocument', (doc: Y.Doc) => doc.getMap('cards').set('sub', new Y.Doc())],
    ['binary content', (doc: Y.Doc) => doc.getMap('cards').set('bin', new Uint8Array(10))],
    ['an array type', (doc: Y.Doc) => doc.getMap('cards').set('list', new Y.Array())],
    ['a nested plain object', (doc: Y.Doc) => doc.getMap('votes').set('v', { a: { b: 1 } })],
    ['a long string inside a plain object', (doc: Y.Doc) => doc.getMap('route').set('r', ['x'.repeat(5000)])],
  ])('%s is refused', async (_what, write) => {
    const { code } = await createSession(server.http);
    const attacker = new Y.Doc();
    write(attacker);
    const { socket } = await rawSocket(server.ws, code);
    const denied = deniedReasons(socket);
    socket.send(syncUpdateMessage(Y.encodeStateAsUpdate(attacker)));
    await waitFor(() => denied.includes('shape'), 'permission denied');
    expect(server.rooms.get(code)!.worksheet.doc.store.clients.has(attacker.clientID)).toBe(false);
    await stillWorks(code);
  });

  it('a new card with a huge text is cut to the limit for everyone, and the writer carries on', async () => {
    const { code } = await createSession(server.http);
    const [writer, reader] = await pair(code);
    const card = writeCard(writer, 'big', 'x'.repeat(300_000), { column: 'y'.repeat(200_000) });
    const readerCard = () => reader.doc.getMap('cards').get('big') as Y.Map<unknown> | undefined;
    await waitFor(() => (readerCard()?.get('text') as Y.Text | undefined)?.length === LIMITS.textLength
      && readerCard()?.get('column') === 'y'.repeat(LIMITS.textLength), 'cut for the reader');
    await waitFor(() => (card.get('text') as Y.Text).length === LIMITS.textLength, 'cut for the writer');
    writeCard(writer, 'next', 'fine');
    await waitFor(() => cardText(reader.doc, 'next') === 'fine', 'the next edit');
  });

  it('updates with a clock gap are never held or relayed; the sender is resynced', async () => {
    const { code } = await createSession(server.http);
    const [, watcher] = await pair(code);
    const gapped = new Y.Doc();
    gapped.getMap('votes').set('first', 'a');
    const before = Y.encodeStateVector(gapped);
    gapped.getMap('votes').set('second', 'b'.repeat(900));
    const { socket } = await rawSocket(server.ws, code);
    let resyncRequests = 0;
    socket.on('message', (data: Buffer) => { if (data[0] === 0 && data[1] === 0) resyncRequests++; });
    socket.send(syncUpdateMessage(Y.encodeStateAsUpdate(gapped, before))); // depends on 'first', never sent
    await waitFor(() => resyncRequests === 1, 'a resync request');
    const room = server.rooms.get(code)!;
    expect(room.worksheet.doc.store.pendingStructs).toBeNull();
    expect(Y.encodeStateAsUpdate(room.worksheet.doc).length).toBeLessThan(200);
    const late = connect(server.ws, code);
    await synced(late);
    expect(late.doc.getMap('votes').has('second')).toBe(false);
    expect(watcher.doc.getMap('votes').has('second')).toBe(false);
  });

  it('what a connection sends over its budget arrives once the budget has refilled, without another edit', async () => {
    const { code } = await createSession(server.http);
    const [writer, watcher] = await pair(code);
    // About 1.3 MB of cards in 12 transactions: past the 1 MB burst, so the last ones are refused as 'rate'.
    for (let batch = 0; batch < 12; batch++) {
      writer.doc.transact(() => {
        for (let i = 0; i < 100; i++) writeCard(writer, `c${batch}-${i}`, 'p'.repeat(1000));
      });
    }
    await waitFor(() => writer.denied.includes('rate'), 'told it is over its budget');
    await waitFor(() => watcher.doc.getMap('cards').size === 1200, 'everything arrives', 15_000);
  }, 20_000);

  it('a document cannot swell: a connection runs out of its budget and the session stays under its quota', async () => {
    const { code } = await createSession(server.http);
    const [, watcher] = await pair(code);
    const { socket } = await rawSocket(server.ws, code);
    const denied = deniedReasons(socket);
    const flooder = new Y.Doc();
    let sent = 0;
    for (let i = 0; i < 80; i++) {
      const before = Y.encodeStateVector(flooder);
      flooder.getMap('route').set(`k${i}`, 'z'.repeat(999));
      flooder.transact(() => {
        for (let j = 0; j < 200; j++) flooder.getMap('votes').set(`v${i}-${j}`, 'w'.repeat(100));
      });
      const update = Y.encodeStateAsUpdate(flooder, before);
      sent += update.length;
      socket.send(syncUpdateMessage(update));
    }
    await waitFor(() => denied.includes('rate'), 'told it is over its budget');
    expect(sent).toBeGreaterThan(LIMITS.participantUpload.burst * 1.5);
    const stored = server.store.load(code).reduce((total, update) => total + update.length, 0);
    expect(stored).toBeLessThan(LIMITS.participantUpload.burst * 1.2);
    expect(watcher.closes).toEqual([]);
    await stillWorks(code);
  });

  it('the stored size of a document is bounded by its quota, whoever writes', async () => {
    const { code, facilitatorKey } = await createSession(server.http);
    const { cookie } = await identify(server.http, code, { key: facilitatorKey });
    const facilitator = connect(server.ws, `${code}/control`, { cookie });
    await synced(facilitator);
    const room = server.rooms.get(code)!;
    const reasons: string[] = [];
    for (let i = 0; i < 40 && !reasons.includes('quota'); i++) {
      const doc = new Y.Doc();
      doc.getMap('control').set('title', `t${i}`);
      doc.transact(() => {
        for (let j = 0; j < 100; j++) doc.getMap('control').set(`k${i}-${j}`, 'q'.repeat(999));
      });
      const reason = room.applyUpdate(room.control, { role: 'facilitator', identity: { id: 'lead' }, budget: { take: () => true }, resync() {} } as never, Y.encodeStateAsUpdate(doc));
      if (reason) reasons.push(reason);
    }
    expect(reasons).toContain('quota');
    const stored = server.store.load(`${code}/control`).reduce((total, update) => total + update.length, 0);
    expect(stored).toBeLessThanOrEqual(LIMITS.controlBytes);
  });
});

describe('presence', () => {
  it('one connection cannot add hundreds of ghost people, nor speak for someone else', async () => {
    const { code } = await createSession(server.http);
    const [a, b] = await pair(code);
    a.provider.awareness.setLocalStateField('user', { name: 'whatever a client claims' });
    await waitFor(() => b.provider.awareness.getStates().has(a.doc.clientID), 'real presence');
    const { socket } = await rawSocket(server.ws, code);
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, 300);
    for (let i = 0; i < 300; i++) {
      encoding.writeVarUint(encoder, 1_000_000 + i);
      encoding.writeVarUint(encoder, 1);
      encoding.writeVarString(encoder, JSON.stringify({ user: { name: `ghost ${i}` } }));
    }
    const ghosts = encoding.encode((outer) => {
      encoding.writeVarUint(outer, 1);
      encoding.writeVarUint8Array(outer, encoding.toUint8Array(encoder));
    });
    socket.send(ghosts);
    const spoof = encoding.encode((outer) => {
      encoding.writeVarUint(outer, 1);
      encoding.writeVarUint8Array(outer, encoding.encode((inner) => {
        encoding.writeVarUint(inner, 1);
        encoding.writeVarUint(inner, a.doc.clientID);
        encoding.writeVarUint(inner, 99);
        encoding.writeVarString(inner, JSON.stringify({ user: { name: 'Hacker' } }));
      }));
    });
    socket.send(spoof);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(b.provider.awareness.getStates().size).toBeLessThanOrEqual(3);
    expect((b.provider.awareness.getStates().get(a.doc.clientID) as { user: { name: string } }).user.name).toBe('Ann');
  });
});

describe('a full session', () => {
  /** One more stock provider is turned away as full. */
  async function refusedAsFull(server: TestServer, code: string): Promise<void> {
    const late = connect(server.ws, code);
    await waitFor(() => late.closes.length > 0, 'refusal');
    expect(late.closes[0].code).toBe(CLOSE.sessionFull);
    late.provider.destroy();
  }

  /** The facilitator still gets in and syncs. */
  async function facilitatorGetsIn(server: TestServer, code: string, key: string): Promise<void> {
    const facilitator = connect(server.ws, code, { cookie: (await identify(server.http, code, { key })).cookie });
    await synced(facilitator);
  }

  it('keeps room for the facilitator, caps connections without an identity per address, and closes sockets that never speak', async () => {
    const small = await startTestServer({ maxPeoplePerSession: 40, maxPeoplePerAddress: 30, silentConnectionMs: 1000 });
    try {
      const { code, facilitatorKey } = await createSession(small.http);
      const idle = await Promise.all(Array.from({ length: LIMITS.strangersPerAddress }, () => rawSocket(small.ws, code)));
      // The next one without an identity from this address is refused, though the session has room.
      await refusedAsFull(small, code);
      await facilitatorGetsIn(small, code, facilitatorKey);
      // The silent sockets are closed: the script holds no places.
      const closes = await Promise.all(idle.map(({ closed }) => closed));
      expect(closes.every((close) => close.code === CLOSE.policyViolation)).toBe(true);
      await waitFor(() => small.rooms.get(code)!.connectionCount === 1, 'only the facilitator left');
    } finally {
      disconnectAll();
      await small.close();
    }
  });

  it('a participant cannot take the places kept for the facilitator', async () => {
    const small = await startTestServer({ maxPeoplePerSession: 20 });
    try {
      const { code, facilitatorKey } = await createSession(small.http);
      const participants = Array.from({ length: 18 }, () => connect(small.ws, code));
      await Promise.all(participants.map(synced));
      await refusedAsFull(small, code);
      await facilitatorGetsIn(small, code, facilitatorKey);
    } finally {
      disconnectAll();
      await small.close();
    }
  });
});

describe('deletion and loss', () => {
  it('a deleted session is gone from the database file, not only from the tables', async () => {
    const { code, facilitatorKey } = await createSession(server.http);
    const secret = `geheim-antwoord-${Math.random().toString(36).slice(2)}`;
    const [writer] = await pair(code);
    for (let i = 0; i < 30; i++) writeCard(writer, `k${i}`, `${secret} ${i}`);
    await waitFor(() => server.store.load(code).length > 0, 'stored');
    await new Promise((resolve) => setTimeout(resolve, 100));
    const response = await fetch(`${server.http}/api/sessions/${code}`, { method: 'DELETE', headers: { authorization: `Bearer ${facilitatorKey}` } });
    expect(response.status).toBe(204);
    await waitFor(() => writer.closes.some((close) => close.code === CLOSE.sessionDeleted), 'told: deleted');
    const files = readdirSync(server.dataDir).filter((file) => statSync(join(server.dataDir, file)).isFile());
    expect(files).toContain('praatplaten.sqlite');
    for (const file of files) expect(readFileSync(join(server.dataDir, file)).includes(secret), file).toBe(false);
  });

  // Restoring with a proven key after a real loss: tests/server/restore.test.ts.
  it('an unknown code is 4404, a deleted one 4410; a key this server did not make restores nothing', async () => {
    const unknown = connect(server.ws, 'QQQQQQ');
    await waitFor(() => unknown.closes.length > 0, 'closed');
    expect(unknown.closes[0].code).toBe(CLOSE.sessionNotFound);
    const restore = (code: string, withKey: string) => fetch(`${server.http}/api/sessions/${code}`, {
      method: 'PUT', headers: { 'content-type': 'application/json', authorization: `Bearer ${withKey}` }, body: JSON.stringify({ title: 'Terug' }),
    });
    expect((await restore('QQQQQQ', 'k'.repeat(43))).status).toBe(403);
    const { code, facilitatorKey } = await createSession(server.http);
    await fetch(`${server.http}/api/sessions/${code}`, { method: 'DELETE', headers: { authorization: `Bearer ${facilitatorKey}` } });
    expect((await restore(code, facilitatorKey)).status).toBe(410);
    const late = connect(server.ws, code);
    await waitFor(() => late.closes.length > 0, 'closed');
    expect(late.closes[0].code).toBe(CLOSE.sessionDeleted);
  });
});
