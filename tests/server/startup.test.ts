/**
 * What the server does with a damaged database: it refuses to start with one
 * clear line, instead of starting empty or dying later. (Bad settings: config.test.ts.)
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSqliteStore, StoreError } from '../../server/persistence';

const scratch = () => mkdtempSync(join(tmpdir(), 'praatplaten-start-'));

/** Runs the real entry point and returns its exit code and output. */
function start(env: Record<string, string>) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', ...env }, encoding: 'utf8', timeout: 20_000,
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

describe('the database at start', () => {
  it('a database truncated to 0 bytes is refused, not started empty', () => {
    const dir = scratch();
    writeFileSync(join(dir, 'praatplaten.sqlite'), '');
    const { status, output } = start({ DATA_DIR: dir });
    expect(status).toBe(1);
    const lines = output.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^praatplaten: .*praatplaten\.sqlite is empty \(0 bytes\): restore it from a backup/);
  });

  it('a damaged data page is found by the check at start', async () => {
    const dir = scratch();
    const file = join(dir, 'praatplaten.sqlite');
    const store = openSqliteStore(file);
    for (let i = 0; i < 200; i++) store.appendMany([{ name: `S${i}`, update: new Uint8Array(3000).fill(i % 250) }]);
    await store.close();
    // Overwrite a page in the middle of the file with noise.
    const size = statSync(file).size;
    const fd = openSync(file, 'r+');
    writeSync(fd, Buffer.alloc(4096, 0xa5), 0, 4096, Math.floor(size / 2 / 4096) * 4096);
    closeSync(fd);
    expect(() => openSqliteStore(file)).toThrow(StoreError);
    expect(() => openSqliteStore(file)).toThrow(/is damaged .*restore it from a backup/);
  });
});
