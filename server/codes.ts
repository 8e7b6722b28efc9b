import { createHash, createHmac, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';

/** No 0/O, 1/I/L: codes are read aloud and typed from a projector. */
export const CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
export const CODE_LENGTH = 6;
const CODE_PATTERN = new RegExp(`^[${CODE_ALPHABET}]{${CODE_LENGTH}}$`);

export function newSessionCode(): string {
  let code = '';
  for (let i = 0; i < CODE_LENGTH; i++) code += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
  return code;
}

/** Codes are typed by people: accept lower case and spaces, reject anything else. */
export function normalizeCode(input: string): string | undefined {
  const code = input.replace(/[\s-]/g, '').toUpperCase();
  return CODE_PATTERN.test(code) ? code : undefined;
}

const KEY_RANDOM_BYTES = 32;
const KEY_PROOF_BYTES = 16;

/**
 * Facilitator keys that prove themselves: 32 random bytes and a MAC over the
 * session code and those bytes under the server's secret, base64url (64
 * characters). Only this server can make one, and only for a code it issued,
 * so after a data loss it can tell the facilitator's key from one a stranger
 * made up, without having stored anything about the session. Keys made before
 * (43 characters, random only) still open their session, but prove nothing.
 */
export class FacilitatorKeys {
  constructor(private readonly secret: Buffer) {}

  issue(code: string): string {
    const random = randomBytes(KEY_RANDOM_BYTES);
    return Buffer.concat([random, this.proof(code, random)]).toString('base64url');
  }

  /** Whether this server made `key` for `code`. */
  proves(key: string | undefined, code: string): boolean {
    if (!key || !/^[A-Za-z0-9_-]{64}$/.test(key)) return false;
    const bytes = Buffer.from(key, 'base64url');
    if (bytes.length !== KEY_RANDOM_BYTES + KEY_PROOF_BYTES) return false;
    const expected = this.proof(code, bytes.subarray(0, KEY_RANDOM_BYTES));
    return timingSafeEqual(expected, bytes.subarray(KEY_RANDOM_BYTES));
  }

  private proof(code: string, random: Buffer): Buffer {
    // Its own label: the same secret signs identity cookies, whose bodies never contain a NUL.
    return createHmac('sha256', this.secret).update(`praatplaten facilitator key\0${code}\0`).update(random).digest().subarray(0, KEY_PROOF_BYTES);
  }
}

/** 32 random bytes, base64url: a key that proves nothing but itself (an event's organiser key). */
export function newRandomKey(): string {
  return randomBytes(32).toString('base64url');
}

/** The key has 256 random bits, so a fast hash is enough; only the hash is stored. */
export function hashKey(key: string): string {
  return createHash('sha256').update(key).digest('hex');
}

export function keyMatches(key: string | undefined | null, hash: string): boolean {
  if (!key) return false;
  const given = Buffer.from(hashKey(key), 'hex');
  const expected = Buffer.from(hash, 'hex');
  return given.length === expected.length && timingSafeEqual(given, expected);
}
