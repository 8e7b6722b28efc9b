/**
 * Thousands of random and mutated request targets and Yjs updates against the
 * real server, in a fixed time: it stays up, its memory stays bounded, and
 * every honest client still converges.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect as tcpConnect } from 'node:net';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { cardText, createSession, disconnectAll, joinAs, startTestServer, syncUpdateMessage, waitFor, writeCard, type Person, type TestServer } from './support';

/** A small seeded generator, so a failure can be replayed. */
function random(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T,>(items: readonly T[]): T => items[int(items.length)];
  return { next, int, pick };
}

const SEED = Number(process.env.FUZZ_SEED ?? 20261202);
const rng = random(SEED);

let server: TestServer;
let code: string;
const honest: Person[] = [];

beforeAll(async () => {
  server = await startTestServer({ rateLimits: false, silentConnectionMs: 500, maxPeoplePerAddress: 10_000 });
  ({ code } = await createSession(server.http));
  for (let i = 0; i < 3; i++) honest.push(await joinAs(server, code, `writer ${i}`));
});
afterAll(async () => {
  disconnectAll();
  await server.close();
});

const TARGET_PARTS = ['/ws/', '/api/sessions/', '/plaat/', '/resultaten/', '/', '//', '/healthz', '/assets/', '/ws/%', '%ZZ', '%E0%A4%A',
  '%00', '[', ']', '..', '/../', '?key=', '&', '#', 'http://[x', '\u00e9', '%C3%A9', '/control', 'ABCDEF', '%2F', ' ', '\t', '%'];

function mutatedTarget(): string {
  let target = '';
  const parts = 1 + rng.int(5);
  for (let i = 0; i < parts; i++) target += rng.next() < 0.8 ? rng.pick(TARGET_PARTS) : String.fromCharCode(33 + rng.int(94));
  if (rng.next() < 0.3) target = target.replace(/ABCDEF/g, code);
  return target.replace(/[\r\n ]/g, '');
}

function rawRequest(text: string): Promise<void> {
  return new Promise((resolve) => {
    const socket = tcpConnect(server.port, '127.0.0.1', () => socket.write(text, 'latin1'));
    socket.on('data', () => socket.destroy());
    socket.on('error', () => resolve());
    socket.on('close', () => resolve());
    setTimeout(() => socket.destroy(), 3000);
  });
}

async function inBatches<T>(items: T[], size: number, run: (item: T) => Promise<void>): Promise<void> {
  for (let start = 0; start < items.length; start += size) await Promise.all(items.slice(start, start + size).map(run));
}

/** An update of a realistic shape, a wrong one, or a broken one. */
function hostileUpdate(base: Y.Doc): Uint8Array {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, Y.encodeStateAsUpdate(base));
  const before = Y.encodeStateVector(doc);
  const cards = doc.getMap<unknown>('cards');
  const kind = rng.int(9);
  doc.transact(() => {
    if (kind === 0) {
      // A card with fields of the wrong types.
      const card = new Y.Map<unknown>();
      cards.set(`c${rng.int(1e6)}`, card);
      card.set('author', rng.next() < 0.5 ? new Y.Map() : 42);
      card.set('text', rng.next() < 0.5 ? 'plain string' : new Y.Map());
      card.set('createdAt', 'yesterday');
    } else if (kind === 1) {
      // Deep nesting.
      let map = new Y.Map<unknown>();
      cards.set(`d${rng.int(1e6)}`, map);
      for (let depth = rng.int(60); depth > 0; depth--) {
        const inner = new Y.Map<unknown>();
        map.set('x', inner);
        map = inner;
      }
    } else if (kind === 2) {
      doc.getMap(rng.pick(['votes', 'route', 'other', 'control'])).set(`k${rng.int(1e6)}`, rng.pick<unknown>([1, 'x'.repeat(rng.int(3000)), { a: [1, { b: 2 }] }, null, [[[]]]]));
    } else if (kind === 3) {
      const card = new Y.Map<unknown>();
      cards.set(`t${rng.int(1e6)}`, card);
      card.set('text', new Y.Text('y'.repeat(rng.int(5000))));
    } else if (kind === 4) {
      cards.set(`b${rng.int(1e6)}`, new Uint8Array(rng.int(100)));
    } else {
      const card = new Y.Map<unknown>();
      cards.set(`n${rng.int(1e6)}`, card);
      card.set('text', new Y.Text('normal'));
    }
  });
  // Sometimes leave out the first part, so what is sent has a clock gap.
  const from = rng.next() < 0.2 && kind > 1 ? Y.encodeStateVector(doc) : before;
  if (from !== before) doc.getMap('votes').set('after-gap', rng.int(100));
  let update = Y.encodeStateAsUpdate(doc, from);
  const mutation = rng.int(6);
  if (mutation === 0 && update.length > 4) {
    update = update.slice();
    for (let flips = 1 + rng.int(4); flips > 0; flips--) update[rng.int(update.length)] = rng.int(256);
  } else if (mutation === 1 && update.length > 4) {
    update = update.slice(0, rng.int(update.length));
  }
  return update;
}

