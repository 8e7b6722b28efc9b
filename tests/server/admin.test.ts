import { request } from 'node:http';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ADMIN_SOCKET } from '../../server/adminSocket';
import { addCard } from '../../src/worksheets/model';
import type { ResultsExport } from '../../src/worksheets/exportFormat';
import { createSession, disconnectAll, joinAs, startTestServer, waitFor, type TestServer } from './support';
import { runCommand } from '../support/serverProcess';

let server: TestServer | undefined;
afterEach(async () => {
  disconnectAll();
  await server?.close();
  server = undefined;
});

const admin = (dataDir: string, ...args: string[]) => runCommand('scripts/admin.ts', args, { DATA_DIR: dataDir });

// These tests start processes (tsx compiles at each start), which is slow on a busy two-core machine.
describe('npm run admin', { timeout: 60_000 }, () => {
  it('lists sessions with who is connected now, exports one as results JSON, and deletes one in use', async () => {
    server = await startTestServer();
    const busy = await createSession(server.http, 'ROC Oost, 12 maart');
    const quiet = await createSession(server.http, 'ROC West');
    const participant = await joinAs(server, busy.code, 'Sanne');
    const watcher = await joinAs(server, busy.code, 'Wim');
    addCard(participant.doc, { plate: 'strategie-digitalisering', column: 'innovatie', text: 'Een eigen AI-lab', author: 'Sanne', authorId: participant.id });
    await waitFor(() => watcher.doc.getMap('cards').size === 1, 'card delivered');

    const listing = await admin(server.dataDir, 'sessions');
    expect(listing.code).toBe(0);
    const rows = listing.stdout.split('\n');
    expect(rows[0]).toMatch(/^code\s+title\s+created\s+last used\s+size\s+connected now$/);
    const busyRow = rows.find((row) => row.startsWith(busy.code))!;
    expect(busyRow).toMatch(new RegExp(`^${busy.code}\\s+ROC Oost, 12 maart\\s+\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d\\s+\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d\\s+[1-9]\\d* B\\s+2$`));
    expect(rows.find((row) => row.startsWith(quiet.code))).toMatch(/\s0$/);
    expect(listing.stdout).toMatch(/2 session\(s\)\n$/);

    const exported = await admin(server.dataDir, 'export', busy.code.toLowerCase());
    expect(exported.code).toBe(0);
    const results = JSON.parse(exported.stdout) as ResultsExport;
    expect(results.format).toBe('praatplaten-results');
    expect(results.title).toBe('ROC Oost, 12 maart');
    const cards = results.worksheets.flatMap((worksheet) => worksheet.columns.flatMap((column) => column.cards));
    expect(cards.map((card) => [card.text, card.author])).toEqual([['Een eigen AI-lab', 'Sanne']]);

    const deleted = await admin(server.dataDir, 'delete', busy.code);
    expect(deleted.code).toBe(0);
    // Through the running server: its clients are told the session is gone.
    await waitFor(() => participant.closes.some((close) => close.code === 4410), 'clients closed with 4410 (deleted)');
    expect((await fetch(`${server.http}/api/sessions/${busy.code}`)).status).toBe(410);
    const after = await admin(server.dataDir, 'sessions');
    expect(after.stdout).not.toContain(busy.code);
    expect(after.stdout).toContain(quiet.code);
  });

  it('works with the server stopped, and says so for unknown codes and commands', async () => {
    server = await startTestServer();
    const { code } = await createSession(server.http, 'Later');
    const { dataDir } = server;
    await server.close();
    server = undefined;

    const listing = await admin(dataDir, 'sessions');
    expect(listing.stdout).toContain(code);
    expect(listing.stdout).toMatch(/not running/);
    expect((await admin(dataDir, 'delete', code)).code).toBe(0);
    expect((await admin(dataDir, 'sessions')).stdout).not.toContain(code);

    const unknown = await admin(dataDir, 'export', 'ZZZZZZ');
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toBe('praatplaten admin: session ZZZZZZ not found\n');
    const wrong = await admin(dataDir, 'frobnicate');
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toMatch(/^praatplaten admin: usage: npm run admin -- sessions \| delete CODE \| export CODE/);
  });
});

/** One request over the admin socket; rejects when no answer comes within two seconds (a hang). */
function adminRequest(dataDir: string, method: string, path: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const call = request({ socketPath: join(dataDir, ADMIN_SOCKET), method, path, timeout: 2000 }, (response) => {
      response.resume();
      resolve(response.statusCode ?? 0);
    });
    call.on('timeout', () => {
      call.destroy();
      reject(new Error(`no answer to ${method} ${path}`));
    });
    call.on('error', reject);
    call.end();
  });
}

describe('the admin socket', () => {
  it('answers a malformed path with 400 instead of hanging, and goes on answering', async () => {
    server = await startTestServer();
    const { code } = await createSession(server.http);
    expect(await adminRequest(server.dataDir, 'DELETE', '/sessions/%ZZ')).toBe(400);
    expect(await adminRequest(server.dataDir, 'DELETE', '/sessions/%E2%82')).toBe(400);
    expect(await adminRequest(server.dataDir, 'DELETE', '/sessions/QQQQQQ')).toBe(404);
    expect(await adminRequest(server.dataDir, 'GET', '/connections')).toBe(200);
    expect(await adminRequest(server.dataDir, 'DELETE', `/sessions/${code}`)).toBe(204);
    expect(server.logs.some((line) => line.includes('uncaught'))).toBe(false);
  });
});
