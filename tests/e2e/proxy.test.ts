import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { request } from 'node:https';
import { resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import WebSocket from 'ws';
import { startServer, type RunningServer } from '../../server/app';
import { createLogger } from '../../server/logger';
import { launchChromium } from '../support/browser';
import { addCard, joinSession, startSession } from '../support/liveSession';
import { nginxPath, PROXY_ADDRESS, startNginx, type RunningNginx } from '../support/nginx';

const nginx = nginxPath();
const title = nginx
  ? 'behind nginx with TLS (docs/nginx.conf)'
  : 'behind nginx: SKIPPED, nginx is not installed (apt-get install nginx; .ci/run installs it)';

let server: RunningServer;
let proxy: RunningNginx;
let browser: Browser;
const logLines: Record<string, unknown>[] = [];

describe.skipIf(!nginx)(title, () => {
  beforeAll(async () => {
    const staticDir = resolve(process.env.BUILD_DIR ?? 'dist');
    if (!existsSync(resolve(staticDir, 'index.html'))) throw new Error('dist/ is missing: run npm run build first');
    server = await startServer({
      port: 0, host: '127.0.0.1', staticDir, dataDir: ':memory:', trustProxy: true,
      logger: createLogger({ sink: (line) => logLines.push(JSON.parse(line) as Record<string, unknown>) }),
    });
    proxy = await startNginx(server.port);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await proxy?.stop();
    await server?.close();
  });

  const addressesSeen = (code: string) =>
    logLines.filter((line) => line.session === code && line.msg === 'connection opened').map((line) => line.address);

  it('serves the app over https and a two-person session over wss, and the server sees the client\'s address', async () => {
    // The certificate is made for this test only, so this browser is told to accept it.
    const context = await browser.newContext({ ignoreHTTPSErrors: true, viewport: { width: 1366, height: 768 } });
    const facilitator = await context.newPage();
    const participant = await (await browser.newContext({ ignoreHTTPSErrors: true, viewport: { width: 1366, height: 768 } })).newPage();
    const sockets: string[] = [];
    facilitator.on('websocket', (socket) => sockets.push(socket.url()));

    const code = await startSession(facilitator, proxy.https);
    await joinSession(participant, proxy.https, code, 'Fatima');
    await addCard(participant, 'open-vraag', 'Via de proxy van school');
    await facilitator.locator('.card', { hasText: 'Via de proxy van school' }).waitFor();
    expect(sockets.length).toBeGreaterThan(0);
    for (const url of sockets) expect(url.startsWith(`wss://127.0.0.1:${new URL(proxy.https).port}/ws`)).toBe(true);

    // nginx reaches the server from PROXY_ADDRESS; the address in the log is the browser's, from X-Forwarded-For.
    const seen = addressesSeen(code);
    expect(seen.length).toBeGreaterThanOrEqual(3);
    expect(new Set(seen)).toEqual(new Set(['127.0.0.1']));

    // No websocket URL carries the facilitator's key (it went once, in a header, to the join API),
    // and nginx's access log, which has the paths, holds neither the key nor the identity cookie.
    const key = await facilitator.evaluate((session) => (JSON.parse(localStorage.getItem('praatplaten.facilitatorKeys') ?? '{}') as Record<string, string>)[session], code);
    expect(key).toBeTruthy();
    for (const url of sockets) expect(url).not.toContain(key);
    await context.close();
    // nginx logs a websocket when it closes.
    await expect.poll(() => proxy.accessLog(), { timeout: 5000 }).toContain(`/ws/${code}/control`);
    expect(proxy.accessLog()).not.toContain(key);
    expect(proxy.accessLog()).not.toContain(`pp_${code}`);
  });

  it('a client cannot choose its address by sending X-Forwarded-For itself', async () => {
    const created = await httpsJson('POST', '/api/sessions', JSON.stringify({ title: 'Spoof' }));
    const { code } = created as { code: string };
    const socket = new WebSocket(`wss://127.0.0.1:${new URL(proxy.https).port}/ws/${code}`, {
      ca: proxy.certificate, headers: { 'x-forwarded-for': '203.0.113.9' },
    });
    await new Promise((done, fail) => { socket.once('open', done); socket.once('error', fail); });
    socket.close();
    expect(addressesSeen(code)).toEqual(['127.0.0.1']);
    expect(addressesSeen(code)).not.toContain(PROXY_ADDRESS);
  });

  it('redirects http to https and keeps /metrics off the internet', async () => {
    const redirect = await fetch(`${proxy.http}/sessie/nieuw`, { redirect: 'manual' });
    expect(redirect.status).toBe(301);
    expect(redirect.headers.get('location')).toBe('https://127.0.0.1/sessie/nieuw');
    expect((await httpsStatus('/metrics'))).toBe(403);
    expect((await fetch(`http://127.0.0.1:${server.port}/metrics`)).status).toBe(200);
    expect((await httpsStatus('/healthz'))).toBe(200);
  });
});

function httpsCall(method: string, path: string, body?: string): Promise<{ status: number; text: string }> {
  return new Promise((done, fail) => {
    const call = request(`${proxy.https}${path}`, { method, ca: proxy.certificate, headers: body ? { 'content-type': 'application/json' } : {} }, (response) => {
      let text = '';
      response.on('data', (chunk: Buffer) => { text += chunk.toString(); });
      response.on('end', () => done({ status: response.statusCode ?? 0, text }));
    });
    call.on('error', fail);
    call.end(body);
  });
}

const httpsStatus = async (path: string) => (await httpsCall('GET', path)).status;
const httpsJson = async (method: string, path: string, body: string) => JSON.parse((await httpsCall(method, path, body)).text) as unknown;
