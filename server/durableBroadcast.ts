/**
 * Updates are stored before anyone receives them. Writing each one in its own
 * SQLite transaction makes the write-ahead log grow a page per update and
 * checkpoint (with an fsync) several times a second under load; so updates
 * that arrive in the same turn of the event loop are written in one
 * transaction, and only then sent on.
 */
import type { DocumentStore } from './persistence';

interface Pending {
  name: string;
  update: Uint8Array;
  deliver: () => void;
}

export class DurableBroadcast {
  private pending: Pending[] = [];
  private scheduled = false;

  constructor(private readonly store: DocumentStore) {}

  /** Stores `update` of document `name`, then calls `deliver`, within this turn of the event loop. */
  enqueue(name: string, update: Uint8Array, deliver: () => void): void {
    this.pending.push({ name, update, deliver });
    if (!this.scheduled) {
      this.scheduled = true;
      setImmediate(() => this.flush());
    }
  }

  /** Writes and delivers everything queued; also called before the document's state is sent to a new client. */
  flush(): void {
    this.scheduled = false;
    if (!this.pending.length) return;
    const batch = this.pending;
    this.pending = [];
    this.store.appendMany(batch);
    for (const item of batch) item.deliver();
  }
}
