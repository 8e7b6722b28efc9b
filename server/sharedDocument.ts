/**
 * One Y.Doc held in memory while anyone is connected to it: loaded from the
 * store, every update written to the store before it is sent to the others,
 * compacted from time to time, and presence tracked per connection.
 */
import * as Y from 'yjs';
import * as awarenessProtocol from 'y-protocols/awareness';
import type { BroadcastTarget, DurableBroadcast } from './durableBroadcast';
import type { DocumentStore } from './persistence';
import { awarenessMessage, serverFrame, updateMessage } from './protocol';
import type { TokenBucket } from './rateLimit';

import type { Role } from '../src/domain/rights';
import type { Identity } from './identity';

export type { Role };

/** A connected client, as the document sees it. */
export interface Peer {
  role: Role;
  /** Who the server knows this connection to be. */
  identity: Identity;
  send(message: Uint8Array): void;
  /** Writes a message framed already (`serverFrame`): what a broadcast sends to each peer. */
  sendFrame(frame: Buffer): void;
  close(code: number, reason: string): void;
  /** Awareness client ids this connection speaks for, removed when it closes. */
  awarenessIds: Set<number>;
  /** Bytes this connection may still add to documents (refills over time). */
  budget: TokenBucket;
  /** Asks this client, soon, for everything the server lacks (after a refused or gapped update). */
  resync(): void;
  /** When this connection last sent anything (ms since the epoch). */
  lastSeen: number;
}

const LOADING = Symbol('loading');
/** Not an identity's id: the server's own client id in `writers`. */
const SERVER_WRITER = '\u0000server';
/** Updates between two compactions of the stored log. */
const COMPACT_EVERY = 500;

export class SharedDocument implements BroadcastTarget {
  readonly doc = new Y.Doc();
  readonly awareness = new awarenessProtocol.Awareness(this.doc);
  readonly peers = new Set<Peer>();
  private sinceCompaction = 0;
  /** Bytes of the stored log: what a joiner downloads, at most (compaction only shrinks it). */
  private storedBytes = 0;
  /** The stored size right after the last compaction. */
  private compactedBytes = 0;
  /**
   * Who writes under each Yjs client id: the first identity that adds to it or
   * speaks for it in presence (the server's own id is its own), kept with the
   * document so it survives an unload and a restart. Without this a participant
   * who read a colleague's client id from presence could claim the clocks that
   * colleague's offline edits will use, and the server would take those edits
   * for ones it already has: lost without a word.
   */
  private readonly writers = new Map<number, string>();

