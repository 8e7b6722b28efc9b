/**
 * Where documents live between connections. The interface is small on
 * purpose (as in y-websocket's bindState/writeState) so another store can
 * replace SQLite.
 */
import Database from 'better-sqlite3';
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { startCheckpointer } from './checkpointer';
import { openEventStore, type EventStore } from './eventStore';

export interface DocumentStore {
  /** Every stored update of a document, oldest first. */
  load(name: string): Uint8Array[];
  /** Store updates, of any documents, durably in one transaction; returns when they are written. */
  appendMany(updates: readonly { name: string; update: Uint8Array }[]): void;
  /**
   * Replace all stored updates of a document with one merged state. With
   * `lazily`, the replaced rows are deleted a few at a time over the next turns
   * of the event loop instead of at once (see the SQLite store).
   */
  compact(name: string, state: Uint8Array, options?: { lazily?: boolean }): void;
  /** Forget documents whose name starts with `prefix`. */
  deleteByPrefix(prefix: string): void;
  /** Names of the stored documents whose name starts with `prefix`. */
  documentNames(prefix: string): string[];
  /** Stored bytes of each document whose name starts with `prefix`. */
  documentSizes(prefix: string): Map<string, number>;
  /** Who writes under which Yjs client id in a document (see SharedDocument). */
  writers(name: string): [number, string][];
  /** Records the writer of a client id in a document, unless one is recorded already. */
  recordWriter(name: string, client: number, writer: string): void;
}

export interface SessionRecord {
  code: string;
  keyHash: string;
  title: string;
  createdAt: number;
  touchedAt: number;
}

export interface SessionStore {
  createSession(record: SessionRecord): boolean;
  findSession(code: string): SessionRecord | undefined;
  touchSession(code: string, at: number): void;
  /** Deletes the session and all its documents, overwriting their bytes, and remembers that it was deleted. */
  deleteSession(code: string, at: number): void;
  /** When a session with this code was deleted (by its facilitator or by expiry), if it was. */
  deletedAt(code: string): number | undefined;
  /** Forget deletions older than `before`. */
  forgetDeletions(before: number): void;
  /** A secret that databases made before `secret.key` (server/secret.ts) kept here, if this one has it. */
  storedSecret(name: string): Buffer | undefined;
  /** Records that a participant id was handed out in a session; false when it already was. */
  claimParticipant(code: string, id: string): boolean;
  /** Codes of sessions not touched since `before`. */
  staleSessions(before: number): string[];
}

export type Store = DocumentStore & SessionStore & EventStore & {
  /** Throws when the database cannot be read and written now (the readiness check). */
  check(): void;
  close(): Promise<void>;
};

/** Rows a lazy compaction deletes per turn of the event loop: well under a millisecond of work. */
const PRUNE_ROWS_PER_TURN = 64;

/** The database cannot be used as it is; the message says what to do, in one line. */
export class StoreError extends Error {}

