/**
 * The load: per session two full providers that observe and time every update,
 * and light clients: a raw websocket with its own Y.Doc that answers the
 * handshake, sends valid updates and ignores everything else it receives.
 */
import WebSocket from 'ws';
import * as Y from 'yjs';
import * as encoding from 'lib0/encoding';
import * as decoding from 'lib0/decoding';
import { WebsocketProvider } from 'y-websocket';
import { HocuspocusProvider } from '@hocuspocus/provider';
import type { Protocol } from './servers';

const SYNC = 0;
const AUTH = 2;
const STEP1 = 0;
const STEP2 = 1;
const UPDATE = 2;

function frame(protocol: Protocol, room: string, write: (encoder: encoding.Encoder) => void): Uint8Array {
  const encoder = encoding.createEncoder();
  // Hocuspocus multiplexes documents: every message starts with the document's name.
  if (protocol === 'hocuspocus') encoding.writeVarString(encoder, room);
  write(encoder);
  return encoding.toUint8Array(encoder);
}

/** Milliseconds on a clock that every thread of the harness shares (performance.now() starts anew in each). */
function now(): number {
  return performance.timeOrigin + performance.now();
}

/** Who a light client is on this project's server. */
export interface BenchIdentity {
  cookie: string;
  id: string;
  name: string;
}

export class LightClient {
  private readonly doc = new Y.Doc();
  private readonly card = new Y.Map<unknown>();
  private readonly socket: WebSocket;
  readonly ready: Promise<void>;
  sent = 0;

  /**
   * Each light client writes one card of its own, as the app does, and then edits it. With an
   * `identity` (this project's server: the cookie its join API set) the card carries the id and
   * name the server knows, so its rights check accepts the edits; without one, any id.
   */
  constructor(url: string, private readonly protocol: Protocol, private readonly room: string, key: string, identity?: BenchIdentity) {
    this.socket = new WebSocket(protocol === 'hocuspocus' ? url : `${url}/${room}`, {
      ...(identity ? { headers: { cookie: identity.cookie } } : {}),
      // An all-zero mask, which ws then skips applying: masking guards proxies' caches, and there
      // are none on loopback; random masks cost this harness CPU the servers need as well.
      generateMask: () => {},
    });
    this.socket.binaryType = 'nodebuffer';
    this.doc.on('update', (update: Uint8Array) => {
      if (this.socket.readyState !== WebSocket.OPEN) return;
      this.socket.send(frame(this.protocol, this.room, (encoder) => {
        encoding.writeVarUint(encoder, SYNC);
        encoding.writeVarUint(encoder, UPDATE);
        encoding.writeVarUint8Array(encoder, update);
      }));
    });
    this.ready = new Promise((resolve, reject) => {
      this.socket.on('error', reject);
      this.socket.on('open', () => {
        if (protocol === 'hocuspocus') {
          this.socket.send(frame(protocol, room, (encoder) => {
            encoding.writeVarUint(encoder, AUTH);
            encoding.writeVarUint(encoder, 0);
            encoding.writeVarString(encoder, '');
          }));
        }
        this.socket.send(frame(protocol, room, (encoder) => {
          encoding.writeVarUint(encoder, SYNC);
          encoding.writeVarUint(encoder, STEP1);
          encoding.writeVarUint8Array(encoder, Y.encodeStateVector(this.doc));
        }));
      });
      this.socket.on('message', (data: Buffer) => {
        // Answer the server's sync step 1; ignore the rest (updates, awareness).
        const decoder = decoding.createDecoder(data);
        if (protocol === 'hocuspocus') decoding.readVarString(decoder);
        if (decoding.readVarUint(decoder) !== SYNC || decoding.readVarUint(decoder) !== STEP1) return;
        const stateVector = decoding.readVarUint8Array(decoder);
        this.socket.send(frame(protocol, room, (encoder) => {
          encoding.writeVarUint(encoder, SYNC);
          encoding.writeVarUint(encoder, STEP2);
          encoding.writeVarUint8Array(encoder, Y.encodeStateAsUpdate(this.doc, stateVector));
        }));
        this.writeCard(key, identity);
        this.drain();
        resolve();
      });
    });
  }

