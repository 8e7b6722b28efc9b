import { afterEach, describe, expect, it } from 'vitest';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { databasePath } from '../../server/config';
import { secretPath } from '../../server/secret';
import { cardText, connect, createSession, disconnectAll, identify, joinAs, startTestServer, synced, waitFor, writeCard, type Client, type TestServer } from './support';
import { runCommand } from '../support/serverProcess';

const servers: TestServer[] = [];
afterEach(async () => {
  disconnectAll();
  for (const server of servers.splice(0)) await server.close();
});

/** The texts of the cards a client has. */
const cardsIn = (client: Client) => [...client.doc.getMap('cards').keys()].map((id) => cardText(client.doc, id)!);

// These tests start processes (tsx compiles at each start), which is slow on a busy two-core machine.
describe('backup and restore', { timeout: 60_000 }, () => {
  it('a backup taken during editing restores into a fresh data folder with every session', async () => {
    const server = await startTestServer();
    servers.push(server);
    const sessions = await Promise.all(Array.from({ length: 6 }, (_, index) => createSession(server.http, `Sessie ${index}`)));
    const pairs = await Promise.all(sessions.map(async ({ code }) => ({ code, writer: await joinAs(server, code, 'Ann'), watcher: await joinAs(server, code, 'Bob') })));
    let counter = 0;
    const typing = setInterval(() => {
      for (const { writer } of pairs) writeCard(writer, `c${counter}`, `card ${counter}`);
      counter++;
    }, 10);
    await waitFor(() => pairs.every(({ watcher }) => cardsIn(watcher).length >= 20), 'cards on every session', 15000);

    // What the watchers have went through the server, so it is stored before the backup starts.
    const storedBefore = new Map(pairs.map(({ code, watcher }) => [code, cardsIn(watcher)]));
    const file = join(mkdtempSync(join(tmpdir(), 'praatplaten-backup-')), 'nightly.sqlite');
    const backup = await runCommand('scripts/backup.ts', [file], { DATA_DIR: server.dataDir });
    const countAfterBackup = counter;
    clearInterval(typing);
    expect(backup.stderr).toBe('');
    expect(backup.code).toBe(0);
    expect(backup.stdout).toMatch(/6 session\(s\) copied/);
    // Editing went on while the backup ran.
    expect(countAfterBackup).toBeGreaterThan(Math.max(...[...storedBefore.values()].map((cards) => cards.length)));
    expect(existsSync(`${file}.partial`)).toBe(false);
    // The server's secret beside it, as private as the original.
    expect(readFileSync(`${file}.secret.key`, 'utf8')).toBe(readFileSync(secretPath(server.dataDir), 'utf8'));
    expect(statSync(`${file}.secret.key`).mode & 0o777).toBe(0o600);

    // Restore as the README says: the backup file becomes the data folder's database.
    const freshDir = mkdtempSync(join(tmpdir(), 'praatplaten-restored-'));
    copyFileSync(file, databasePath(freshDir));
    copyFileSync(`${file}.secret.key`, secretPath(freshDir));
    const restored = await startTestServer({ dataDir: freshDir });
    servers.push(restored);
    for (const [index, { code }] of sessions.entries()) {
      const response = await fetch(`${restored.http}/api/sessions/${code}`);
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({ code, title: `Sessie ${index}` });
      const reader = connect(restored.ws, code);
      await synced(reader);
      const cards = new Set(cardsIn(reader));
      expect(storedBefore.get(code)!.filter((card) => !cards.has(card))).toEqual([]);
    }
    // Every browser is still who it was: its identity cookie verifies on the restored server.
    const { code, writer } = pairs[0];
    expect((await identify(restored.http, code, { cookie: writer.cookie })).participantId).toBe(writer.id);
  });

  it('refuses a data folder without a database, and writes nothing', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'praatplaten-empty-'));
    const file = join(empty, 'copy.sqlite');
    const backup = await runCommand('scripts/backup.ts', [file], { DATA_DIR: empty });
    expect(backup.code).toBe(1);
    expect(backup.stderr).toMatch(/no database at/);
    expect(existsSync(file)).toBe(false);
  });
});
