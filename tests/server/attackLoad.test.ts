/**
 * The attacks a probe ran against the server, each for 30 seconds as fast as
 * the limits allow, against a session of 150 cards of 30 colleagues: an
 * honest editor, an observer and 28 quiet peers. While each runs, the honest
 * edit reaches a colleague within 100 ms (p95), a peer receives less than ten
 * times what the attacker sent, the stored worksheet grows by less than
 * 100 KB and the server's heap by less than 50 MB; afterwards every card and
 * every honest edit is there.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRequire } from 'node:module';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { Worker } from 'node:worker_threads';
import * as Y from 'yjs';
import { bulkDelete, cardText, createSession, disconnectAll, joinAs, startTestServer, syncUpdateMessage, waitFor, writeCard, type Person, type TestServer } from './support';

const ATTACK_MS = 30_000;

// Heap measured after a full collection, so garbage not yet collected does not count as growth.
setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;
const retainedHeap = () => {
  collectGarbage();
  return process.memoryUsage().heapUsed;
};

let server: TestServer;
let code: string;
let ann: Person;
let dirk: Person;
let quiet: Person[];

beforeAll(async () => {
  server = await startTestServer();
  ({ code } = await createSession(server.http));
  const colleagues = await Promise.all(Array.from({ length: 30 }, (_, index) => joinAs(server, code, `Collega ${index}`)));
  for (const [index, colleague] of colleagues.entries()) for (let card = 0; card < 5; card++) writeCard(colleague, `c${index}-${card}`, `Idee ${card} van collega ${index}`);
  [ann, dirk, ...quiet] = colleagues;
  await waitFor(() => colleagues.every((person) => person.doc.getMap('cards').size === 150), 'the 150 cards everywhere', 15_000);
}, 60_000);

afterAll(async () => {
  disconnectAll();
  await server.close();
});

interface Measured {
  latencies: number[];
  peerBytes: number;
  attackerBytes: number;
  storedGrowth: number;
  heapGrowth: number;
  edits: string[];
}

/** Runs `attacker` for the attack's time while Ann edits her card 5 times a second and Dirk watches. */
async function underAttack(attacker: (until: number, sent: (bytes: number) => void) => Promise<void>): Promise<Measured> {
  const room = server.rooms.get(code)!;
  const storedBefore = room.worksheet.storedSize;
  // The main thread's heap: the server's (and the honest clients'); the process's RSS also holds the attacker's thread.
  const heapBefore = retainedHeap();
  let peerBytes = 0;
  const countBytes = (event: MessageEvent) => { peerBytes += (event.data as ArrayBuffer).byteLength; };
  quiet[0].provider.ws!.addEventListener('message', countBytes);
  let attackerBytes = 0;
  const until = Date.now() + ATTACK_MS;
  const attack = attacker(until, (bytes) => { attackerBytes += bytes; });

  const annText = (ann.doc.getMap('cards').get('c0-0') as Y.Map<unknown>).get('text') as Y.Text;
  const dirkText = (dirk.doc.getMap('cards').get('c0-0') as Y.Map<unknown>).get('text') as Y.Text;
  const sentAt = new Map<string, number>();
  const latencies: number[] = [];
  const edits: string[] = [];
  const seen = () => {
    for (const [token, at] of sentAt) {
      if (!dirkText.toString().includes(token)) continue;
      latencies.push(performance.now() - at);
      sentAt.delete(token);
    }
  };
  dirkText.observe(seen);
  let next = 0;
  while (Date.now() < until) {
    const token = ` #${++next}-${Math.random().toString(36).slice(2, 6)}`;
    // Keep the card under its length limit: the oldest edits go.
    if (annText.length > 600) annText.delete(20, 200);
    sentAt.set(token, performance.now());
    annText.insert(annText.length, token);
    edits.push(token);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  await attack;
  await waitFor(() => sentAt.size === 0, 'every honest edit seen', 10_000);
  dirkText.unobserve(seen);
  quiet[0].provider.ws!.removeEventListener('message', countBytes);
  return { latencies, peerBytes, attackerBytes, storedGrowth: room.worksheet.storedSize - storedBefore, heapGrowth: retainedHeap() - heapBefore, edits: edits.slice(-3) };
}

/**
 * The attacker's loop, in a thread of its own (as a script on another machine
 * would be): new identities one after another, as fast as the join limit
 * allows, each sending `messages` until the server closes it; or, with no
 * messages, cookie-less sockets to `room`.
 */
const ATTACKER = `
const { parentPort, workerData } = require('node:worker_threads');
const WebSocket = require(workerData.wsPath);
const { http, ws, code, room, messages, until } = workerData;
let sent = 0;
const pause = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
(async () => {
  while (Date.now() < until) {
    let cookie;
    if (messages.length) {
      const response = await fetch(http + '/api/sessions/' + code + '/join', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"name":"Eve"}' }).catch(() => undefined);
      if (!response || response.status !== 200) { await pause(100); continue; }
      cookie = response.headers.get('set-cookie').split(';')[0];
    }
    const socket = new WebSocket(ws + '/' + room, cookie ? { headers: { cookie } } : {});
    socket.on('error', () => {});
    const closed = new Promise((resolve) => socket.on('close', resolve));
    sent += 200;
    const opened = await Promise.race([new Promise((resolve) => socket.on('open', () => resolve(true))), closed.then(() => false)]);
    for (let index = 0; opened && messages.length && index < 200 && socket.readyState === WebSocket.OPEN && Date.now() < until; index++) {
      const message = messages[index % messages.length];
      socket.send(message);
      sent += message.length;
      if (index % 20 === 19) await new Promise((resolve) => setImmediate(resolve));
    }
    socket.close();
    await closed;
  }
  parentPort.postMessage(sent);
})();
`;

function attacker(messages: Uint8Array[], room = code) {
  return (until: number, sent: (bytes: number) => void) => new Promise<void>((resolve, reject) => {
    const worker = new Worker(ATTACKER, {
      eval: true,
      workerData: { wsPath: createRequire(import.meta.url).resolve('ws'), http: server.http, ws: server.ws, code, room, messages, until },
    });
    worker.once('message', (bytes: number) => {
      sent(bytes);
      void worker.terminate().then(() => resolve());
    });
    worker.once('error', reject);
  });
}

/** The server's copy as a script with a synced copy sees it. */
function copyOfServer(): Y.Doc {
  const copy = new Y.Doc();
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(server.rooms.get(code)!.worksheet.doc));
  return copy;
}

