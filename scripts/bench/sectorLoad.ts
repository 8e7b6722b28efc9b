/**
 * The load of `npm run bench:sector`, in a thread of its own so the server's
 * thread does only the server's work: per session participants answering
 * plate 5 over raw websockets (each with its own Y.Doc, as the app writes the
 * route answers), probe schools whose one participant changes a stand every
 * two seconds, and sector views long-polling the totals. A view's latency for
 * a probe change is from the moment the probe wrote it to the moment a totals
 * reply showing it arrived.
 *
 * Messages in: 'start', 'stop' (answer with the figures), 'close'. Out: 'ready', then the figures.
 */
import { parentPort, workerData } from 'node:worker_threads';
import WebSocket from 'ws';
import * as Y from 'yjs';
import * as encoding from 'lib0/encoding';
import * as decoding from 'lib0/decoding';
import { routeKey } from '../../src/domain/rights';
import { ROUTE_PLATE } from '../../src/sector/goals';
import { drainUnread } from './clients';
import type { SectorTotals } from '../../src/sector/totals';

export interface SectorLoadData {
  http: string;
  ws: string;
  sessions: string[];
  probes: { code: string; name: string }[];
  event: { code: string; key: string };
  participants: number;
  /** Answers per participant per second. */
  rate: number;
  viewers: number;
  themes: { id: string; items: string[] }[];
}

const PROBE_THEME = 'data-ai';
const PROBE_EVERY_MS = 2000;
const { http, ws, sessions, probes, event, participants, rate, viewers, themes } = workerData as SectorLoadData;
const now = () => performance.timeOrigin + performance.now();

async function join(code: string): Promise<{ cookie: string; id: string }> {
  const response = await fetch(`${http}/api/sessions/${code}/join`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ name: 'bench' }) });
  if (response.status !== 200) throw new Error(`join failed: ${response.status}`);
  return { cookie: response.headers.get('set-cookie')!.split(';')[0], id: ((await response.json()) as { participantId: string }).participantId };
}

/** A raw websocket with its own Y.Doc that answers the handshake, sends route answers and ignores what it receives. */
class RouteClient {
  readonly doc = new Y.Doc();
  readonly ready: Promise<void>;
  private readonly socket: WebSocket;
  private stopDraining = () => {};

  constructor(code: string, cookie: string, readonly id: string) {
    this.socket = new WebSocket(`${ws}/${code}`, { headers: { cookie }, generateMask: () => {} });
    this.socket.binaryType = 'nodebuffer';
    this.doc.on('update', (update: Uint8Array) => {
      if (this.socket.readyState === WebSocket.OPEN) this.socket.send(message(0, 2, update));
    });
    this.ready = new Promise((resolve, reject) => {
      this.socket.on('error', reject);
      this.socket.on('open', () => this.socket.send(message(0, 0, Y.encodeStateVector(this.doc))));
      this.socket.on('message', (data: Buffer) => {
        const decoder = decoding.createDecoder(data);
        if (decoding.readVarUint(decoder) !== 0 || decoding.readVarUint(decoder) !== 0) return;
        this.socket.send(message(0, 1, Y.encodeStateAsUpdate(this.doc, decoding.readVarUint8Array(decoder))));
        this.drain();
        resolve();
      });
    });
  }

  /** After the handshake the socket is emptied without parsing (as bench/clients.ts does). */
  private drain(): void {
    this.stopDraining = drainUnread(this.socket);
  }

  set(field: 'stand' | 'priority' | 'choice', subject: string, value: string | number): void {
    this.doc.getMap('route').set(routeKey(ROUTE_PLATE, this.id, field, subject), value);
  }

  close(): void {
    this.stopDraining();
    this.socket.terminate();
  }
}

function message(type: number, step: number, payload: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, type);
  encoding.writeVarUint(encoder, step);
  encoding.writeVarUint8Array(encoder, payload);
  return encoding.toUint8Array(encoder);
}

const pick = <T>(values: readonly T[]) => values[Math.floor(Math.random() * values.length)];

/** One random answer, as someone filling in the worksheet gives them. */
function answerOnce(client: RouteClient): void {
  const theme = pick(themes);
  const kind = Math.random();
  if (kind < 0.2) client.set('stand', theme.id, 1 + Math.floor(Math.random() * 5));
  else if (kind < 0.35) client.set('priority', theme.id, pick(['hoog', 'midden', 'laag']));
  else if (theme.items.length) client.set('choice', pick(theme.items), pick(['samen', 'zelf', 'nog-niet']));
}

