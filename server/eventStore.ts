/**
 * Where bijeenkomsten (events) and their links to sessions are kept: three
 * tables beside the sessions in the same SQLite file, so a backup holds them
 * and a deleted session's link goes in the same transaction as its answers.
 */
import type Database from 'better-sqlite3';

export interface EventRecord {
  code: string;
  keyHash: string;
  title: string;
  createdAt: number;
  touchedAt: number;
}

/** A session's link to an event: under its school's name, or anonymous (no name is stored then). */
export interface EventLink {
  eventCode: string;
  sessionCode: string;
  /** Random, made at linking: orders anonymous schools without revealing who linked first. */
  linkId: string;
  school: string | undefined;
  linkedAt: number;
}

export interface EventStore {
  createEvent(record: EventRecord): boolean;
  findEvent(code: string): EventRecord | undefined;
  touchEvent(code: string, at: number): void;
  /** Deletes the event and its links (not the sessions), and remembers that it was deleted. */
  deleteEvent(code: string, at: number): void;
  eventDeletedAt(code: string): number | undefined;
  forgetEventDeletions(before: number): void;
  staleEvents(before: number): string[];
  /** Links a session to an event, replacing any earlier link of that session. */
  linkSession(link: EventLink): void;
  /** Removes a session's link; false when it had none to this event. */
  unlinkSession(eventCode: string, sessionCode: string): boolean;
  linksOf(eventCode: string): EventLink[];
  linkOfSession(sessionCode: string): EventLink | undefined;
  /** Removes a session's link whatever the event (the session is being deleted). */
  forgetSessionLink(sessionCode: string): void;
}

interface LinkRow { event_code: string; session_code: string; link_id: string; school: string | null; linked_at: number }

const linkOf = (row: LinkRow): EventLink => ({
  eventCode: row.event_code, sessionCode: row.session_code, linkId: row.link_id, school: row.school ?? undefined, linkedAt: row.linked_at,
});

/**
 * `forgetNow` empties the write-ahead log into the database file, so that the
 * earlier copies of deleted or replaced pages (a school's name) are gone at
 * once, as they are for a deleted session (see the SQLite store).
 */
export function openEventStore(db: Database.Database, forgetNow: () => void): EventStore {
  db.exec(`
    CREATE TABLE IF NOT EXISTS events (
      code TEXT PRIMARY KEY,
      key_hash TEXT NOT NULL,
      title TEXT NOT NULL,
      created_at INTEGER NOT NULL,
      touched_at INTEGER NOT NULL
    );
    CREATE TABLE IF NOT EXISTS event_links (
      session_code TEXT PRIMARY KEY,
      event_code TEXT NOT NULL,
      link_id TEXT NOT NULL,
      school TEXT,
      linked_at INTEGER NOT NULL
    );
    CREATE INDEX IF NOT EXISTS event_links_event ON event_links (event_code);
    CREATE TABLE IF NOT EXISTS deleted_events (
      code TEXT PRIMARY KEY,
      deleted_at INTEGER NOT NULL
    );
  `);
  const statements = {
    create: db.prepare<[string, string, string, number, number]>(
      'INSERT OR IGNORE INTO events (code, key_hash, title, created_at, touched_at) VALUES (?, ?, ?, ?, ?)',
    ),
    find: db.prepare<[string], { code: string; key_hash: string; title: string; created_at: number; touched_at: number }>('SELECT * FROM events WHERE code = ?'),
    touch: db.prepare<[number, string]>('UPDATE events SET touched_at = ? WHERE code = ?'),
    delete: db.prepare<[string]>('DELETE FROM events WHERE code = ?'),
    deleteLinks: db.prepare<[string]>('DELETE FROM event_links WHERE event_code = ?'),
    remember: db.prepare<[string, number]>('INSERT OR REPLACE INTO deleted_events (code, deleted_at) VALUES (?, ?)'),
    deletedAt: db.prepare<[string], { deleted_at: number }>('SELECT deleted_at FROM deleted_events WHERE code = ?'),
    forget: db.prepare<[number]>('DELETE FROM deleted_events WHERE deleted_at < ?'),
    forgetOne: db.prepare<[string]>('DELETE FROM deleted_events WHERE code = ?'),
    stale: db.prepare<[number], { code: string }>('SELECT code FROM events WHERE touched_at < ?'),
    link: db.prepare<[string, string, string, string | null, number]>(
      'INSERT OR REPLACE INTO event_links (session_code, event_code, link_id, school, linked_at) VALUES (?, ?, ?, ?, ?)',
    ),
    unlink: db.prepare<[string, string]>('DELETE FROM event_links WHERE event_code = ? AND session_code = ?'),
    links: db.prepare<[string], LinkRow>('SELECT * FROM event_links WHERE event_code = ? ORDER BY link_id'),
    linkOfSession: db.prepare<[string], LinkRow>('SELECT * FROM event_links WHERE session_code = ?'),
    forgetSessionLink: db.prepare<[string]>('DELETE FROM event_links WHERE session_code = ?'),
  };
  const createEvent = db.transaction((record: EventRecord) => {
    const created = statements.create.run(record.code, record.keyHash, record.title, record.createdAt, record.touchedAt).changes === 1;
    if (created) statements.forgetOne.run(record.code);
    return created;
  });
  const deleteEvent = db.transaction((code: string, at: number) => {
    statements.deleteLinks.run(code);
    statements.delete.run(code);
    statements.remember.run(code, at);
  });
  return {
    createEvent: (record) => createEvent(record),
    findEvent: (code) => {
      const row = statements.find.get(code);
      return row && { code: row.code, keyHash: row.key_hash, title: row.title, createdAt: row.created_at, touchedAt: row.touched_at };
    },
    touchEvent: (code, at) => void statements.touch.run(at, code),
    deleteEvent: (code, at) => {
      deleteEvent(code, at);
      forgetNow();
    },
    eventDeletedAt: (code) => statements.deletedAt.get(code)?.deleted_at,
    forgetEventDeletions: (before) => void statements.forget.run(before),
    staleEvents: (before) => statements.stale.all(before).map((row) => row.code),
    linkSession: (link) => {
      const replaced = statements.linkOfSession.get(link.sessionCode);
      statements.link.run(link.sessionCode, link.eventCode, link.linkId, link.school ?? null, link.linkedAt);
      // A school that drops or changes its name: the old one goes from the files too.
      if (replaced?.school && replaced.school !== link.school) forgetNow();
    },
    unlinkSession: (eventCode, sessionCode) => {
      const unlinked = statements.unlink.run(eventCode, sessionCode).changes === 1;
      if (unlinked) forgetNow();
      return unlinked;
    },
    linksOf: (eventCode) => statements.links.all(eventCode).map(linkOf),
    linkOfSession: (sessionCode) => {
      const row = statements.linkOfSession.get(sessionCode);
      return row && linkOf(row);
    },
    forgetSessionLink: (sessionCode) => void statements.forgetSessionLink.run(sessionCode),
  };
}
