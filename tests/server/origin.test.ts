/**
 * A page from another port of the same host is the same site, so the facilitator's browser sends
 * it the SameSite identity cookie on a websocket. The server accepts upgrades only from its own
 * origin or a listed one; everything else gets 403 before a byte of a document moves.
 */
import { afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { WebsocketProvider } from 'y-websocket';
import { connect, createSession, disconnectAll, identify, joinAs, startTestServer, synced, waitFor, writeCard, type TestServer } from './support';

let server: TestServer | undefined;
afterEach(async () => {
  disconnectAll();
  await server?.close();
  server = undefined;
});

/** Opens a websocket with the headers a browser page would send; resolves with the upgrade's status. */
function upgradeStatus(url: string, headers: Record<string, string>): Promise<number> {
  return new Promise((resolve) => {
    const socket = new WebSocket(url, { headers });
    socket.on('error', () => {});
    socket.on('open', () => {
      resolve(101);
      socket.close();
    });
    socket.on('unexpected-response', (_request, response) => {
      resolve(response.statusCode ?? 0);
      response.resume();
      socket.terminate();
    });
  });
}

/** A WebsocketProvider that sends an Origin header and a cookie, as a page in a browser does. */
function fromPage(origin: string, cookie: string): typeof globalThis.WebSocket {
  return class extends WebSocket {
    constructor(url: string, protocols?: string | string[]) {
      super(url, protocols, { headers: { origin, cookie } });
    }
  } as unknown as typeof globalThis.WebSocket;
}

describe('websockets from pages on another origin', () => {
  it('a page on another port of the same host, with the facilitator\'s cookie, is refused with 403 and reads or writes nothing', async () => {
    server = await startTestServer();
    const { code, facilitatorKey } = await createSession(server.http);
    const facilitator = await joinAs(server, code, 'Begeleider', { key: facilitatorKey });
    writeCard(facilitator, 'kaart', 'verborgen antwoord');
    const elsewhere = `http://127.0.0.1:${server.port + 1}`;

    for (const room of [code, `${code}/own`, `${code}/control`]) {
      expect(await upgradeStatus(`${server.ws}/${room}`, { origin: elsewhere, cookie: facilitator.cookie })).toBe(403);
    }

    // The stock provider from that page: it never syncs, its timer never reaches the session.
    const stolen = new Y.Doc();
    const page = new WebsocketProvider(server.ws, code, stolen, { WebSocketPolyfill: fromPage(elsewhere, facilitator.cookie), disableBc: true, maxBackoffTime: 100 });
    const refusals = () => server!.logs.filter((line) => line.includes('another origin'));
    stolen.getMap('control').set('timer', { endsAt: Date.now() + 999_000 });
    await waitFor(() => refusals().length > 0, 'the refusal in the log');

    // Proof that the room went on meanwhile: a later edit from the facilitator reaches a colleague,
    // and neither sees anything of the other page; the page got no card.
    const colleague = await joinAs(server, code, 'Collega');
    writeCard(facilitator, 'later', 'na de poging');
    await waitFor(() => colleague.doc.getMap('cards').has('later'), 'the later card');
    expect(colleague.doc.getMap('control').has('timer')).toBe(false);
    expect(facilitator.doc.getMap('control').has('timer')).toBe(false);
    expect(stolen.getMap('cards').size).toBe(0);
    expect(page.synced).toBe(false);
    page.destroy();
    // Said once, however often the page tried.
    expect(refusals()).toHaveLength(1);
    expect(JSON.parse(refusals()[0])).toMatchObject({ level: 'warn', origin: elsewhere });
  });

  it('the page\'s own origin, a listed origin and a client without an Origin (a script) are accepted', async () => {
    server = await startTestServer({ allowedOrigins: ['https://praatplaten.school.example'] });
    const { code, facilitatorKey } = await createSession(server.http);
    const { cookie } = await identify(server.http, code, { key: facilitatorKey });
    const own = new Y.Doc();
    const page = new WebsocketProvider(server.ws, code, own, { WebSocketPolyfill: fromPage(server.http, cookie), disableBc: true });
    await waitFor(() => page.synced, 'the own page to sync');
    page.destroy();
    expect(await upgradeStatus(`${server.ws}/${code}`, { origin: `http://localhost:${server.port}`, host: `localhost:${server.port}` })).toBe(101);
    expect(await upgradeStatus(`${server.ws}/${code}`, { origin: 'https://praatplaten.school.example' })).toBe(101);
    expect(await upgradeStatus(`${server.ws}/${code}`, { cookie })).toBe(101);
    const script = connect(server.ws, code, { cookie });
    await synced(script);
  });

  it.each([
    ['a sandboxed page (Origin null)', 'null'],
    ['the same host over https', 'https://127.0.0.1:PORT'],
    ['another host name on the same port', 'http://localhost:PORT'],
    ['a listed origin on another port', 'https://praatplaten.school.example:8443'],
  ])('%s is refused', async (_, template) => {
    server = await startTestServer({ allowedOrigins: ['https://praatplaten.school.example'] });
    const { code } = await createSession(server.http);
    const origin = template.replace('PORT', String(server.port));
    expect(await upgradeStatus(`${server.ws}/${code}`, { origin })).toBe(403);
  });

  it('behind a proxy (TRUST_PROXY) the forwarded host and scheme are the page\'s origin; without it they are not believed', async () => {
    const forwarded = { origin: 'https://praatplaten.test:8443', 'x-forwarded-host': 'praatplaten.test:8443', 'x-forwarded-proto': 'https' };
    server = await startTestServer({ trustProxy: true });
    const { code } = await createSession(server.http);
    expect(await upgradeStatus(`${server.ws}/${code}`, forwarded)).toBe(101);
    expect(await upgradeStatus(`${server.ws}/${code}`, { ...forwarded, 'x-forwarded-proto': 'http' })).toBe(403);
    await server.close();

    server = await startTestServer();
    const second = await createSession(server.http);
    expect(await upgradeStatus(`${server.ws}/${second.code}`, forwarded)).toBe(403);
  });
});
