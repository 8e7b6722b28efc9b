/**
 * npm run admin -- sessions | delete CODE | export CODE
 *
 * For the school's IT staff, run as the server's user with the server's
 * DATA_DIR. Reads the database directly; asks the running server, through its
 * admin socket, who is connected now and to delete a session that is in use
 * (so its clients are told and nothing writes it back). Works with the server
 * stopped as well.
 */
import Database from 'better-sqlite3';
import { request } from 'node:http';
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as Y from 'yjs';
import type { Plate } from '../plates/types';
import { ADMIN_SOCKET } from '../server/adminSocket';
import { normalizeCode } from '../server/codes';
import { databasePath } from '../server/config';
import { openSqliteStore } from '../server/persistence';
import { buildExport } from '../src/worksheets/exportFormat';
import { readControl } from '../src/worksheets/control';

const USAGE = 'usage: npm run admin -- sessions | delete CODE | export CODE   (DATA_DIR as for the server, default ./data)';
const dataDir = resolve(process.env.DATA_DIR ?? 'data');
const [command, argument] = process.argv.slice(2);

function fail(message: string, exitCode = 1): never {
  process.stderr.write(`praatplaten admin: ${message}\n`);
  process.exit(exitCode);
}

/** Asks the running server; undefined when none is running on this data folder. */
function askServer(method: string, path: string): Promise<{ status: number; body: string } | undefined> {
  return new Promise((done) => {
    const call = request({ socketPath: join(dataDir, ADMIN_SOCKET), method, path }, (response) => {
      let body = '';
      response.on('data', (chunk: Buffer) => { body += chunk.toString(); });
      response.on('end', () => done({ status: response.statusCode ?? 0, body }));
    });
    call.on('error', () => done(undefined));
    call.end();
  });
}

function sessionCode(): string {
  const code = normalizeCode(argument ?? '');
  if (!code) fail(`"${argument ?? ''}" is not a session code`);
  return code;
}

interface SessionRow { code: string; title: string; created_at: number; touched_at: number; bytes: number }

async function listSessions(): Promise<void> {
  const db = new Database(databasePath(dataDir), { fileMustExist: true });
  // Stored bytes per session: its worksheet document and its control document (`CODE/control`).
  const rows = db.prepare(`
    SELECT s.code, s.title, s.created_at, s.touched_at,
      (SELECT coalesce(sum(length(u.data)), 0) FROM updates u WHERE u.doc = s.code OR u.doc LIKE s.code || '/%') AS bytes
    FROM sessions s ORDER BY s.touched_at DESC`).all() as SessionRow[];
  db.close();
  const answer = await askServer('GET', '/connections');
  const connected = answer ? (JSON.parse(answer.body) as Record<string, number>) : undefined;
  const table = [['code', 'title', 'created', 'last used', 'size', 'connected now']];
  for (const row of rows) {
    table.push([
      row.code, row.title, isoMinute(row.created_at), isoMinute(row.touched_at), `${row.bytes} B`,
      connected ? String(connected[row.code] ?? 0) : '?',
    ]);
  }
  const widths = table[0].map((_, column) => Math.max(...table.map((line) => line[column].length)));
  for (const line of table) process.stdout.write(`${line.map((cell, column) => cell.padEnd(widths[column])).join('  ').trimEnd()}\n`);
  process.stdout.write(`${rows.length} session(s)${connected ? '' : '; the server is not running, so nobody is connected'}\n`);
}

async function deleteSession(): Promise<void> {
  const code = sessionCode();
  const answer = await askServer('DELETE', `/sessions/${code}`);
  if (answer) {
    if (answer.status === 404) fail(`session ${code} not found`);
    if (answer.status !== 204) fail(`the server answered ${answer.status}`);
  } else {
    const store = openSqliteStore(databasePath(dataDir));
    const found = Boolean(store.findSession(code));
    if (found) store.deleteSession(code, Date.now());
    await store.close();
    if (!found) fail(`session ${code} not found`);
  }
  process.stdout.write(`session ${code} deleted with all its answers\n`);
}

/** The same JSON as the results page's download, so it can be imported into a new session. */
async function exportSession(): Promise<void> {
  const code = sessionCode();
  const store = openSqliteStore(databasePath(dataDir));
  const session = store.findSession(code);
  const worksheet = new Y.Doc();
  const control = new Y.Doc();
  for (const [doc, name] of [[worksheet, code], [control, `${code}/control`]] as const) {
    for (const update of store.load(name)) Y.applyUpdate(doc, update);
  }
  await store.close();
  if (!session) fail(`session ${code} not found`);
  const results = buildExport(worksheet, readControl(control), await loadPlates(), 'nl', { title: session.title });
  process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
}

/** The plates, read from their files (the app lets Vite collect them). */
async function loadPlates(): Promise<Plate[]> {
  const folder = resolve(import.meta.dirname, '../plates');
  const files = readdirSync(folder).filter((name) => name.endsWith('.plate.ts'));
  const plates = await Promise.all(files.map(async (name) => (await import(pathToFileURL(join(folder, name)).href) as { default: Plate }).default));
  return plates.sort((a, b) => a.number - b.number);
}

function isoMinute(epochMs: number): string {
  return new Date(epochMs).toISOString().slice(0, 16).replace('T', ' ');
}

const commands: Record<string, () => Promise<void>> = { sessions: listSessions, delete: deleteSession, export: exportSession };
const run = commands[command ?? ''];
if (!run) fail(USAGE, 2);
await run().catch((error: Error) => fail(error.message));
