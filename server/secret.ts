/**
 * The server's secret: it signs the identity cookies and makes facilitator
 * keys that prove themselves. It is kept apart from the database, so a lost
 * or damaged database does not take it along: every browser keeps its
 * identity, and a facilitator's key can still prove which session it opens.
 * From PRAATPLATEN_SECRET when set (config.ts checks it), else from
 * `secret.key` in the data folder, made on first start (mode 0600) and copied
 * by `npm run backup`. A database from before this file held the secret
 * itself; that one is written to the file, so existing cookies stay valid.
 */
import { randomBytes } from 'node:crypto';
import { chmodSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { StoreError } from './persistence';

export const SECRET_FILE = 'secret.key';
export const SECRET_BYTES = 32;

export const secretPath = (dataDir: string) => join(dataDir, SECRET_FILE);

/** A secret written as hex or base64url, at least 32 bytes; undefined for anything else. */
export function secretFromText(text: string): Buffer | undefined {
  const written = text.trim();
  let bytes: Buffer | undefined;
  if (/^(?:[0-9a-fA-F]{2})+$/.test(written)) bytes = Buffer.from(written, 'hex');
  else if (/^[A-Za-z0-9_-]+$/.test(written) && written.length % 4 !== 1) bytes = Buffer.from(written, 'base64url');
  return bytes && bytes.length >= SECRET_BYTES ? bytes : undefined;
}

/**
 * The secret in `secret.key`; when there is none yet, `inherited` (the secret an older database
 * holds) or a new random one, written there first. A file that is there but unreadable or not a
 * secret stops the start: making a new one would quietly invalidate every browser's identity.
 */
export function loadSecretFile(dataDir: string, inherited: () => Buffer | undefined): Buffer {
  const path = secretPath(dataDir);
  let text: string | undefined;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'ENOENT') throw new StoreError(`${path} cannot be read (${code}); the server's user must be able to read it`);
  }
  if (text !== undefined) {
    const secret = secretFromText(text);
    if (!secret) throw new StoreError(`${path} does not hold a secret of at least ${SECRET_BYTES} bytes (hex or base64url): restore it from a backup, or delete it to make a new one (every browser then joins again)`);
    return secret;
  }
  const secret = inherited() ?? randomBytes(SECRET_BYTES);
  // Written whole or not at all: a half-written secret would stop the next start.
  const partial = `${path}.partial`;
  rmSync(partial, { force: true });
  writeFileSync(partial, `${secret.toString('hex')}\n`, { mode: 0o600, flag: 'wx' });
  chmodSync(partial, 0o600);
  renameSync(partial, path);
  return secret;
}
