/**
 * Where documents live between connections. The interface is small on
 * purpose (as in y-websocket's bindState/writeState) so another store can
 * replace SQLite.
 */
import Database from 'better-sqlite3';
import { existsSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { startCheckpointer } from './checkpointer';

export interface DocumentStore {
  /** Every stored update of a document, oldest first. */
  load(name: string): Uint8Array[];
  /** Store updates, of any documents, durably in one transaction; returns when they are written. */
  appendMany(updates: readonly { name: string; update: Uint8Array }[]): void;
  /** Replace all stored updates of a document with one merged state. */
  compact(name: string, state: Uint8Array): void;
  /** Forget documents whose name starts with `prefix`. */
  deleteByPrefix(prefix: string): void;
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
  deleteSession(code: string): void;
  /** Codes of sessions not touched since `before`. */
  staleSessions(before: number): string[];
}

export type Store = DocumentStore & SessionStore & {
  /** Throws when the database cannot be read and written now (the readiness check). */
  check(): void;
  close(): Promise<void>;
};

export function openSqliteStore(file: string, log: (message: string) => void = console.error): Store {
  const onDisk = file !== ':memory:';
  if (onDisk) mkdirSync(dirname(file), { recursive: true });
  const db = new Database(file);
  // WAL: a commit is in the log before the call returns, so a killed process loses nothing.
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
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
  `);
  const statements = {
    load: db.prepare<[string], { data: Buffer }>('SELECT data FROM updates WHERE doc = ? ORDER BY id'),
    append: db.prepare<[string, Uint8Array]>('INSERT INTO updates (doc, data) VALUES (?, ?)'),
    deleteDoc: db.prepare<[string]>('DELETE FROM updates WHERE doc = ?'),
    deletePrefix: db.prepare<[string, string]>("DELETE FROM updates WHERE doc = ? OR doc LIKE ? || '/%'"),
    create: db.prepare<[string, string, string, number, number]>(
      'INSERT OR IGNORE INTO sessions (code, key_hash, title, created_at, touched_at) VALUES (?, ?, ?, ?, ?)',
    ),
    find: db.prepare<[string], { code: string; key_hash: string; title: string; created_at: number; touched_at: number }>(
      'SELECT * FROM sessions WHERE code = ?',
    ),
    touch: db.prepare<[number, string]>('UPDATE sessions SET touched_at = ? WHERE code = ?'),
    deleteSession: db.prepare<[string]>('DELETE FROM sessions WHERE code = ?'),
    stale: db.prepare<[number], { code: string }>('SELECT code FROM sessions WHERE touched_at < ?'),
  };
  const compact = db.transaction((name: string, state: Uint8Array) => {
    statements.deleteDoc.run(name);
    statements.append.run(name, state);
  });
  const appendMany = db.transaction((updates: readonly { name: string; update: Uint8Array }[]) => {
    for (const { name, update } of updates) statements.append.run(name, update);
  });
  const deleteSession = db.transaction((code: string) => {
    statements.deletePrefix.run(code, code);
    statements.deleteSession.run(code);
  });

  return {
    load: (name) => statements.load.all(name).map((row) => new Uint8Array(row.data)),
    appendMany: (updates) => appendMany(updates),
    compact: (name, state) => compact(name, state),
    deleteByPrefix: (prefix) => void statements.deletePrefix.run(prefix, prefix),
    createSession: (record) =>
      statements.create.run(record.code, record.keyHash, record.title, record.createdAt, record.touchedAt).changes === 1,
    findSession: (code) => {
      const row = statements.find.get(code);
      return row && { code: row.code, keyHash: row.key_hash, title: row.title, createdAt: row.created_at, touchedAt: row.touched_at };
    },
    touchSession: (code, at) => void statements.touch.run(at, code),
    deleteSession: (code) => deleteSession(code),
    staleSessions: (before) => statements.stale.all(before).map((row) => row.code),
    check: () => {
      if (onDisk && !existsSync(file)) throw new Error('the database file is gone');
      // Take the write lock and give it back: fails when another process holds the database.
      db.pragma('busy_timeout = 200');
      try {
        db.exec('BEGIN IMMEDIATE; ROLLBACK');
      } finally {
        db.pragma('busy_timeout = 5000');
      }
    },
    close: async () => {
      await checkpointer?.stop();
      db.close();
    },
  };
}
