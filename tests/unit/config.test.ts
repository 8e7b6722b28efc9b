import { describe, expect, it } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readConfig } from '../../server/config';

const dataDir = mkdtempSync(join(tmpdir(), 'praatplaten-config-unit-'));
const read = (env: Record<string, string>) => readConfig({ DATA_DIR: dataDir, ...env });

const hexSecret = 'a1'.repeat(32);
const base64Secret = Buffer.alloc(32, 7).toString('base64url');

describe('readConfig', () => {
  it('has the README\'s defaults', () => {
    expect(read({})).toMatchObject({
      port: 8080, dataDir, retentionDays: 30, maxConnectionsPerSession: 200, trustProxy: false, allowedOrigins: [], rateLimits: true, logLevel: 'info',
    });
  });

  it.each([
    [{ PORT: '0' }, { port: 0 }],
    [{ PORT: ' 3000 ' }, { port: 3000 }],
    [{ TRUST_PROXY: '1' }, { trustProxy: true }],
    [{ TRUST_PROXY: 'true' }, { trustProxy: true }],
    [{ TRUST_PROXY: '0' }, { trustProxy: false }],
    [{ RATE_LIMIT: 'off' }, { rateLimits: false }],
    [{ RETENTION_DAYS: '7' }, { retentionDays: 7 }],
    [{ RETENTION_DAYS: '0.5' }, { retentionDays: 0.5 }],
    [{ RETENTION_DAYS: '.25' }, { retentionDays: 0.25 }],
    [{ RETENTION_DAYS: ' 1.5 ' }, { retentionDays: 1.5 }],
    [{ LOG_LEVEL: 'debug' }, { logLevel: 'debug' }],
    [{ DATA_DIR: ':memory:' }, { dataDir: ':memory:' }],
    [{ ALLOWED_ORIGINS: 'https://praatplaten.school.nl, HTTPS://Other.example:443/,http://localhost:5173' }, { allowedOrigins: ['https://praatplaten.school.nl', 'https://other.example', 'http://localhost:5173'] }],
  ])('reads %o', (env, expected) => {
    expect(read(env)).toMatchObject(expected);
  });

  it.each([
    [{ PORT: '8080x' }, 'PORT must be a whole number from 0 to 65535, not "8080x"'],
    [{ PORT: '-1' }, 'PORT must be a whole number from 0 to 65535, not "-1"'],
    [{ PORT: '1.5' }, 'PORT must be a whole number from 0 to 65535, not "1.5"'],
    [{ RETENTION_DAYS: '0' }, 'RETENTION_DAYS must be a positive number of days up to 36500 (fractions such as 0.5 allowed), not "0"'],
    [{ RETENTION_DAYS: '0.0' }, 'RETENTION_DAYS must be a positive number of days up to 36500 (fractions such as 0.5 allowed), not "0.0"'],
    [{ RETENTION_DAYS: '-1' }, 'RETENTION_DAYS must be a positive number'],
    [{ RETENTION_DAYS: '1e3' }, 'RETENTION_DAYS must be a positive number'],
    [{ RETENTION_DAYS: '0,5' }, 'RETENTION_DAYS must be a positive number'],
    [{ RETENTION_DAYS: '36501' }, 'RETENTION_DAYS must be a positive number'],
    [{ MAX_CONNECTIONS_PER_SESSION: 'many' }, 'MAX_CONNECTIONS_PER_SESSION must be a whole number from 1 to 100000, not "many"'],
    [{ TRUST_PROXY: 'yes please' }, 'TRUST_PROXY must be 1 or 0, not "yes please"'],
    [{ ALLOWED_ORIGINS: 'praatplaten.school.nl' }, 'ALLOWED_ORIGINS must be origins such as https://praatplaten.school.nl, separated by commas; "praatplaten.school.nl" is not one'],
    [{ ALLOWED_ORIGINS: 'https://a.example/app' }, '"https://a.example/app" is not one'],
    [{ ALLOWED_ORIGINS: '*' }, '"*" is not one'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent, not "loud"'],
  ])('refuses %o with one line', (env, message) => {
    expect(() => read(env)).toThrow(message);
  });

  it('reads PRAATPLATEN_SECRET as hex or base64url of at least 32 bytes', () => {
    expect(read({}).secret).toBeUndefined();
    expect(read({ PRAATPLATEN_SECRET: hexSecret }).secret).toEqual(Buffer.alloc(32, 0xa1));
    expect(read({ PRAATPLATEN_SECRET: ` ${base64Secret}\n` }).secret).toEqual(Buffer.alloc(32, 7));
  });

  it.each([
    ['too short', 'a1'.repeat(31)],
    ['not hex or base64url', `${'a1'.repeat(32)}!`],
    ['a passphrase', 'correct horse battery staple, twice over'],
  ])('refuses a PRAATPLATEN_SECRET that is %s, without repeating it', (_, value) => {
    expect(() => read({ PRAATPLATEN_SECRET: value })).toThrow(/^PRAATPLATEN_SECRET must be at least 32 random bytes written as hex or base64url/);
    try {
      read({ PRAATPLATEN_SECRET: value });
    } catch (error) {
      expect((error as Error).message).not.toContain(value);
    }
  });
});
