/**
 * npm run backup -- FILE: a consistent copy of the database while the server
 * runs. SQLite's online backup copies the pages of one snapshot, so sessions
 * being edited at that moment are copied as they were at one instant; the
 * server keeps writing meanwhile. The copy is written beside FILE and renamed
 * only once it is complete and checked, so FILE is never half a backup.
 * The server's secret (DATA_DIR/secret.key) is copied beside it, to
 * FILE.secret.key: without it a restored database works, but every browser's
 * identity is invalid and no facilitator can prove a session is theirs.
 * Restore: see "Hosting at your school" in the README.
 */
import Database from 'better-sqlite3';
import { chmodSync, copyFileSync, existsSync, renameSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { databasePath } from '../server/config';
import { secretPath } from '../server/secret';

const target = process.argv[2];
if (!target) {
  process.stderr.write('usage: npm run backup -- FILE   (reads the database in DATA_DIR, default ./data)\n');
  process.exit(2);
}
const dataDir = resolve(process.env.DATA_DIR ?? 'data');
const source = databasePath(dataDir);
if (!existsSync(source)) {
  process.stderr.write(`praatplaten backup: no database at ${source}; set DATA_DIR to the server's data folder\n`);
  process.exit(1);
}

const file = resolve(target);
const partial = `${file}.partial`;
rmSync(partial, { force: true });
const db = new Database(source, { fileMustExist: true });
try {
  // All pages in one step, in one read transaction: copied in steps, a backup
  // restarts whenever the server writes in between, which in a busy session is always.
  await db.backup(partial, { progress: () => 0x7fffffff });
} finally {
  db.close();
}
const copy = new Database(partial);
// One self-contained file, without a write-ahead log beside it: restoring is copying it back.
copy.pragma('journal_mode = DELETE');
const check = copy.pragma('quick_check', { simple: true });
const sessions = (copy.prepare('SELECT count(*) AS n FROM sessions').get() as { n: number }).n;
copy.close();
if (check !== 'ok') {
  rmSync(partial, { force: true });
  process.stderr.write(`praatplaten backup: the copy failed its check (${String(check)}); nothing written\n`);
  process.exit(1);
}
renameSync(partial, file);
process.stdout.write(`praatplaten backup: ${sessions} session(s) copied to ${file}\n`);

const secret = secretPath(dataDir);
if (existsSync(secret)) {
  const secretCopy = `${file}.secret.key`;
  try {
    rmSync(`${secretCopy}.partial`, { force: true });
    copyFileSync(secret, `${secretCopy}.partial`);
    chmodSync(`${secretCopy}.partial`, 0o600);
    renameSync(`${secretCopy}.partial`, secretCopy);
  } catch (error) {
    process.stderr.write(`praatplaten backup: the database is copied, but not the server's secret ${secret} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}); run the backup as the server's user\n`);
    process.exit(1);
  }
  process.stdout.write(`praatplaten backup: the server's secret copied to ${secretCopy}\n`);
} else {
  process.stdout.write(`praatplaten backup: no ${secret}; the server takes its secret from PRAATPLATEN_SECRET, keep that safe too\n`);
}
