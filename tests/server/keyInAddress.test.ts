/**
 * A facilitator key in a page's query reaches the server (and every proxy) with that request; the
 * app only makes `#key=` links. When one arrives anyway, the server moves the key after `#` with a
 * 303, so the page is loaded again without it, and writes it in no log line.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSession, rawRequest, startTestServer, type TestServer } from './support';

let server: TestServer;
beforeAll(async () => { server = await startTestServer(); });
afterAll(() => server.close());

const page = (path: string, method = 'GET') => fetch(`${server.http}${path}`, { method, redirect: 'manual' });

describe('a key in a page address', () => {
  it('is moved after # with a 303, other parameters kept, and never written to the log', async () => {
    const { code, facilitatorKey } = await createSession(server.http);
    const response = await page(`/sessie/${code}?key=${encodeURIComponent(facilitatorKey)}`);
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe(`/sessie/${code}#key=${facilitatorKey}`);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect((await page(`/resultaten/${code}?v=1,2,3&key=abc%2Fdef`, 'HEAD')).headers.get('location')).toBe(`/resultaten/${code}?v=1%2C2%2C3#key=abc%2Fdef`);
    // The address it sends the browser to carries no query, so the next request has no key in it.
    const next = new URL(response.headers.get('location')!, server.http);
    expect(next.search).toBe('');
    expect(new URLSearchParams(next.hash.slice(1)).get('key')).toBe(facilitatorKey);
    // A malformed target is refused (logged) without the key in the line either.
    expect(await rawRequest(server.port, `GET /sessie/%ZZ?key=${facilitatorKey} HTTP/1.1\r\nHost: x\r\n\r\n`)).toBe('HTTP/1.1 400 Bad Request');
    expect(server.logs.length).toBeGreaterThan(0);
    expect(server.logs.filter((line) => line.includes(facilitatorKey))).toEqual([]);
  });

  it.each([
    ['two leading slashes', '/%2F%2Fevil.example/x?key=k', '/evil.example/x#key=k'],
    ['a backslash', '/%5Cevil.example?key=k', '/%5Cevil.example#key=k'],
    ['a fragment-like segment', '/sessie/%23x?key=k', '/sessie/%23x#key=k'],
  ])('never sends the key to another host: %s', async (_, path, location) => {
    expect((await page(path)).headers.get('location')).toBe(location);
  });

  it('leaves the API, and pages without a key, alone', async () => {
    expect((await page('/sessie/ABCDEF')).status).not.toBe(303);
    expect((await page('/sessie/ABCDEF?v=1')).status).not.toBe(303);
    expect((await page('/api/sessions/ABCDEF?key=k')).status).toBe(404);
  });
});
