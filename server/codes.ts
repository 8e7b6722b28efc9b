import { createHash, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';

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

export function newFacilitatorKey(): string {
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

/** A key as `newFacilitatorKey` makes them: 32 random bytes, base64url. A restore may not pick a weak one. */
export function isWellFormedKey(key: string): boolean {
  return /^[A-Za-z0-9_-]{43}$/.test(key);
}
