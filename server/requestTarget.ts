/**
 * Request targets come from anyone, scanners included: `//[`, `http://[x/ws/A`,
 * `/ws/%ZZ`. Parsing them never throws; what cannot be read is undefined, and
 * the caller answers 400.
 */
export interface RequestTarget {
  /** The percent-decoded path. */
  path: string;
  query: URLSearchParams;
}

export function parseRequestTarget(raw: string | undefined): RequestTarget | undefined {
  // Origin form only ("/path?query"): absolute and authority forms are for proxies, not for us.
  if (!raw || raw[0] !== '/' || raw.startsWith('//')) return undefined;
  const queryStart = raw.indexOf('?');
  const rawPath = queryStart < 0 ? raw : raw.slice(0, queryStart);
  let path: string;
  try {
    path = decodeURIComponent(rawPath);
  } catch {
    return undefined;
  }
  if (path.includes('\0')) return undefined;
  return { path, query: new URLSearchParams(queryStart < 0 ? '' : raw.slice(queryStart + 1)) };
}
