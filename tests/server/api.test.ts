import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { CODE_ALPHABET } from '../../server/codes';
import { createSession, disconnectAll, startTestServer, waitFor, type TestServer, cardText, joinAs, writeCard } from './support';

let server: TestServer;
beforeAll(async () => { server = await startTestServer(); });
afterEach(disconnectAll);
afterAll(async () => { await server.close(); });

describe('the session API', () => {
  it('GET /healthz answers 200', async () => {
    const response = await fetch(`${server.http}/healthz`);
    expect(response.status).toBe(200);
  });

  it('creating a session gives a six-character code without look-alikes and a long secret key', async () => {
    const codes = new Set<string>();
    for (let i = 0; i < 10; i++) {
      const { code, facilitatorKey } = await createSession(server.http);
      expect(code).toMatch(new RegExp(`^[${CODE_ALPHABET}]{6}$`));
      expect(code).not.toMatch(/[01OIL]/);
      expect(facilitatorKey.length).toBeGreaterThanOrEqual(40);
      codes.add(code);
    }
    expect(codes.size).toBe(10);
  });

  it('a session can be looked up by its code, in any case', async () => {
    const { code } = await createSession(server.http, 'ROC Midden, 12 maart');
    const response = await fetch(`${server.http}/api/sessions/${code.toLowerCase()}`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ code, title: 'ROC Midden, 12 maart' });
    expect((await fetch(`${server.http}/api/sessions/ZZZZZZ`)).status).toBe(404);
  });

  it('deleting with the wrong key deletes nothing', async () => {
    const { code } = await createSession(server.http);
    const writer = await joinAs(server, code, 'Ann');
    writeCard(writer, 'c', 'kept');
    await waitFor(() => cardText(server.rooms.get(code)!.worksheet.doc, 'c') === 'kept', 'stored');
    const response = await fetch(`${server.http}/api/sessions/${code}`, { method: 'DELETE', headers: { authorization: 'Bearer wrong' } });
    expect(response.status).toBe(403);
    expect((await fetch(`${server.http}/api/sessions/${code}`, { method: 'DELETE' })).status).toBe(403);
    expect((await fetch(`${server.http}/api/sessions/${code}`)).status).toBe(200);
    const reader = await joinAs(server, code, 'Bob');
    await waitFor(() => cardText(reader.doc, 'c') === 'kept', 'card still there');
  });

  it('deleting with the facilitator key removes the session and all its data at once', async () => {
    const { code, facilitatorKey } = await createSession(server.http);
    const participant = await joinAs(server, code, 'Ann');
    writeCard(participant, 'c', 'to be deleted');
    await new Promise((resolve) => setTimeout(resolve, 50));
    const response = await fetch(`${server.http}/api/sessions/${code}`, { method: 'DELETE', headers: { authorization: `Bearer ${facilitatorKey}` } });
    expect(response.status).toBe(204);
    // 4410, not 4404: the browsers forget their copies only when the session was really deleted.
    await waitFor(() => participant.closes.some((close) => close.code === 4410), 'participant told');
    expect((await fetch(`${server.http}/api/sessions/${code}`)).status).toBe(410);
    expect(server.store.load(code)).toEqual([]);
    expect(server.store.load(`${code}/control`)).toEqual([]);
  });

  it('malformed requests get a clear error', async () => {
    const json = { 'content-type': 'application/json' };
    const bad = await fetch(`${server.http}/api/sessions`, { method: 'POST', headers: json, body: '{not json' });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toEqual({ error: 'Request body is not valid JSON' });
    const wrongType = await fetch(`${server.http}/api/sessions`, { method: 'POST', headers: json, body: JSON.stringify({ title: 42 }) });
    expect(wrongType.status).toBe(400);
    const huge = await fetch(`${server.http}/api/sessions`, { method: 'POST', headers: json, body: JSON.stringify({ title: 'x'.repeat(10_000) }) });
    expect(huge.status).toBe(413);
    // A plain-text body (what a cross-site form can send without asking) creates nothing.
    const plain = await fetch(`${server.http}/api/sessions`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: JSON.stringify({ title: 'x' }) });
    expect(plain.status).toBe(415);
    expect(plain.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('a long title is cut to 120 characters', async () => {
    const { code } = await createSession(server.http, 'y'.repeat(300));
    const { title } = await (await fetch(`${server.http}/api/sessions/${code}`)).json() as { title: string };
    expect(title.length).toBe(120);
  });

  it('session creation is rate limited per address', async () => {
    const limited = await startTestServer();
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 25; i++) {
        const response = await fetch(`${limited.http}/api/sessions`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
        statuses.push(response.status);
      }
      expect(statuses.slice(0, 20).every((status) => status === 201)).toBe(true);
      expect(statuses.at(-1)).toBe(429);
    } finally {
      await limited.close();
    }
  });
});
