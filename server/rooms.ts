/** The sessions that have someone connected, loaded on the first join and dropped after the last leave. */
import { DurableBroadcast } from './durableBroadcast';
import type { DocumentStore } from './persistence';
import { SessionRoom } from './sessionRoom';

export class Rooms {
  private rooms = new Map<string, SessionRoom>();
  private readonly durable: DurableBroadcast;

  constructor(private readonly store: DocumentStore) {
    this.durable = new DurableBroadcast(store);
  }

  open(code: string): SessionRoom {
    let room = this.rooms.get(code);
    if (!room) {
      room = new SessionRoom(code, this.store, this.durable);
      this.rooms.set(code, room);
    }
    return room;
  }

  /** How many sessions are in memory now. */
  get size(): number {
    return this.rooms.size;
  }

  /** Connections per session in memory now, for `npm run admin -- sessions`. */
  connectionCounts(): Record<string, number> {
    return Object.fromEntries([...this.rooms].map(([code, room]) => [code, room.connectionCount]));
  }

  get(code: string): SessionRoom | undefined {
    return this.rooms.get(code);
  }

  /** Called when a connection has gone: the last one out compacts and unloads the session. */
  release(code: string): void {
    const room = this.rooms.get(code);
    if (room?.empty) {
      this.rooms.delete(code);
      room.destroy();
    } else {
      room?.releaseIdle();
    }
  }

  /** Disconnects everyone and forgets the session's documents without writing them back. */
  discard(code: string, closeCode: number, reason: string): void {
    const room = this.rooms.get(code);
    if (!room) return;
    this.rooms.delete(code);
    // Queued updates of this session must be written now, before its rows are deleted, not after.
    this.durable.flush();
    room.closeAll(closeCode, reason);
    room.destroy(false);
  }

  /** Server shutdown: store every session's state, then disconnect everyone. */
  shutdown(code: number, reason: string): void {
    this.durable.flush();
    for (const room of this.rooms.values()) {
      room.destroy();
      room.closeAll(code, reason);
    }
    this.rooms.clear();
  }
}
