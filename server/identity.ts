/**
 * Who is on the other end of a connection, as the server knows it: a
 * participant id the server handed out, a display name and a role. It travels
 * in a signed, HttpOnly cookie per session, so it is never in a URL (nor in a
 * reverse proxy's access log), a returning laptop is the same person, and no
 * page script can read it. A connection that presents nothing (a stock
 * provider) is a participant with a fresh id.
 */
import { createHmac, randomUUID, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { LIMITS } from '../src/domain/limits';
import type { Actor, Role } from '../src/domain/rights';

export interface Identity extends Actor {
  code: string;
}

const COOKIE_PREFIX = 'pp_';

export class Identities {
  constructor(private readonly secret: Buffer) {}

  /** A fresh participant: what a connection that presents nothing gets. */
  stranger(code: string): Identity {
    return { code, id: randomUUID(), name: '', role: 'participant' };
  }

  issue(identity: Identity): string {
    const body = Buffer.from(JSON.stringify({ c: identity.code, i: identity.id, n: identity.name, r: identity.role })).toString('base64url');
    return `${body}.${this.sign(body)}`;
  }

  /** The identity in a token, if the server signed it for this session. */
  verify(token: string | undefined, code: string): Identity | undefined {
    if (!token) return undefined;
    const [body, signature, ...rest] = token.split('.');
    if (!body || !signature || rest.length) return undefined;
    const expected = Buffer.from(this.sign(body));
    const given = Buffer.from(signature);
    if (expected.length !== given.length || !timingSafeEqual(expected, given)) return undefined;
    try {
      const fields = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as { c?: unknown; i?: unknown; n?: unknown; r?: unknown };
      if (fields.c !== code || typeof fields.i !== 'string' || typeof fields.n !== 'string' || !isRole(fields.r)) return undefined;
      return { code, id: fields.i, name: fields.n.slice(0, LIMITS.nameLength), role: fields.r };
    } catch {
      return undefined;
    }
  }

  /** The identity a request carries for a session, from its cookie. */
  fromRequest(request: IncomingMessage, code: string): Identity | undefined {
    return this.verify(readCookie(request, cookieName(code)), code);
  }

  private sign(body: string): string {
    return createHmac('sha256', this.secret).update(body).digest('base64url');
  }
}

export const cookieName = (code: string) => `${COOKIE_PREFIX}${code}`;

const isRole = (value: unknown): value is Role => value === 'facilitator' || value === 'participant' || value === 'viewer';

export function readCookie(request: IncomingMessage, name: string): string | undefined {
  const header = request.headers.cookie;
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const equals = part.indexOf('=');
    if (equals > 0 && part.slice(0, equals).trim() === name) return part.slice(equals + 1).trim();
  }
  return undefined;
}

/** The Set-Cookie header for an identity: HttpOnly, same-site, Secure behind HTTPS. */
export function identityCookie(code: string, token: string, maxAgeSeconds: number, secure: boolean): string {
  return `${cookieName(code)}=${token}; Path=/; Max-Age=${Math.round(maxAgeSeconds)}; HttpOnly; SameSite=Strict${secure ? '; Secure' : ''}`;
}
