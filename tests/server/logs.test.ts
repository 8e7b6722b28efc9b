import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../server/logger';
import { connect, createSession, disconnectAll, identify, joinAs, rawSocket, startTestServer, synced, waitFor, writeCard, type TestServer } from './support';

const lines: string[] = [];
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ logger: createLogger({ level: 'trace', sink: (line) => lines.push(line) }) });
});
afterEach(disconnectAll);
afterAll(async () => { await server.close(); });

describe('logs', () => {
  it('are JSON lines with a level, and a session\'s lines hold no card text, display name or key', async () => {
    const cardText = 'Onze docenten missen tijd voor scholing';
    const displayName = 'Fatima El Amrani';
    const { code, facilitatorKey } = await createSession(server.http, 'ROC Test');
    const facilitator = connect(server.ws, `${code}/control`, { cookie: (await identify(server.http, code, { key: facilitatorKey, name: 'Marieke' })).cookie });
    const participant = await joinAs(server, code, displayName);
    await synced(facilitator);
    participant.provider.awareness.setLocalStateField('user', { name: displayName });
    writeCard(participant, 'c1', cardText);
    facilitator.doc.getMap('control').set('locked', true);
    writeCard(participant, 'c2', `${cardText}, ook nu`);
    // A malformed message and a wrong key: the paths that log warnings.
    const { socket, closed } = await rawSocket(server.ws, code);
    socket.send(Uint8Array.of(0, 2, 200));
    await closed;
    const wrong = await fetch(`${server.http}/api/sessions/${code}`, { method: 'DELETE', headers: { authorization: 'Bearer not-the-key' } });
    expect(wrong.status).toBe(403);
    const deleted = await fetch(`${server.http}/api/sessions/${code}`, { method: 'DELETE', headers: { authorization: `Bearer ${facilitatorKey}` } });
    expect(deleted.status).toBe(204);
    await waitFor(() => lines.some((line) => line.includes('session deleted')), 'deletion logged');

    const entries = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
    for (const entry of entries) {
      expect(['trace', 'debug', 'info', 'warn', 'error', 'fatal']).toContain(entry.level);
      expect(typeof entry.time).toBe('string');
      expect(typeof entry.msg).toBe('string');
    }
    const about = entries.filter((entry) => entry.session === code);
    expect(about.map((entry) => entry.msg)).toEqual(expect.arrayContaining([
      'session created', 'connection opened', 'malformed message closed the connection', 'session deleted by its facilitator',
    ]));
    expect(about.find((entry) => entry.msg === 'malformed message closed the connection')?.level).toBe('warn');
    for (const line of lines) {
      expect(line).not.toContain(cardText.slice(0, 12));
      expect(line).not.toContain('Fatima');
      expect(line).not.toContain(facilitatorKey);
      expect(line).not.toContain('not-the-key');
    }
  });

  it('a burst of messages that closes a connection is logged once, not once per message', async () => {
    const { code } = await createSession(server.http);
    const { socket, closed } = await rawSocket(server.ws, code);
    const before = lines.length;
    // 3,000 small messages sent at once: most arrive before the close can take effect.
    const awareness = Uint8Array.of(1, 1, 0);
    for (let i = 0; i < 3000; i++) socket.send(awareness);
    expect((await closed).code).toBe(1013);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(lines.slice(before).filter((line) => line.includes('too many messages')).length).toBe(1);
  });

  it('redacts key fields should one ever be passed', () => {
    const written: string[] = [];
    createLogger({ sink: (line) => written.push(line) }).info({ key: 'secret-1', request: { authorization: 'Bearer secret-2' } }, 'oops');
    expect(written).toHaveLength(1);
    expect(written[0]).not.toMatch(/secret-/);
    expect(written[0]).toContain('[redacted]');
  });
});
