/** Server answers become words in the person's language: one line per answer. */
import { describe, expect, it } from 'vitest';
import nl from '../../src/i18n/nl.json';
import en from '../../src/i18n/en.json';
import { SessionDeleted, SessionNotFound, WrongKey } from '../../src/session/api';
import { ApiError, apiErrorKey } from '../../src/session/apiErrors';

describe('what a failed request says', () => {
  const cases: [string, unknown, string][] = [
    ['too many requests (429)', new ApiError(429, 'Too many new sessions from this address; try again in a minute'), 'apiErrors.tooMany'],
    ['a body too large (413)', new ApiError(413), 'apiErrors.tooLarge'],
    ['bad JSON (400)', new ApiError(400, 'Request body is not valid JSON'), 'apiErrors.badRequest'],
    ['the wrong media type (415)', new ApiError(415), 'apiErrors.badRequest'],
    ['not the facilitator (403)', new ApiError(403), 'apiErrors.notFacilitator'],
    ['no key (401)', new ApiError(401), 'apiErrors.notFacilitator'],
    ['a code of another session (409)', new ApiError(409), 'apiErrors.taken'],
    ['deleted (410)', new SessionDeleted('ABC234'), 'apiErrors.deleted'],
    ['unknown here (404)', new SessionNotFound('ABC234'), 'apiErrors.notFound'],
    ['a wrong key', new WrongKey('ABC234'), 'apiErrors.notFacilitator'],
    ['the server failed (500)', new ApiError(500, 'Internal error'), 'apiErrors.server'],
    ['a proxy without the server (502)', new ApiError(502), 'apiErrors.server'],
    ['an odd answer (418)', new ApiError(418), 'apiErrors.unknown'],
    ['no answer at all (fetch failed)', new TypeError('Failed to fetch'), 'apiErrors.offline'],
    ['anything else', new Error('boom'), 'apiErrors.unknown'],
  ];
  it.each(cases)('%s', (_, failure, key) => {
    expect(apiErrorKey(failure)).toBe(key);
  });

  it('every key has Dutch and English words, and neither repeats the server\'s English', () => {
    const lookup = (messages: object, key: string) => key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)?.[part], messages);
    for (const [, , key] of cases) {
      expect(typeof lookup(nl, key)).toBe('string');
      expect(typeof lookup(en, key)).toBe('string');
    }
  });
});