  /**
   * After the handshake a light client no longer parses what it receives: 38
   * clients per session each receive every update, and parsing all of that
   * would measure this process instead of the server (see `drainUnread`).
   */
  private drain(): void {
    this.stopDraining = drainUnread(this.socket);
  }

  private stopDraining = () => {};

  private writeCard(key: string, identity: BenchIdentity | undefined): void {
    this.doc.transact(() => {
      this.doc.getMap(CARDS).set(key, this.card);
      this.card.set('plate', 'bench');
      this.card.set('column', 'bench');
      this.card.set('text', new Y.Text(`card ${key}`));
      this.card.set('author', identity ? identity.name : 'bench');
      this.card.set('authorId', identity ? identity.id : key);
      this.card.set(EDITED_AT, now());
    });
  }

  /** One edit: a field of this client's own card, stamped with the time it was made. */
  edit(): void {
    this.sent++;
    this.card.set(EDITED_AT, now());
  }

  close(): void {
    this.stopDraining();
    this.socket.terminate();
    this.doc.destroy();
  }
}

/**
 * Empties a socket four times a second in large chunks without parsing what
 * it holds (so the server is never slowed by full buffers), and sends an
 * unsolicited pong now and then to keep the server's liveness check
 * satisfied. Returns what stops it.
 */
export function drainUnread(socket: WebSocket): () => void {
  const raw = (socket as unknown as { _socket: import('node:net').Socket })._socket;
  raw.removeAllListeners('data');
  raw.on('data', () => {});
  raw.pause();
  const drainTimer = setInterval(() => {
    raw.resume();
    setImmediate(() => raw.pause());
  }, 250);
  const keepAlive = setInterval(() => socket.pong(), 10_000);
  return () => {
    clearInterval(drainTimer);
    clearInterval(keepAlive);
  };
}

/** The worksheet's cards, so the server's checks treat the edits as real ones. */
const CARDS = 'cards';
/** The card field each edit sets: the time it was made, on a clock every thread of the harness shares. */
const EDITED_AT = 'editedAt';

/** A full provider that records, for every update it sees, how long ago it was made. */
export class Observer {
  readonly latencies: number[] = [];
  private readonly doc = new Y.Doc();
  private readonly destroyProvider: () => void;
  readonly ready: Promise<void>;
  recording = false;

  constructor(url: string, protocol: Protocol, room: string) {
    const cards = this.doc.getMap<Y.Map<unknown>>(CARDS);
    cards.observeDeep((events) => {
      if (!this.recording) return;
      const receivedAt = now();
      for (const event of events) {
        if (!(event instanceof Y.YMapEvent) || event.target === cards || !event.keysChanged.has(EDITED_AT)) continue;
        const sentAt = (event.target as Y.Map<unknown>).get(EDITED_AT);
        if (typeof sentAt === 'number') this.latencies.push(receivedAt - sentAt);
      }
    });
    if (protocol === 'hocuspocus') {
      const provider = new HocuspocusProvider({ url, name: room, document: this.doc, WebSocketPolyfill: WebSocket } as never);
      this.destroyProvider = () => provider.destroy();
      this.ready = new Promise((resolve) => provider.on('synced', () => resolve()));
    } else {
      const provider = new WebsocketProvider(url, room, this.doc, { WebSocketPolyfill: WebSocket as never, disableBc: true });
      this.destroyProvider = () => provider.destroy();
      this.ready = new Promise((resolve) => provider.on('sync', (synced: boolean) => synced && resolve()));
    }
  }

  close(): void {
    this.destroyProvider();
    this.doc.destroy();
  }
}