export function openSqliteStore(file: string, log: (message: string) => void = console.error): Store {
  const onDisk = file !== ':memory:';
  if (onDisk) {
    mkdirSync(dirname(file), { recursive: true });
    refuseEmptyFile(file);
  }
  const db = openChecked(file);
  // WAL: a commit is in the log before the call returns, so a killed process loses nothing.
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  // Deleted rows are overwritten with zeros, so a deleted session's answers do not linger in the file.
  db.pragma('secure_delete = ON');
  db.pragma('busy_timeout = 2000');
  // Checkpoints (and their fsync) happen in a worker thread, not here.
  const checkpointer = onDisk ? startCheckpointer(file, createRequire(import.meta.url).resolve('better-sqlite3'), log) : undefined;
  if (checkpointer) db.pragma('wal_autocheckpoint = 0');
  db.exec(`
    CREATE TABLE IF NOT EXISTS sessions (
      code TEXT PRIMARY KEY,
      key_hash TEXT NOT NULL,
      title TEXT NOT NULL,
      created_at INTEGER NOT NULL,
      touched_at INTEGER NOT NULL
    );
    CREATE TABLE IF NOT EXISTS updates (
      id INTEGER PRIMARY KEY AUTOINCREMENT,
      doc TEXT NOT NULL,
      data BLOB NOT NULL
    );
    CREATE INDEX IF NOT EXISTS updates_doc ON updates (doc, id);
    CREATE TABLE IF NOT EXISTS deleted_sessions (
      code TEXT PRIMARY KEY,
      deleted_at INTEGER NOT NULL
    );
    CREATE TABLE IF NOT EXISTS participants (
      code TEXT NOT NULL,
      id TEXT NOT NULL,
      PRIMARY KEY (code, id)
    );
    CREATE TABLE IF NOT EXISTS writers (
      doc TEXT NOT NULL,
      client INTEGER NOT NULL,
      writer TEXT NOT NULL,
      PRIMARY KEY (doc, client)
    );
    CREATE TABLE IF NOT EXISTS secrets (
      name TEXT PRIMARY KEY,
      value BLOB NOT NULL
    );
  `);
  const statements = {
    load: db.prepare<[string], { data: Buffer }>('SELECT data FROM updates WHERE doc = ? ORDER BY id'),
    append: db.prepare<[string, Uint8Array]>('INSERT INTO updates (doc, data) VALUES (?, ?)'),
    deleteDoc: db.prepare<[string]>('DELETE FROM updates WHERE doc = ?'),
    deletePrefix: db.prepare<[string, string]>("DELETE FROM updates WHERE doc = ? OR doc LIKE ? || '/%'"),
    deleteWriters: db.prepare<[string, string]>("DELETE FROM writers WHERE doc = ? OR doc LIKE ? || '/%'"),
    writers: db.prepare<[string], { client: number; writer: string }>('SELECT client, writer FROM writers WHERE doc = ?'),
    recordWriter: db.prepare<[string, number, string]>('INSERT OR IGNORE INTO writers (doc, client, writer) VALUES (?, ?, ?)'),
    sizes: db.prepare<[string, string], { doc: string; bytes: number }>('SELECT doc, SUM(length(data)) AS bytes FROM updates WHERE doc >= ? AND doc < ? GROUP BY doc'),
    create: db.prepare<[string, string, string, number, number]>(
      'INSERT OR IGNORE INTO sessions (code, key_hash, title, created_at, touched_at) VALUES (?, ?, ?, ?, ?)',
    ),
    find: db.prepare<[string], { code: string; key_hash: string; title: string; created_at: number; touched_at: number }>(
      'SELECT * FROM sessions WHERE code = ?',
    ),
    touch: db.prepare<[number, string]>('UPDATE sessions SET touched_at = ? WHERE code = ?'),
    deleteSession: db.prepare<[string]>('DELETE FROM sessions WHERE code = ?'),
    stale: db.prepare<[number], { code: string }>('SELECT code FROM sessions WHERE touched_at < ?'),
    remember: db.prepare<[string, number]>('INSERT OR REPLACE INTO deleted_sessions (code, deleted_at) VALUES (?, ?)'),
    deletedAt: db.prepare<[string], { deleted_at: number }>('SELECT deleted_at FROM deleted_sessions WHERE code = ?'),
    forget: db.prepare<[number]>('DELETE FROM deleted_sessions WHERE deleted_at < ?'),
    forgetOne: db.prepare<[string]>('DELETE FROM deleted_sessions WHERE code = ?'),
    secret: db.prepare<[string], { value: Buffer }>('SELECT value FROM secrets WHERE name = ?'),
    names: db.prepare<[string, string], { doc: string }>("SELECT DISTINCT doc FROM updates WHERE doc >= ? AND doc < ?"),
    claim: db.prepare<[string, string]>('INSERT OR IGNORE INTO participants (code, id) VALUES (?, ?)'),
    forgetParticipants: db.prepare<[string]>('DELETE FROM participants WHERE code = ?'),
  };
  /*
   * A deletion is real only once the overwritten pages are in the database file
   * and the log is empty. A checkpoint the checkpointer thread is running at that
   * moment makes this one return busy; it is tried again for up to 200 ms (a
   * deletion is rare, and a short wait here is what makes it real at once).
   */
  const pause = new Int32Array(new SharedArrayBuffer(4));
  const checkpointNow = () => {
    for (let attempt = 0; attempt < 40; attempt++) {
      const [result] = db.pragma('wal_checkpoint(TRUNCATE)') as { busy: number }[];
      if (!result?.busy) return;
      Atomics.wait(pause, 0, 0, 5);
    }
    log('a deleted session could not be checkpointed at once; its pages are overwritten at the next checkpoint');
  };
  const compact = db.transaction((name: string, state: Uint8Array) => {
    statements.deleteDoc.run(name);
    statements.append.run(name, state);
  });
  /*
   * A document's rows lie scattered between other documents' rows, so deleting
   * the 500 a compaction replaces touches hundreds of pages: milliseconds in
   * which no session is served. A compaction on the busy path therefore only
   * adds the merged state, and the rows it replaces are deleted 64 at a time,
   * one batch per turn of the event loop. Until then a load reads the state and
   * some older updates it already holds, which Yjs merges to the same document;
   * after a crash the next compaction deletes them.
   */
  const deleteBefore = db.prepare<[string, number, number]>('DELETE FROM updates WHERE id IN (SELECT id FROM updates WHERE doc = ? AND id < ? LIMIT ?)');
  const replacedRows = new Map<string, number>();
  let pruning: NodeJS.Immediate | undefined;
  const pruneSome = () => {
    pruning = undefined;
    let budget = PRUNE_ROWS_PER_TURN;
    for (const [name, before] of replacedRows) {
      const deleted = deleteBefore.run(name, before, budget).changes;
      if (deleted < budget) replacedRows.delete(name);
      budget -= deleted;
      if (budget <= 0) break;
    }
    if (replacedRows.size) pruning = setImmediate(pruneSome);
  };
  const compactLazily = (name: string, state: Uint8Array) => {
    const id = Number(statements.append.run(name, state).lastInsertRowid);
    replacedRows.set(name, id);
    pruning ??= setImmediate(pruneSome);
  };
  const appendMany = db.transaction((updates: readonly { name: string; update: Uint8Array }[]) => {
    for (const { name, update } of updates) statements.append.run(name, update);
  });
  const events = openEventStore(db, () => {
    if (onDisk) checkpointNow();
  });
  const deleteSession = db.transaction((code: string, at: number) => {
    events.forgetSessionLink(code);
    statements.deletePrefix.run(code, code);
    statements.deleteWriters.run(code, code);
    statements.deleteSession.run(code);
    statements.forgetParticipants.run(code);
    statements.remember.run(code, at);
  });
  const createSession = db.transaction((record: SessionRecord) => {
    const created = statements.create.run(record.code, record.keyHash, record.title, record.createdAt, record.touchedAt).changes === 1;
    if (created) statements.forgetOne.run(record.code);
    return created;
  });

  return {
    ...events,
    load: (name) => statements.load.all(name).map((row) => new Uint8Array(row.data)),
    appendMany: (updates) => appendMany(updates),
    compact: (name, state, options) => {
      if (options?.lazily) {
        compactLazily(name, state);
        return;
      }
      replacedRows.delete(name);
      compact(name, state);
    },
    deleteByPrefix: (prefix) => {
      for (const name of replacedRows.keys()) if (name === prefix || name.startsWith(`${prefix}/`)) replacedRows.delete(name);
      statements.deletePrefix.run(prefix, prefix);
      statements.deleteWriters.run(prefix, prefix);
    },
    // A range on the index instead of LIKE: `prefix` up to the next string after it.
    documentNames: (prefix) => statements.names.all(prefix, `${prefix}\uffff`).map((row) => row.doc),
    documentSizes: (prefix) => new Map(statements.sizes.all(prefix, `${prefix}\uffff`).map((row) => [row.doc, row.bytes])),
    writers: (name) => statements.writers.all(name).map((row) => [row.client, row.writer]),
    recordWriter: (name, client, writer) => void statements.recordWriter.run(name, client, writer),
    createSession: (record) => createSession(record),
    findSession: (code) => {
      const row = statements.find.get(code);
      return row && { code: row.code, keyHash: row.key_hash, title: row.title, createdAt: row.created_at, touchedAt: row.touched_at };
    },
    touchSession: (code, at) => void statements.touch.run(at, code),
    deleteSession: (code, at) => {
      deleteSession(code, at);
      // The write-ahead log still holds earlier copies of the pages: copy it back and empty it now.
      if (onDisk) checkpointNow();
    },
    deletedAt: (code) => statements.deletedAt.get(code)?.deleted_at,
    forgetDeletions: (before) => void statements.forget.run(before),
    claimParticipant: (code, id) => statements.claim.run(code, id).changes === 1,
    storedSecret: (name) => statements.secret.get(name)?.value,
    staleSessions: (before) => statements.stale.all(before).map((row) => row.code),
    check: () => {
      if (onDisk && !existsSync(file)) throw new Error('the database file is gone');
      // Take the write lock and give it back: fails when another process holds the database.
      db.pragma('busy_timeout = 200');
      try {
        db.exec('BEGIN IMMEDIATE; ROLLBACK');
      } finally {
        db.pragma('busy_timeout = 2000');
      }
    },
    close: async () => {
      // What is left to delete stays until the next compaction of those documents.
      clearImmediate(pruning);
      await checkpointer?.stop();
      db.close();
    },
  };
}

/**
 * An existing database file of 0 bytes (with no write-ahead log beside it) is
 * damage, such as a truncated copy, not a fresh start: starting empty would
 * silently answer "unknown" for every session.
 */
function refuseEmptyFile(file: string): void {
  if (!existsSync(file) || statSync(file).size > 0) return;
  const wal = `${file}-wal`;
  if (existsSync(wal) && statSync(wal).size > 0) return;
  throw new StoreError(`${file} is empty (0 bytes): restore it from a backup, or delete it to start without any sessions`);
}

/** Opens the database and checks its structure, so damage is found at start and not on a session's first join. */
function openChecked(file: string): Database.Database {
  let db: Database.Database | undefined;
  try {
    db = new Database(file);
    const result = db.pragma('quick_check', { simple: true });
    if (result !== 'ok') throw new Error(String(result));
    return db;
  } catch (error) {
    db?.close();
    if (error instanceof StoreError) throw error;
    throw new StoreError(`${file} is damaged (${(error as Error).message.split('\n')[0]}): restore it from a backup`);
  }
}
