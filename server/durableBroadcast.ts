/**
 * Updates are stored before anyone receives them. Writing each one in its own
 * SQLite transaction makes the write-ahead log grow a page per update and
 * checkpoint (with an fsync) several times a second under load; so updates
 * that arrive in the same turn of the event loop are written in one
 * transaction, and only then sent on: per document merged into one update,
 * stored as one row and sent as one message, so a busy session costs one row
 * and one send per peer per turn instead of one per update.
 */
import * as Y from 'yjs';
import type { DocumentStore } from './persistence';

export interface BroadcastTarget {
  readonly name: string;
  /** Sends `update` to every peer except `except`. */
  broadcastUpdate(update: Uint8Array, except: unknown): void;
  /** Replaces the document's stored log by one merged state. */
  compact(options?: { lazily?: boolean }): void;
}

/**
 * Compacting a document's log rewrites its rows, a few milliseconds of work
 * that nobody is served during. Documents that are edited at the same pace
 * reach their compaction point together (every session of a class started at
 * nine), and compacting them all in one turn stalls every session for a
 * noticeable time; so compactions wait their turn, one per this many ms.
 */
export const COMPACTION_SPACING_MS = 50;

interface Pending {
  target: BroadcastTarget;
  updates: Uint8Array[];
  origins: Set<unknown>;
}

export class DurableBroadcast {
  private pending = new Map<BroadcastTarget, Pending>();
  private scheduled = false;
  private readonly compactions = new Set<BroadcastTarget>();
  private compactionTimer: NodeJS.Timeout | undefined;

  constructor(private readonly store: DocumentStore) {}

  /** Compacts `target` soon, after the documents already waiting. */
  compactSoon(target: BroadcastTarget): void {
    this.compactions.add(target);
    this.compactionTimer ??= setTimeout(() => this.compactNext(), COMPACTION_SPACING_MS);
  }

  /** A document that leaves memory (compacted on the way out, or deleted) is no longer waiting. */
  forget(target: BroadcastTarget): void {
    this.compactions.delete(target);
  }

  private compactNext(): void {
    this.compactionTimer = undefined;
    const [next] = this.compactions;
    if (!next) return;
    this.compactions.delete(next);
    next.compact({ lazily: true });
    if (this.compactions.size) this.compactionTimer = setTimeout(() => this.compactNext(), COMPACTION_SPACING_MS);
  }

  /** Stores `update` of `target`, then sends it on, within this turn of the event loop. */
  enqueue(target: BroadcastTarget, update: Uint8Array, origin: unknown): void {
    let entry = this.pending.get(target);
    if (!entry) {
      entry = { target, updates: [], origins: new Set() };
      this.pending.set(target, entry);
    }
    entry.updates.push(update);
    entry.origins.add(origin);
    if (!this.scheduled) {
      this.scheduled = true;
      setImmediate(() => this.flush());
    }
  }

  /**
   * Writes and sends everything queued: per document one merged update, stored
   * as one row and sent as one message. Also called before a document's state
   * goes to a new client.
   */
  flush(): void {
    this.scheduled = false;
    if (!this.pending.size) return;
    const merged = [...this.pending.values()].map(({ target, updates, origins }) => ({
      target, origins, update: updates.length === 1 ? updates[0] : Y.mergeUpdates(updates),
    }));
    this.pending.clear();
    this.store.appendMany(merged.map(({ target, update }) => ({ name: target.name, update })));
    for (const { target, update, origins } of merged) {
      // A sender already has its own updates; with several senders everyone gets the merge.
      target.broadcastUpdate(update, origins.size === 1 ? [...origins][0] : undefined);
    }
  }
}
