import { afterEach, describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { killServerProcesses, runCommand, startServerProcess } from '../support/serverProcess';

afterEach(killServerProcesses);

const start = (env: Record<string, string>) =>
  runCommand('server/main.ts', [], { HOST: '127.0.0.1', DATA_DIR: mkdtempSync(join(tmpdir(), 'praatplaten-config-')), ...env });

// These tests start processes (tsx compiles at each start), which is slow on a busy two-core machine.
describe('configuration errors stop the start with one clear line', { timeout: 60_000 }, () => {
  it.each([
    ['a PORT that is not a number', { PORT: 'eighty' }, /^praatplaten: PORT must be a whole number from 0 to 65535, not "eighty"\n$/],
    ['a PORT out of range', { PORT: '70000' }, /^praatplaten: PORT must be a whole number from 0 to 65535, not "70000"\n$/],
    ['a TRUST_PROXY that is not a switch', { TRUST_PROXY: 'maybe' }, /^praatplaten: TRUST_PROXY must be 1 or 0, not "maybe"\n$/],
    ['a PRAATPLATEN_SECRET too short to sign with', { PRAATPLATEN_SECRET: 'abc123' }, /^praatplaten: PRAATPLATEN_SECRET must be at least 32 random bytes written as hex or base64url \(openssl rand -hex 32 makes one\); the value given is 6 characters long\n$/],
    ['an ALLOWED_ORIGINS entry that is not an origin', { ALLOWED_ORIGINS: 'school.nl' }, /^praatplaten: ALLOWED_ORIGINS must be origins such as https:\/\/praatplaten\.school\.nl, separated by commas; "school\.nl" is not one\n$/],
  ])('%s', async (_, env, message) => {
    const result = await start(env);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(message);
    expect(result.stdout).toBe('');
  });

  it('a DATA_DIR that cannot be written', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'praatplaten-config-')), 'not-a-folder');
    writeFileSync(file, '');
    const result = await start({ DATA_DIR: join(file, 'data') });
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(`praatplaten: DATA_DIR ${join(file, 'data')} cannot be written (ENOTDIR); create it and give the server's user write access\n`);
  });

  it('a secret.key that holds no secret', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'praatplaten-config-'));
    writeFileSync(join(dataDir, 'secret.key'), 'leeg\n');
    const result = await start({ DATA_DIR: dataDir });
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(`praatplaten: ${join(dataDir, 'secret.key')} does not hold a secret of at least 32 bytes (hex or base64url): restore it from a backup, or delete it to make a new one (every browser then joins again)\n`);
  });

  it('a PORT another program already uses', async () => {
    const other = await startServerProcess(mkdtempSync(join(tmpdir(), 'praatplaten-config-')));
    const result = await start({ PORT: String(other.port) });
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(`praatplaten: PORT ${other.port} is already in use\n`);
  });
});
