/** Session life: creation with a code and a facilitator key, lookup, expiry and deletion with all data. */
import { hashKey, keyMatches, newFacilitatorKey, newSessionCode } from './codes';
import type { SessionRecord, Store } from './persistence';
import type { Rooms } from './rooms';
import { CLOSE } from './connection';

export const MAX_TITLE_LENGTH = 120;
const DAY = 24 * 60 * 60 * 1000;

export class Sessions {
  constructor(
    private readonly store: Store,
    private readonly rooms: Rooms,
    private readonly retentionDays: number,
    private readonly now: () => number = Date.now,
  ) {}

  create(title: string): { code: string; facilitatorKey: string } {
    const facilitatorKey = newFacilitatorKey();
    const at = this.now();
    // 31^6 codes: a collision is rare, and then we simply draw again.
    for (let attempt = 0; attempt < 20; attempt++) {
      const code = newSessionCode();
      const created = this.store.createSession({
        code, keyHash: hashKey(facilitatorKey), title: title.slice(0, MAX_TITLE_LENGTH), createdAt: at, touchedAt: at,
      });
      if (created) return { code, facilitatorKey };
    }
    throw new Error('no free session code');
  }

  /** The session, unless it does not exist or has expired. */
  find(code: string): SessionRecord | undefined {
    const session = this.store.findSession(code);
    if (!session) return undefined;
    if (this.isExpired(session)) {
      this.delete(code);
      return undefined;
    }
    return session;
  }

  isFacilitator(session: SessionRecord, key: string | null | undefined): boolean {
    return keyMatches(key, session.keyHash);
  }

  touch(code: string): void {
    this.store.touchSession(code, this.now());
  }

  delete(code: string): void {
    this.rooms.discard(code, CLOSE.sessionNotFound, 'session deleted');
    this.store.deleteSession(code);
  }

  /** Deletes every session untouched for the retention period; open sessions count as touched. */
  sweep(): string[] {
    const before = this.now() - this.retentionDays * DAY;
    const expired = this.store.staleSessions(before).filter((code) => {
      if (this.rooms.get(code)) {
        this.touch(code);
        return false;
      }
      return true;
    });
    for (const code of expired) this.delete(code);
    return expired;
  }

  private isExpired(session: SessionRecord): boolean {
    return session.touchedAt < this.now() - this.retentionDays * DAY && !this.rooms.get(session.code);
  }
}
