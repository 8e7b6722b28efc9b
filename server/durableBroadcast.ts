/**
 * Updates are stored before anyone receives them. Writing each one in its own
 * SQLite transaction makes the write-ahead log grow a page per update and
 * checkpoint (with an fsync) several times a second under load; so updates
 * that arrive in the same turn of the event loop are written in one
 * transaction, and only then sent on: per document, merged into one message,
 * so a busy session costs one send per peer per turn instead of one per update.
 */
import * as Y from 'yjs';
import type { DocumentStore } from './persistence';

export interface BroadcastTarget {
  readonly name: string;
  /** Sends `update` to every peer except `except`. */
  broadcastUpdate(update: Uint8Array, except: unknown): void;
}

interface Pending {
  target: BroadcastTarget;
  updates: Uint8Array[];
  origins: Set<unknown>;
}

export class DurableBroadcast {
  private pending = new Map<BroadcastTarget, Pending>();
  private rows: { name: string; update: Uint8Array }[] = [];
  private scheduled = false;

  constructor(private readonly store: DocumentStore) {}

  /** Stores `update` of `target`, then sends it on, within this turn of the event loop. */
  enqueue(target: BroadcastTarget, update: Uint8Array, origin: unknown): void {
    this.rows.push({ name: target.name, update });
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

  /** Writes and sends everything queued; also called before a document's state goes to a new client. */
  flush(): void {
    this.scheduled = false;
    if (!this.rows.length) return;
    const rows = this.rows;
    const pending = [...this.pending.values()];
    this.rows = [];
    this.pending.clear();
    this.store.appendMany(rows);
    for (const { target, updates, origins } of pending) {
      const merged = updates.length === 1 ? updates[0] : Y.mergeUpdates(updates);
      // A sender already has its own updates; with several senders everyone gets the merge.
      target.broadcastUpdate(merged, origins.size === 1 ? [...origins][0] : undefined);
    }
  }
}
