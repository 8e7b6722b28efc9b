import { afterEach, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { renameSync } from 'node:fs';
import { databasePath } from '../../server/config';
import { startTestServer, type TestServer } from './support';

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const status = async (path: string) => (await fetch(`${server!.http}${path}`)).status;

describe('liveness and readiness', () => {
  it('/readyz fails while another process holds the database, and recovers; /healthz stays up', async () => {
    server = await startTestServer();
    expect(await status('/healthz')).toBe(200);
    expect(await status('/readyz')).toBe(200);

    // Someone else takes the write lock (a restore in progress, a forgotten sqlite3 shell).
    const other = new Database(databasePath(server.dataDir));
    other.exec('BEGIN IMMEDIATE');
    const started = Date.now();
    const response = await fetch(`${server.http}/readyz`);
    expect(response.status).toBe(503);
    expect(await response.text()).toMatch(/not ready: database is locked/);
    // The probe gives up quickly instead of hanging the server.
    expect(Date.now() - started).toBeLessThan(3000);
    expect(await status('/healthz')).toBe(200);

    other.exec('ROLLBACK');
    other.close();
    expect(await status('/readyz')).toBe(200);
  });

  it('/readyz fails when the database file has been taken away', async () => {
    server = await startTestServer();
    expect(await status('/readyz')).toBe(200);
    renameSync(databasePath(server.dataDir), `${databasePath(server.dataDir)}.moved`);
    expect(await status('/readyz')).toBe(503);
  });

  it('a server that shuts down stops accepting connections', async () => {
    server = await startTestServer();
    const { http } = server;
    await server.close();
    server = undefined;
    await expect(fetch(`${http}/healthz`)).rejects.toThrow();
  });
});
