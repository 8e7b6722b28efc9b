import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { randomBytes } from 'node:crypto';
import * as Y from 'yjs';
import { LIMITS } from '../../src/domain/limits';

import { cardText, connect, createSession, disconnectAll, joinAs, rawSocket, startTestServer, synced, waitFor, writeCard, type TestServer, syncUpdateMessage } from './support';

const MAX_TEXT_LENGTH = LIMITS.textLength;

let server: TestServer;
beforeAll(async () => { server = await startTestServer(); });
afterEach(disconnectAll);
afterAll(async () => { await server.close(); });

/** A bystander who must keep working whatever the other connection sends. */
async function bystanderKeepsWorking(code: string) {
  const bystander = await joinAs(server, code, 'Ann');
  const witness = await joinAs(server, code, 'Bob');
  return async () => {
    const value = `still here ${Math.random()}`;
    writeCard(bystander, `check-${value}`, value);
    await waitFor(() => cardText(witness.doc, `check-${value}`) === value, 'bystander edit');
    expect(bystander.closes).toEqual([]);
  };
}

describe('bad input', () => {
  it('a message over 1 MiB closes that connection with 1009', async () => {
    const { code } = await createSession(server.http);
    const check = await bystanderKeepsWorking(code);
    const { socket, closed } = await rawSocket(server.ws, code);
    socket.send(Buffer.alloc(1024 * 1024 + 10, 1));
    expect((await closed).code).toBe(1009);
    await check();
  });

  it('random bytes close that connection only', async () => {
    const { code } = await createSession(server.http);
    const check = await bystanderKeepsWorking(code);
    const { socket, closed } = await rawSocket(server.ws, code);
    // Starts with an unknown message type, then noise.
    socket.send(Buffer.concat([Buffer.from([0x7f]), randomBytes(200)]));
    expect((await closed).code).toBe(1007);
    await check();
    expect(server.logs.some((line) => line.includes('malformed message'))).toBe(true);
  });

  it('a truncated sync message closes that connection only and changes nothing', async () => {
    const { code } = await createSession(server.http);
    const check = await bystanderKeepsWorking(code);
    const source = new Y.Doc();
    source.getMap('cards').set('half', 'x'.repeat(200));
    const message = syncUpdateMessage(Y.encodeStateAsUpdate(source));
    const { socket, closed } = await rawSocket(server.ws, code);
    socket.send(message.subarray(0, message.length - 40));
    expect((await closed).code).toBe(1007);
    await check();
    expect(server.rooms.get(code)?.worksheet.doc.getMap('cards').has('half')).toBe(false);
  });

  it('an update whose inner bytes are garbage is refused without touching the document', async () => {
    const { code } = await createSession(server.http);
    const check = await bystanderKeepsWorking(code);
    const { socket, closed } = await rawSocket(server.ws, code);
    socket.send(syncUpdateMessage(randomBytes(64)));
    expect((await closed).code).toBe(1007);
    await check();
  });

  it('a text frame is refused', async () => {
    const { code } = await createSession(server.http);
    const { socket, closed } = await rawSocket(server.ws, code);
    socket.send('hello');
    expect((await closed).code).toBe(1003);
  });

  it('an unknown session code is closed with 4404', async () => {
    const stranger = connect(server.ws, 'ZZZZZZ');
    await waitFor(() => stranger.closes.length > 0, 'close');
    expect(stranger.closes[0].code).toBe(4404);
    const garbage = connect(server.ws, 'not-a-code');
    await waitFor(() => garbage.closes.length > 0, 'close');
    expect(garbage.closes[0].code).toBe(4404);
  });

  it('overlong text is cut back to the limit for everyone, however it was typed', async () => {
    const { code } = await createSession(server.http);
    const writer = await joinAs(server, code, 'Ann');
    const reader = await joinAs(server, code, 'Bob');
    // Cards are maps inside the root map, with their text as a Y.Text, as the app stores them.
    const card = writeCard(writer, 'c1', '');
    const text = card.get('text') as Y.Text;
    text.insert(0, 'x'.repeat(MAX_TEXT_LENGTH + 500));
    card.set('role', 'z'.repeat(MAX_TEXT_LENGTH * 3));
    const readerCard = () => reader.doc.getMap('cards').get('c1') as Y.Map<unknown> | undefined;
    await waitFor(() => readerCard()?.get('role') === 'z'.repeat(MAX_TEXT_LENGTH) && card.get('role') === 'z'.repeat(MAX_TEXT_LENGTH), 'capped value');
    await waitFor(() => (readerCard()?.get('text') as Y.Text).length === MAX_TEXT_LENGTH && text.length === MAX_TEXT_LENGTH, 'capped text');
    for (let i = 0; i < 12; i++) text.insert(text.length, 'y'.repeat(100));
    await waitFor(() => (readerCard()?.get('text') as Y.Text).length === MAX_TEXT_LENGTH && text.length === MAX_TEXT_LENGTH, 'capped after many inserts');
    // The writer's next edits still arrive: nothing of theirs was left pending.
    writeCard(writer, 'ok', 'fine');
    await waitFor(() => cardText(reader.doc, 'ok') === 'fine', 'next update');
  });

  it('a session refuses people beyond its limit with 4429', async () => {
    const small = await startTestServer({ maxPeoplePerSession: 2 });
    try {
      const { code } = await createSession(small.http);
      const a = connect(small.ws, code);
      const b = connect(small.ws, code);
      await Promise.all([synced(a), synced(b)]);
      const c = connect(small.ws, code);
      await waitFor(() => c.closes.length > 0, 'refusal');
      expect(c.closes[0].code).toBe(4429);
      expect(a.closes).toEqual([]);
    } finally {
      disconnectAll();
      await small.close();
    }
  });

  it('joins beyond the rate limit are refused, a class of 40 is not', async () => {
    const limited = await startTestServer();
    try {
      const { code } = await createSession(limited.http);
      const sockets = await Promise.all(Array.from({ length: 80 }, () => rawSocket(limited.ws, code)));
      expect(sockets.length).toBe(80);
      for (const { socket } of sockets) socket.close();
    } finally {
      await limited.close();
    }
    const strict = await startTestServer({ joinLimit: { burst: 3, perSecond: 0.001 } });
    try {
      const { code } = await createSession(strict.http);
      for (let i = 0; i < 3; i++) (await rawSocket(strict.ws, code)).socket.close();
      await expect(rawSocket(strict.ws, code)).rejects.toThrow('429');
    } finally {
      await strict.close();
    }
  });
});