function expectHeld(measured: Measured): void {
  const sorted = [...measured.latencies].sort((a, b) => a - b);
  const p95 = sorted[Math.floor(sorted.length * 0.95)];
  console.log(JSON.stringify({ p95: Math.round(p95), edits: sorted.length, peerBytes: measured.peerBytes, attackerBytes: measured.attackerBytes, storedGrowth: measured.storedGrowth, heapGrowthMB: Math.round(measured.heapGrowth / 1e6) }));
  expect(sorted.length).toBeGreaterThan(100);
  expect(p95).toBeLessThan(100);
  expect(measured.peerBytes).toBeLessThan(10 * measured.attackerBytes);
  expect(measured.storedGrowth).toBeLessThan(100 * 1024);
  expect(measured.heapGrowth).toBeLessThan(50 * 1024 * 1024);
  // Every card is there, with the server and with a colleague, and Ann's last edits too.
  expect(server.rooms.get(code)!.worksheet.doc.getMap('cards').size).toBe(150);
  expect(dirk.doc.getMap('cards').size).toBe(150);
  for (const token of measured.edits) expect(cardText(dirk.doc, 'c0-0')).toContain(token);
}

describe('attacks on a session of 30, for 30 s each', () => {
  it('bulk delete sets covering every client\'s clocks', async () => {
    const bulk = syncUpdateMessage(bulkDelete(server.rooms.get(code)!.worksheet.doc));
    expectHeld(await underAttack(attacker([bulk])));
  }, 60_000);

  it('single-card deletes in a loop', async () => {
    const copy = copyOfServer();
    const messages = [...copy.getMap('cards').keys()].filter((id) => id !== 'c0-0').slice(0, 60).map((id) => {
      const before = Y.encodeStateVector(copy);
      const scratch = new Y.Doc();
      Y.applyUpdate(scratch, Y.encodeStateAsUpdate(copy));
      scratch.getMap('cards').delete(id);
      return syncUpdateMessage(Y.encodeStateAsUpdate(scratch, before));
    });
    expectHeld(await underAttack(attacker(messages)));
  }, 60_000);

  it('rewriting a colleague\'s card in a loop', async () => {
    const copy = copyOfServer();
    const before = Y.encodeStateVector(copy);
    const card = copy.getMap('cards').get('c5-1') as Y.Map<unknown>;
    copy.transact(() => {
      (card.get('text') as Y.Text).insert(0, 'Onzin! ');
      card.set('column', 'weg');
    });
    const rewrite = syncUpdateMessage(Y.encodeStateAsUpdate(copy, before));
    expectHeld(await underAttack(attacker([rewrite])));
  }, 60_000);

  it('bundling a colleague\'s client id with one\'s own card', async () => {
    // The colleague's client id, read from presence, and a card of one's own in the same update.
    const copy = copyOfServer();
    const before = Y.encodeStateVector(copy);
    const theirs = new Y.Doc();
    Y.applyUpdate(theirs, Y.encodeStateAsUpdate(copy));
    // Set after loading: Yjs gives a document a new id when an update holds structs under its own.
    theirs.clientID = ann.doc.clientID;
    const bundled = new Y.Map<unknown>();
    theirs.getMap('cards').set('eve-bundled', bundled);
    bundled.set('author', 'Eve');
    const mine = new Y.Doc();
    Y.applyUpdate(mine, Y.encodeStateAsUpdate(copy));
    const card = new Y.Map<unknown>();
    mine.getMap('cards').set('eve', card);
    card.set('author', 'Eve');
    const bundle = syncUpdateMessage(Y.mergeUpdates([Y.encodeStateAsUpdate(theirs, before), Y.encodeStateAsUpdate(mine, before)]));
    expectHeld(await underAttack(attacker([bundle])));
  }, 60_000);

  it('cookie-less sockets to /own', async () => {
    const namesBefore = server.store.documentNames(`${code}/own/`).length;
    expectHeld(await underAttack(attacker([], `${code}/own`)));
    expect(server.store.documentNames(`${code}/own/`).length).toBe(namesBefore);
  }, 60_000);
});