  constructor(
    readonly name: string,
    private readonly store: DocumentStore,
    private readonly durable: DurableBroadcast,
    /** The stored size this document may reach. */
    readonly maxBytes: number,
  ) {
    const stored = store.load(name);
    if (stored.length) Y.applyUpdate(this.doc, stored.length === 1 ? stored[0] : Y.mergeUpdates(stored), LOADING);
    this.sinceCompaction = stored.length;
    for (const update of stored) this.storedBytes += update.length;
    // The server has no presence of its own.
    this.awareness.setLocalState(null);
    for (const [client, writer] of store.writers(name)) this.writers.set(client, writer);
    this.writers.set(this.doc.clientID, SERVER_WRITER);

    this.doc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin === LOADING) return;
      // Durable first: no client may see an update the store does not have.
      this.durable.enqueue(this, update, origin);
      this.storedBytes += update.length;
      // Asked again on every update until it is done (a document may load with more than that).
      if (++this.sinceCompaction >= COMPACT_EVERY) this.durable.compactSoon(this);
    });

    this.awareness.on('update', ({ added, updated, removed }: AwarenessChange, origin: unknown) => {
      const changed = [...added, ...updated, ...removed];
      if (this.peers.has(origin as Peer)) {
        const peer = origin as Peer;
        for (const id of added) peer.awarenessIds.add(id);
        for (const id of removed) peer.awarenessIds.delete(id);
      }
      this.broadcast(awarenessMessage(this.awareness, changed));
    });
  }

  broadcastUpdate(update: Uint8Array, except: unknown): void {
    this.broadcast(updateMessage(update), except);
  }

  /** Sends to every peer but `except` (the sender already has its own update). */
  broadcast(message: Uint8Array, except?: unknown): void {
    if (this.peers.size === 0 || (this.peers.size === 1 && this.peers.has(except as Peer))) return;
    const frame = serverFrame(message);
    for (const peer of this.peers) if (peer !== except) peer.sendFrame(frame);
  }

  join(peer: Peer): void {
    this.peers.add(peer);
  }

  leave(peer: Peer): void {
    if (!this.peers.delete(peer)) return;
    if (peer.awarenessIds.size) awarenessProtocol.removeAwarenessStates(this.awareness, [...peer.awarenessIds], null);
  }

  /** The document's state for a new client: everything in it is stored first. */
  stateForClient(): Y.Doc {
    this.durable.flush();
    return this.doc;
  }

  /**
   * Whether `bytes` more fit under the document's limit. Near the limit the log
   * is compacted first, since deleted content and edits merge away.
   */
  fits(bytes: number): boolean {
    if (this.storedBytes + bytes <= this.maxBytes) return true;
    // Compacting costs a full encode: only when enough was added since the last one to be worth it,
    // so a client at the limit cannot make the server compact on every tiny update.
    if (this.storedBytes - this.compactedBytes > this.maxBytes / 8) this.compact();
    return this.storedBytes + bytes <= this.maxBytes;
  }

  /** Whether `writer` may add under each of these client ids: nobody else writes under them. */
  mayWriteUnder(writer: string, clients: ReadonlySet<number>): boolean {
    for (const client of clients) {
      const owner = this.writers.get(client);
      if (owner !== undefined && owner !== writer) return false;
    }
    return true;
  }

  /**
   * Records `writer` as the one who writes under the client id of an update
   * that added under one id only (a browser's own edits), or that `writer`'s
   * connection speaks for in presence. An update adding under several (a
   * browser restoring its copy after the server lost its data) holds others'
   * work too, and claims nothing. Returns false when another writer has it.
   */
  claimClients(writer: string, clients: ReadonlySet<number>): boolean {
    if (clients.size !== 1) return this.mayWriteUnder(writer, clients);
    const [client] = clients;
    const owner = this.writers.get(client);
    if (owner !== undefined) return owner === writer;
    this.writers.set(client, writer);
    this.store.recordWriter(this.name, client, writer);
    return true;
  }

  /** The bytes this document's stored log holds now. */
  get storedSize(): number {
    return this.storedBytes;
  }

  /**
   * Structs or deletions that wait for changes the server never received would
   * be held in memory and sent to every joiner; drop them. Returns whether any were.
   */
  dropPending(): boolean {
    const store = this.doc.store;
    if (!store.pendingStructs && !store.pendingDs) return false;
    store.pendingStructs = null;
    store.pendingDs = null;
    return true;
  }

  /**
   * Replace the stored log by one merged state. `lazily` (the compaction every
   * so many updates, on the busy path) leaves deleting the replaced rows to the
   * store's own pace; near the quota and on unload they go at once.
   */
  compact(options?: { lazily?: boolean }): void {
    this.durable.flush();
    const state = Y.encodeStateAsUpdate(this.doc);
    this.store.compact(this.name, state, options);
    this.storedBytes = state.length;
    this.compactedBytes = state.length;
    this.sinceCompaction = 1;
  }

  /** Leave memory; `keep` false when the session is being deleted and nothing may be written. */
  destroy(keep = true): void {
    this.durable.forget(this);
    if (keep && this.sinceCompaction > 1) this.compact();
    this.awareness.destroy();
    this.doc.destroy();
  }
}

interface AwarenessChange {
  added: number[];
  updated: number[];
  removed: number[];
}
