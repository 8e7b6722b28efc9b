/**
 * What went wrong talking to the server, as a translation key: the server
 * answers with HTTP status codes (its English text is for the operator and the
 * console), the app words them in the person's language.
 */

/** An answer of the session API that was not the one asked for. */
export class ApiError extends Error {
  constructor(readonly status: number, serverText = '') {
    // The message is for the console and the operator; people see apiErrorKey's words.
    super(`HTTP ${status}${serverText ? `: ${serverText}` : ''}`);
  }
}

export type ApiErrorKey =
  | 'apiErrors.offline'
  | 'apiErrors.badRequest'
  | 'apiErrors.notFacilitator'
  | 'apiErrors.notFound'
  | 'apiErrors.taken'
  | 'apiErrors.deleted'
  | 'apiErrors.tooLarge'
  | 'apiErrors.tooMany'
  | 'apiErrors.server'
  | 'apiErrors.unknown';

const BY_STATUS: Record<number, ApiErrorKey> = {
  400: 'apiErrors.badRequest',
  401: 'apiErrors.notFacilitator',
  403: 'apiErrors.notFacilitator',
  404: 'apiErrors.notFound',
  405: 'apiErrors.badRequest',
  409: 'apiErrors.taken',
  410: 'apiErrors.deleted',
  413: 'apiErrors.tooLarge',
  415: 'apiErrors.badRequest',
  429: 'apiErrors.tooMany',
};

/** The words for a failure: by status for an answer, "offline" when no answer came (fetch throws a TypeError). */
export function apiErrorKey(failure: unknown): ApiErrorKey {
  if (failure instanceof ApiError) return BY_STATUS[failure.status] ?? (failure.status >= 500 ? 'apiErrors.server' : 'apiErrors.unknown');
  if (failure instanceof TypeError) return 'apiErrors.offline';
  return 'apiErrors.unknown';
}
