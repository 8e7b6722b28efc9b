/** Real server on a random port, real y-websocket providers, a scratch data folder. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connect as tcpConnect } from 'node:net';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { WebsocketProvider } from 'y-websocket';
import { startServer, type ServerOptions, type RunningServer } from '../../server/app';

export interface TestServer extends RunningServer {
  http: string;
  ws: string;
  dataDir: string;
  logs: string[];
}

export async function startTestServer(options: Partial<ServerOptions> = {}): Promise<TestServer> {
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'praatplaten-'));
  const logs: string[] = [];
  const running = await startServer({
    port: 0, host: '127.0.0.1', staticDir: 'dist', dataDir, log: (message) => logs.push(message), ...options,
  });
  return { ...running, http: `http://127.0.0.1:${running.port}`, ws: `ws://127.0.0.1:${running.port}/ws`, dataDir, logs };
}

export async function createSession(base: string, title = 'Test'): Promise<{ code: string; facilitatorKey: string }> {
  const response = await fetch(`${base}/api/sessions`, {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ title }),
  });
  if (response.status !== 201) throw new Error(`create failed: ${response.status}`);
  return response.json() as Promise<{ code: string; facilitatorKey: string }>;
}

export interface Client {
  doc: Y.Doc;
  provider: WebsocketProvider;
  closes: { code: number; reason: string }[];
  denied: string[];
}

const clients: Client[] = [];

/**
 * Joins through the API as a browser does and returns the identity cookie the
 * websocket then presents (the facilitator gives the key here, never in a URL).
 */
export async function identify(base: string, code: string, options: { key?: string; name?: string; viewer?: string; cookie?: string } = {}): Promise<{ cookie: string; participantId: string; role: string }> {
  const response = await fetch(`${base}/api/sessions/${code}/join`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(options.key ? { authorization: `Bearer ${options.key}` } : {}),
      ...(options.cookie ? { cookie: options.cookie } : {}),
    },
    body: JSON.stringify({ name: options.name ?? 'Tester', ...(options.viewer ? { viewer: options.viewer } : {}) }),
  });
  if (response.status !== 200) throw new Error(`join failed: ${response.status} ${await response.text()}`);
  const cookie = response.headers.get('set-cookie')!.split(';')[0];
  const { participantId, role } = await response.json() as { participantId: string; role: string };
  return { cookie, participantId, role };
}

/** A ws WebSocket that presents a cookie, as a browser does on a same-origin websocket. */
function withCookie(cookie: string | undefined): unknown {
  if (!cookie) return WebSocket;
  return class extends WebSocket {
    constructor(url: string, protocols?: string | string[]) {
      super(url, protocols, { headers: { cookie } });
    }
  };
}

export function connect(wsBase: string, room: string, options: { cookie?: string; doc?: Y.Doc } = {}): Client {
  const doc = options.doc ?? new Y.Doc();
  const provider = new WebsocketProvider(wsBase, room, doc, {
    WebSocketPolyfill: withCookie(options.cookie) as unknown as typeof globalThis.WebSocket,
    disableBc: true,
    maxBackoffTime: 300,
  });
  const client: Client = { doc, provider, closes: [], denied: [] };
  // The stock provider only logs permission-denied messages; tests read them.
  provider.messageHandlers[2] = (_encoder, decoder) => {
    decoding.readVarUint(decoder);
    client.denied.push(decoding.readVarString(decoder));
  };
  provider.on('connection-close', (event) => {
    if (event) client.closes.push({ code: event.code, reason: event.reason });
  });
  clients.push(client);
  return client;
}

export function disconnectAll(): void {
  for (const client of clients.splice(0)) {
    client.provider.destroy();
    client.doc.destroy();
  }
}

export async function waitFor(check: () => boolean, what = 'condition', timeout = 5000): Promise<void> {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > timeout) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

export const synced = (client: Client) => waitFor(() => client.provider.synced, 'sync');