const clients: RouteClient[] = [];
for (const code of sessions) {
  for (let i = 0; i < participants; i++) {
    const identity = await join(code);
    clients.push(new RouteClient(code, identity.cookie, identity.id));
  }
}
const probeClients = await Promise.all(probes.map(async (probe) => {
  const identity = await join(probe.code);
  return { ...probe, client: new RouteClient(probe.code, identity.cookie, identity.id) };
}));
await Promise.all([...clients, ...probeClients.map((probe) => probe.client)].map((client) => client.ready));
// Late in the day: everyone has answered every question once, so the totals run over full worksheets.
for (const client of clients) {
  client.doc.transact(() => {
    for (const theme of themes) {
      client.set('stand', theme.id, 1 + Math.floor(Math.random() * 5));
      client.set('priority', theme.id, pick(['hoog', 'midden', 'laag']));
      for (const item of theme.items) client.set('choice', item, pick(['samen', 'zelf', 'nog-niet']));
    }
  });
  await new Promise((resolve) => setTimeout(resolve, 5));
}

let recording = false;
let answers = 0;
const latencies: number[] = [];
const timers: NodeJS.Timeout[] = [];
let stopped = false;

// Each participant answers at `rate` per second, at random moments.
for (const client of clients) {
  const tick = () => {
    if (stopped) return;
    answerOnce(client);
    if (recording) answers++;
    timers.push(setTimeout(tick, (-Math.log(1 - Math.random()) / rate) * 1000));
  };
  timers.push(setTimeout(tick, Math.random() * (1000 / rate)));
}

/** Probe changes not yet seen by each view: school → value → when it was written. */
const pending = new Map<string, { value: number; sentAt: number; seenBy: Set<number> }[]>();
probeClients.forEach((probe, index) => {
  let value = 1;
  pending.set(probe.name, []);
  const change = () => {
    if (stopped) return;
    value = (value % 5) + 1;
    probe.client.set('stand', PROBE_THEME, value);
    if (recording) pending.get(probe.name)!.push({ value, sentAt: now(), seenBy: new Set() });
  };
  timers.push(setTimeout(() => timers.push(setInterval(change, PROBE_EVERY_MS)), (index * PROBE_EVERY_MS) / probeClients.length));
});

async function view(index: number): Promise<void> {
  let since: number | undefined;
  while (!stopped) {
    try {
      const response = await fetch(`${http}/api/events/${event.code}/totals${since === undefined ? '' : `?since=${since}`}`, { headers: { authorization: `Bearer ${event.key}` } });
      const reply = (await response.json()) as { version: number; totals: SectorTotals };
      const receivedAt = now();
      since = reply.version;
      for (const row of reply.totals.schools) {
        const changes = row.name ? pending.get(row.name) : undefined;
        const stand = row.themes[PROBE_THEME]?.stand;
        if (!changes) continue;
        // The newest change this reply shows; it also answers the probe's earlier changes (superseded or shown).
        let shown = -1;
        changes.forEach((change, position) => {
          if (change.value === stand && !change.seenBy.has(index)) shown = position;
        });
        for (let position = 0; position <= shown; position++) {
          const change = changes[position];
          if (change.seenBy.has(index)) continue;
          change.seenBy.add(index);
          latencies.push(receivedAt - change.sentAt);
        }
      }
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }
}
for (let i = 0; i < viewers; i++) void view(i);

parentPort!.postMessage('ready');
parentPort!.on('message', (command: 'start' | 'stop' | 'close') => {
  if (command === 'start') {
    recording = true;
    answers = 0;
    latencies.length = 0;
    for (const changes of pending.values()) changes.length = 0;
  } else if (command === 'stop') {
    recording = false;
    // A probe change some view never saw counts as lost, not as fast.
    const unseen = [...pending.values()].flat().filter((change) => now() - change.sentAt > 5000).reduce((sum, change) => sum + (viewers - change.seenBy.size), 0);
    parentPort!.postMessage({ latencies, answers, unseen });
  } else {
    stopped = true;
    for (const timer of timers) clearTimeout(timer);
    for (const client of [...clients, ...probeClients.map((probe) => probe.client)]) client.close();
    parentPort!.postMessage('closed');
  }
});
