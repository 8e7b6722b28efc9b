/**
 * Bijeenkomsten (events): an organiser's code and key, the sessions linked to
 * it under their school's name or anonymously, read-only links, expiry and
 * deletion, with the same rules as sessions.
 */
import { createHmac, randomUUID, timingSafeEqual } from 'node:crypto';
import { LIMITS } from '../src/domain/limits';
import { hashKey, keyMatches, newRandomKey, newSessionCode } from './codes';
import type { EventLink, EventRecord, EventStore } from './eventStore';
import type { SessionStore } from './persistence';

const DAY = 24 * 60 * 60 * 1000;
const REMEMBER_DELETIONS_FOR = 3;
const TOUCH_EVERY_MS = 60_000;
/** A school's name as the facilitator types it; longer is cut. */
export const SCHOOL_NAME_LENGTH = 80;

export type EventLookup =
  | { state: 'live'; event: EventRecord }
  | { state: 'deleted' }
  | { state: 'unknown' };

/** Who may read an event's totals: its organiser (the key) or whoever holds a read-only link. */
export type EventReader = 'organiser' | 'reader';

export class Events {
  private readonly lastRead = new Map<string, number>();

  constructor(
    private readonly store: EventStore & Pick<SessionStore, 'findSession' | 'deletedAt'>,
    private readonly readerSecret: Buffer,
    private readonly retentionDays: number,
    private readonly now: () => number = Date.now,
  ) {}

  create(title: string): { code: string; organiserKey: string } {
    const organiserKey = newRandomKey();
    const at = this.now();
    // Not a code a session has or had: someone typing an event code into "Doe mee" hears "not found".
    for (let attempt = 0; attempt < 20; attempt++) {
      const code = newSessionCode();
      if (this.store.eventDeletedAt(code) !== undefined || this.store.findSession(code) || this.store.deletedAt(code) !== undefined) continue;
      if (this.store.createEvent({ code, keyHash: hashKey(organiserKey), title: title.slice(0, LIMITS.titleLength), createdAt: at, touchedAt: at })) {
        return { code, organiserKey };
      }
    }
    throw new Error('no free event code');
  }

  lookup(code: string): EventLookup {
    const event = this.store.findEvent(code);
    if (event && event.touchedAt < this.now() - this.retentionDays * DAY) this.delete(code);
    else if (event) return { state: 'live', event };
    return this.store.eventDeletedAt(code) !== undefined ? { state: 'deleted' } : { state: 'unknown' };
  }

  /** The organiser by their key, a reader by a link the organiser made, or nobody. */
  readerOf(event: EventRecord, credential: string | undefined): EventReader | undefined {
    if (!credential) return undefined;
    if (keyMatches(credential, event.keyHash)) return 'organiser';
    return this.verifyReaderToken(credential, event.code) ? 'reader' : undefined;
  }

  isOrganiser(event: EventRecord, key: string | undefined): boolean {
    return keyMatches(key, event.keyHash);
  }

  /** A token for a read-only link to the event's sector view; it stops working when the event is deleted. */
  readerToken(code: string): string {
    const body = Buffer.from(JSON.stringify({ e: code, i: randomUUID() })).toString('base64url');
    return `${body}.${this.sign(body)}`;
  }

  private verifyReaderToken(token: string, code: string): boolean {
    const [body, signature, ...rest] = token.split('.');
    if (!body || !signature || rest.length) return false;
    const expected = Buffer.from(this.sign(body));
    const given = Buffer.from(signature);
    if (expected.length !== given.length || !timingSafeEqual(expected, given)) return false;
    try {
      return (JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as { e?: unknown }).e === code;
    } catch {
      return false;
    }
  }

  private sign(body: string): string {
    return createHmac('sha256', this.readerSecret).update(`event-reader:${body}`).digest('base64url');
  }

  touch(code: string): void {
    this.store.touchEvent(code, this.now());
  }

  /** The totals were read: the event is in use (written at most once a minute, a view polls every few seconds). */
  noteRead(code: string): void {
    const now = this.now();
    if (now - (this.lastRead.get(code) ?? 0) < TOUCH_EVERY_MS) return;
    if (this.lastRead.size > 1000) this.lastRead.clear();
    this.lastRead.set(code, now);
    this.touch(code);
  }

  /** Links a session to an event under its school's name, or anonymously (no name is stored then). */
  link(eventCode: string, sessionCode: string, school: string | undefined): EventLink {
    const earlier = this.store.linkOfSession(sessionCode);
    const name = school?.trim().slice(0, SCHOOL_NAME_LENGTH) || undefined;
    const link: EventLink = {
      eventCode,
      sessionCode,
      // The same school keeps its place among the anonymous ones when it only changes its name.
      linkId: earlier?.eventCode === eventCode ? earlier.linkId : randomUUID(),
      school: name,
      linkedAt: this.now(),
    };
    this.store.linkSession(link);
    this.touch(eventCode);
    return link;
  }

  unlink(sessionCode: string): EventLink | undefined {
    const link = this.store.linkOfSession(sessionCode);
    if (link) this.store.unlinkSession(link.eventCode, sessionCode);
    return link;
  }

  /**
   * The id the organiser sees for a link. Not the link's own id: anonymous schools are numbered in
   * the order of those, and with them and the times of linking an organiser could tell who is who.
   */
  publicLinkId(link: EventLink): string {
    return createHmac('sha256', this.readerSecret).update(`event-link:${link.linkId}`).digest('base64url').slice(0, 22);
  }

  /** The organiser removes a school that should not be there (a session linked by mistake, or in jest). */
  unlinkById(eventCode: string, publicId: string): boolean {
    const link = this.store.linksOf(eventCode).find((candidate) => this.publicLinkId(candidate) === publicId);
    return link ? this.store.unlinkSession(eventCode, link.sessionCode) : false;
  }

  linkOfSession(sessionCode: string): EventLink | undefined {
    return this.store.linkOfSession(sessionCode);
  }

  /** The event's links to sessions that still exist. */
  links(eventCode: string): EventLink[] {
    return this.store.linksOf(eventCode).filter((link) => this.store.findSession(link.sessionCode));
  }

  delete(code: string): void {
    this.store.deleteEvent(code, this.now());
  }

  /** Deletes every event untouched for the retention period. */
  sweep(): string[] {
    const expired = this.store.staleEvents(this.now() - this.retentionDays * DAY);
    for (const code of expired) this.delete(code);
    this.store.forgetEventDeletions(this.now() - REMEMBER_DELETIONS_FOR * this.retentionDays * DAY);
    return expired;
  }
}