/** A raw websocket into a session, for sending what a well-behaved provider never would. */
export function rawSocket(wsBase: string, room: string, cookie?: string): Promise<{ socket: WebSocket; closed: Promise<{ code: number; reason: string }> }> {
  const socket = new WebSocket(`${wsBase}/${room}`, cookie ? { headers: { cookie } } : {});
  const closed = new Promise<{ code: number; reason: string }>((resolve) =>
    socket.on('close', (code, reason) => resolve({ code, reason: reason.toString() })),
  );
  socket.on('error', () => {});
  return new Promise((resolve, reject) => {
    socket.on('open', () => resolve({ socket, closed }));
    socket.on('unexpected-response', (_request, response) => reject(new Error(`upgrade refused: ${response.statusCode}`)));
  });
}

/** A y-websocket sync "update" message around raw update bytes, as a provider sends it. */
export function syncUpdateMessage(update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 0);
  encoding.writeVarUint(encoder, 2);
  encoding.writeVarUint8Array(encoder, update);
  return encoding.toUint8Array(encoder);
}

/** Sends raw bytes over TCP and resolves with the status line (or '' when the server just closed). */
export function rawRequest(port: number, text: string): Promise<string> {
  return new Promise((resolve) => {
    const socket = tcpConnect(port, '127.0.0.1', () => socket.write(text, 'latin1'));
    let received = '';
    socket.on('data', (chunk) => { received += chunk.toString('latin1'); });
    socket.on('error', () => resolve(received.split('\r\n')[0]));
    socket.on('close', () => resolve(received.split('\r\n')[0]));
    setTimeout(() => socket.destroy(), 3000);
  });
}

export interface Person extends Client {
  id: string;
  name: string;
  /** The identity cookie, for another connection as the same person. */
  cookie: string;
}

/** Joins as a browser does (the API, then the websocket with its cookie); the facilitator gives `key`. */
export async function joinAs(server: { http: string; ws: string }, room: string, name: string, options: { key?: string; doc?: Y.Doc } = {}): Promise<Person> {
  const code = room.split('/')[0];
  const { cookie, participantId } = await identify(server.http, code, { name, key: options.key });
  const client = connect(server.ws, room, { cookie, doc: options.doc });
  await synced(client);
  return Object.assign(client, { id: participantId, name, cookie });
}

/** Writes a card as the app does: a map in `cards`, its text a Y.Text, under the writer's id and name. */
export function writeCard(person: Person, id: string, text: string, options: { plate?: string; column?: string; authorId?: string; author?: string } = {}): Y.Map<unknown> {
  const card = new Y.Map<unknown>();
  person.doc.transact(() => {
    person.doc.getMap('cards').set(id, card);
    card.set('plate', options.plate ?? 'smjp');
    card.set('column', options.column ?? 'open-vraag');
    card.set('text', new Y.Text(text));
    card.set('detail', new Y.Text(''));
    card.set('author', options.author ?? person.name);
    card.set('authorId', options.authorId ?? person.id);
    card.set('createdAt', Date.now());
  });
  return card;
}

/** A card's text in a document, if the card is there. */
export function cardText(doc: Y.Doc, id: string): string | undefined {
  const card = doc.getMap('cards').get(id);
  const text = card instanceof Y.Map ? card.get('text') : undefined;
  return text instanceof Y.Text ? text.toString() : undefined;
}

/** A delete set covering every clock of every client the session has: a few bytes that would delete everything. */
export function bulkDelete(doc: Y.Doc): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 0);
  encoding.writeVarUint(encoder, doc.store.clients.size);
  for (const client of doc.store.clients.keys()) {
    encoding.writeVarUint(encoder, client);
    encoding.writeVarUint(encoder, 1);
    encoding.writeVarUint(encoder, 0);
    encoding.writeVarUint(encoder, 1 << 30);
  }
  return encoding.toUint8Array(encoder);
}
