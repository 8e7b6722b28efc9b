/** Session life: creation with a code and a facilitator key, lookup, expiry, deletion with all data, and restore. */
import { randomUUID } from 'node:crypto';
import { CLOSE, LIMITS } from '../src/domain/limits';
import { hashKey, keyMatches, newSessionCode, type FacilitatorKeys } from './codes';
import type { SessionRecord, Store } from './persistence';
import type { Rooms } from './rooms';

const DAY = 24 * 60 * 60 * 1000;
/** How long a deletion is remembered, in retention periods: browsers that come back later still hear it. */
const REMEMBER_DELETIONS_FOR = 3;

export type Lookup =
  | { state: 'live'; session: SessionRecord }
  | { state: 'deleted' }
  | { state: 'unknown' };

export type RestoreResult = 'restored' | 'exists' | 'taken' | 'deleted' | 'unproven';

export class Sessions {
  constructor(
    private readonly store: Store,
    private readonly rooms: Rooms,
    private readonly retentionDays: number,
    private readonly keys: FacilitatorKeys,
    private readonly now: () => number = Date.now,
  ) {}

  create(title: string): { code: string; facilitatorKey: string } {
    const at = this.now();
    // 31^6 codes: a collision is rare, and then we simply draw again. A deleted session's code is
    // not handed out again: a browser still holding that session must hear "deleted", not join a stranger's.
    for (let attempt = 0; attempt < 20; attempt++) {
      const code = newSessionCode();
      if (this.store.deletedAt(code) !== undefined) continue;
      const facilitatorKey = this.keys.issue(code);
      const created = this.store.createSession({
        code, keyHash: hashKey(facilitatorKey), title: title.slice(0, LIMITS.titleLength), createdAt: at, touchedAt: at,
      });
      if (created) return { code, facilitatorKey };
    }
    throw new Error('no free session code');
  }

  /** The session, unless it does not exist or has expired. */
  find(code: string): SessionRecord | undefined {
    const found = this.lookup(code);
    return found.state === 'live' ? found.session : undefined;
  }

  /** Live, deleted (by its facilitator or by expiry), or unknown to this server. */
  lookup(code: string): Lookup {
    const session = this.store.findSession(code);
    if (session && this.isExpired(session)) this.delete(code);
    else if (session) return { state: 'live', session };
    return this.store.deletedAt(code) !== undefined ? { state: 'deleted' } : { state: 'unknown' };
  }

  isFacilitator(session: SessionRecord, key: string | null | undefined): boolean {
    return keyMatches(key, session.keyHash);
  }

  /**
   * Brings back a session this server does not know (its data was lost, or the
   * server was started on another data folder) under its old code and the
   * facilitator's key, so the facilitator's browser can upload its copy.
   * Only a key this server made for this code can do that ('unproven'
   * otherwise): a stranger cannot restore a session first, nor name a code.
   * A deleted session stays deleted.
   */
  restore(code: string, key: string, title: string): RestoreResult {
    const found = this.lookup(code);
    if (found.state === 'deleted') return 'deleted';
    if (found.state === 'live') return this.isFacilitator(found.session, key) ? 'exists' : 'taken';
    if (!this.keys.proves(key, code)) return 'unproven';
    const at = this.now();
    const created = this.store.createSession({ code, keyHash: hashKey(key), title: title.slice(0, LIMITS.titleLength), createdAt: at, touchedAt: at });
    return created ? 'restored' : 'taken';
  }

  /**
   * A new participant id, for a browser joining without a valid identity cookie. Never one the
   * browser names: ids are in every copy of the worksheet, and after a data loss the session would
   * not know whose it was (a browser that had one still has its cookie: see `knownParticipant`).
   */
  newParticipantId(code: string): string {
    for (;;) {
      const id = randomUUID();
      if (this.store.claimParticipant(code, id)) return id;
    }
  }

  /**
   * The id of a browser whose identity cookie this server signed: recorded as handed out, so a
   * restored session (which knows nobody) never gives it to someone else who names it.
   */
  knownParticipant(code: string, id: string): string {
    this.store.claimParticipant(code, id);
    return id;
  }

  touch(code: string): void {
    this.store.touchSession(code, this.now());
  }

  delete(code: string): void {
    this.rooms.discard(code, CLOSE.sessionDeleted, 'session deleted');
    this.store.deleteSession(code, this.now());
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
    this.store.forgetDeletions(this.now() - REMEMBER_DELETIONS_FOR * this.retentionDays * DAY);
    return expired;
  }

  private isExpired(session: SessionRecord): boolean {
    return session.touchedAt < this.now() - this.retentionDays * DAY && !this.rooms.get(session.code);
  }
}