async function openRaw(): Promise<WebSocket> {
  const socket = new WebSocket(`${server.ws}/${code}`);
  socket.on('error', () => {});
  await new Promise<void>((resolve) => {
    socket.on('open', () => resolve());
    socket.on('close', () => resolve());
  });
  return socket;
}

describe('fuzz', () => {
  it(`survives thousands of hostile requests and updates (seed ${SEED})`, async () => {
    const rssBefore = process.memoryUsage().rss;
    let cardCounter = 0;
    const typing = setInterval(() => {
      writeCard(honest[cardCounter % honest.length], `honest-${cardCounter}`, `card ${cardCounter}`);
      cardCounter++;
    }, 20);

    const targets = Array.from({ length: 1500 }, () => mutatedTarget());
    await inBatches(targets, 50, async (target) => {
      await rawRequest(`GET ${target} HTTP/1.1\r\nHost: x\r\n\r\n`);
      await rawRequest(`GET ${target} HTTP/1.1\r\nHost: x\r\nConnection: Upgrade\r\nUpgrade: websocket\r\nSec-WebSocket-Version: 13\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n\r\n`);
    });

    let sockets = await Promise.all(Array.from({ length: 4 }, openRaw));
    const base = new Y.Doc();
    Y.applyUpdate(base, Y.encodeStateAsUpdate(server.rooms.get(code)!.worksheet.doc));
    for (let i = 0; i < 1500; i++) {
      const index = i % sockets.length;
      if (sockets[index].readyState !== WebSocket.OPEN) sockets[index] = await openRaw();
      if (sockets[index].readyState === WebSocket.OPEN) sockets[index].send(syncUpdateMessage(hostileUpdate(base)));
      if (i % 100 === 99) await new Promise((resolve) => setTimeout(resolve, 5));
    }
    for (const socket of sockets) socket.close();
    clearInterval(typing);
    sockets = [];

    expect((await fetch(`${server.http}/healthz`)).status).toBe(200);
    // Every honest client converges on the same worksheet, with all of its own cards.
    const serverCards = () => server.rooms.get(code)!.worksheet.doc.getMap('cards');
    await waitFor(() => honest.every((client) => client.doc.getMap('cards').size === serverCards().size), 'convergence', 15_000);
    for (let i = 0; i < cardCounter; i++) expect(serverCards().has(`honest-${i}`), `honest-${i}`).toBe(true);
    // Key order differs with arrival order; the content must not.
    const json = (doc: Y.Doc) => JSON.stringify(Object.entries(doc.getMap('cards').toJSON()).sort(([a], [b]) => a.localeCompare(b)));
    expect(new Set(honest.map((client) => json(client.doc))).size).toBe(1);
    // Nothing pending is held, and the document stayed small.
    const doc = server.rooms.get(code)!.worksheet.doc;
    expect(doc.store.pendingStructs).toBeNull();
    expect(doc.store.pendingDs).toBeNull();
    expect(Y.encodeStateAsUpdate(doc).length).toBeLessThan(4 * 1024 * 1024);
    expect(process.memoryUsage().rss - rssBefore).toBeLessThan(300 * 1024 * 1024);
    // Honest edits still flow.
    writeCard(honest[0], 'after', 'fuzz');
    await waitFor(() => cardText(honest[2].doc, 'after') === 'fuzz', 'an edit after the fuzz');
  }, 240_000);
});
