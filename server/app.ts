/**
 * The HTTP server: the built app, a health check, the session API and the
 * websocket sync, all on one port.
 */
import { createHmac, randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket } from 'ws';
import { handleApi, type ApiContext } from './api';
import { Identities } from './identity';
import { FacilitatorKeys, normalizeCode } from './codes';
import { CLOSE, LIMITS, REFUSAL } from '../src/domain/limits';
import { Places, type PlaceLimits, type Seat } from './places';
import { RefusalBreaker } from './refusalBreaker';
import { attachConnection } from './connection';
import type { Peer } from './sharedDocument';
import { openSqliteStore, type Store } from './persistence';
import { RateLimiter } from './rateLimit';
import { parseRequestTarget } from './requestTarget';
import { Rooms } from './rooms';
import { Sessions } from './sessions';
import type { Target } from './sessionRoom';
import { createStaticHandler, keyMovedToFragment } from './static';
import { createLogger, type Logger } from './logger';
import { createMetrics } from './metrics';
import { handleOperatorRequest } from './operatorEndpoints';
import { closeSockets } from './shutdown';
import { listenAdminSocket } from './adminSocket';
import { databasePath } from './config';
import { checkOrigin } from './origin';
import { loadSecretFile, SECRET_BYTES } from './secret';
import { handleEventApi, ownsEventPath, type EventApiContext } from './eventApi';
import { Events } from './events';
import { SectorTotalsCache } from './sectorTotals';

export interface ServerOptions {
  port: number;
  host?: string;
  staticDir: string;
  /** Folder for the SQLite file; ':memory:' keeps everything in memory. */
  dataDir: string;
  retentionDays?: number;
  /** People in one session (see server/places.ts). */
  maxPeoplePerSession?: number;
  /** People in one session from one address. */
  maxPeoplePerAddress?: number;
  /** A connection that sends nothing this long after opening is closed. */
  silentConnectionMs?: number;
  maxMessageBytes?: number;
  /** Use the first X-Forwarded-For address as the client's (behind a reverse proxy). */
  trustProxy?: boolean;
  /** Pages on other origins whose websockets are accepted (normalised, see server/origin.ts). */
  allowedOrigins?: string[];
  /** Joins per address: burst and refill per second. */
  joinLimit?: { burst: number; perSecond: number };
  /** False turns the per-address limits off (load tests from one machine). */
  rateLimits?: boolean;
  /** Where log lines go; by default JSON lines on stdout. */
  logger?: Logger;
  /** Signs identities and facilitator keys; by default DATA_DIR/secret.key (server/secret.ts). */
  secret?: Buffer;
  /** Receives each JSON log line instead of stdout (tests). */
  log?: (line: string) => void;
}

export interface RunningServer {
  server: Server;
  port: number;
  store: Store;
  /** Sessions held in memory now (someone is connected). */
  rooms: Rooms;
  /** Each event's sector totals (the bench reads the time they cost). */
  sectorTotals: SectorTotalsCache;
  /** Stops accepting, stores everything, tells clients to reconnect (1012) and closes. */
  close: () => Promise<void>;
}

const SWEEP_INTERVAL_MS = 60 * 60 * 1000;
const PING_INTERVAL_MS = 30_000;

export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const log = options.logger ?? createLogger({ sink: options.log });
  const databaseFile = options.dataDir === ':memory:' ? undefined : databasePath(options.dataDir);
  const store = openSqliteStore(databaseFile ?? ':memory:', (message) => log.warn(message));
  const rooms = new Rooms(store);
  let secret: Buffer;
  try {
    secret = options.secret
      ?? (databaseFile ? loadSecretFile(options.dataDir, () => store.storedSecret('identity')) : randomBytes(SECRET_BYTES));
  } catch (error) {
    await store.close();
    throw error;
  }
  const sessions = new Sessions(store, rooms, options.retentionDays ?? 30, new FacilitatorKeys(secret));
  const placeLimits: PlaceLimits = {
    people: options.maxPeoplePerSession ?? LIMITS.peoplePerSession,
    reserved: Math.min(LIMITS.reservedForFacilitator, Math.floor((options.maxPeoplePerSession ?? LIMITS.peoplePerSession) / 10)),
    perAddress: options.maxPeoplePerAddress ?? LIMITS.peoplePerAddress,
    // Load tests from one machine (rate limits off) connect hundreds of stock providers from one address.
    strangersPerAddress: options.rateLimits === false ? Number.POSITIVE_INFINITY : Math.min(LIMITS.strangersPerAddress, options.maxPeoplePerAddress ?? LIMITS.strangersPerAddress),
    socketsPerPerson: LIMITS.socketsPerPerson,
  };
  const places = new Map<string, Places>();
  const refusals = new RefusalBreaker();
  // Websocket upgrades per address: a plenary of 120 behind one NAT opens 360 at once (three per
  // page) and again after each Wi-Fi drop; a class of 40 comes back from five drops in a minute.
  const unlimited = { burst: Number.POSITIVE_INFINITY, perSecond: 0 };
  const joinLimit = new RateLimiter(options.rateLimits === false ? unlimited : (options.joinLimit ?? { burst: 1000, perSecond: 40 }));
  const creationLimit = new RateLimiter(options.rateLimits === false ? unlimited : { burst: 20, perSecond: 1 / 60 });
  // Lookups and joins of a class of 40 behind one NAT, loading and reloading at once, fit the burst.
  const lookupLimit = new RateLimiter(options.rateLimits === false ? unlimited : { burst: 200, perSecond: 10 });
  const clientAddress = (request: IncomingMessage) => {
    const forwarded = options.trustProxy ? String(request.headers['x-forwarded-for'] ?? '').split(',')[0].trim() : '';
    return forwarded || request.socket.remoteAddress || 'unknown';
  };
  const serveStatic = createStaticHandler(options.staticDir);
  const identities = new Identities(secret);
  const apiContext: ApiContext = {
    sessions, identities, creationLimit, lookupLimit, clientAddress, log,
    cookieMaxAgeSeconds: (options.retentionDays ?? 30) * 24 * 60 * 60,
    // Behind a TLS-terminating proxy the cookie must still be marked Secure.
    isSecure: (request) => Boolean((request.socket as { encrypted?: boolean }).encrypted)
      || (Boolean(options.trustProxy) && String(request.headers['x-forwarded-proto'] ?? '').split(',')[0].trim() === 'https'),
  };
  // Read-only links to an event are signed with a key of their own, derived from the server's secret.
  const events = new Events(store, createHmac('sha256', secret).update('praatplaten event readers').digest(), options.retentionDays ?? 30);
  const sectorTotals = new SectorTotalsCache({
    links: (eventCode) => events.links(eventCode),
    liveDocument: (code) => rooms.get(code)?.worksheet.doc,
    store,
  });
  const eventContext: EventApiContext = { events, totals: sectorTotals };
  const failed = (what: string, error: unknown) => log.error({ reason: (error as Error)?.message ?? String(error) }, `${what} failed`);
  const metrics = createMetrics({ liveSessions: () => rooms.size, connections: () => wss.clients.size, databaseFile });
  const operatorContext = {
    metrics,
    log,
    checkReady: () => {
      if (closing) throw new Error('shutting down');
      store.check();
    },
  };

  const server = createServer((request, response) => {
    // Every answer, error pages included, is read as what its content type says.
    response.setHeader('x-content-type-options', 'nosniff');
    const answerError = (error: unknown) => {
      failed(`${request.method} request`, error);
      if (!response.headersSent) response.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' }).end('Internal error');
      else response.destroy();
    };
    try {
      const target = parseRequestTarget(request.url);
      if (!target) {
        log.warn('refused a request with an unreadable target');
        response.writeHead(400, { 'content-type': 'text/plain; charset=utf-8', connection: 'close' }).end('Bad request');
        return;
      }
      if (handleOperatorRequest(target.path, response, operatorContext)) return;
      if (ownsEventPath(target.path)) {
        handleEventApi(request, response, target.path, apiContext, eventContext).catch(answerError);
        return;
      }
      handleApi(request, response, target.path, apiContext)
        .then((handled) => {
          if (handled) return;
          if (request.method !== 'GET' && request.method !== 'HEAD') {
            response.writeHead(405, { allow: 'GET, HEAD' }).end();
            return;
          }
          const withoutKey = keyMovedToFragment(target.path, target.query);
          if (withoutKey) {
            response.writeHead(303, { location: withoutKey, 'cache-control': 'no-store', 'referrer-policy': 'no-referrer' }).end();
            return;
          }
          return serveStatic(request, response, target.path);
        })
        .catch(answerError);
    } catch (error) {
      answerError(error);
    }
  });
  server.on('clientError', (_error, socket) => {
    if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n');
    else socket.destroy();
  });

  // ws closes a connection whose message exceeds maxPayload with 1009 (message too big).
  // No compression: broadcasts write one prepared frame to every socket (serverFrame), which needs ws to write at once and in order.
  const wss = new WebSocketServer({ noServer: true, perMessageDeflate: false, maxPayload: options.maxMessageBytes ?? LIMITS.messageBytes });
  const alive = new WeakSet<object>();
  let closing = false;

  const refuseUpgrade = (socket: Duplex, status: string, extra = '') => {
    socket.on('error', () => {});
    socket.end(`HTTP/1.1 ${status}\r\nConnection: close\r\nX-Content-Type-Options: nosniff\r\n${extra}\r\n`);
  };

  server.on('upgrade', (request: IncomingMessage, socket: Duplex, head: Buffer) => {
    try {
      upgrade(request, socket, head);
    } catch (error) {
      failed('websocket upgrade', error);
      socket.destroy();
    }
  });

  const originPolicy = { trustProxy: Boolean(options.trustProxy), allowedOrigins: options.allowedOrigins ?? [] };
  // Said once per origin, not per attempt: a page retrying in a loop must not flood the log.
  const refusedOrigins = new Set<string>();

  function upgrade(request: IncomingMessage, socket: Duplex, head: Buffer): void {
    const origin = checkOrigin(request, originPolicy);
    if (!origin.allowed) {
      if (!refusedOrigins.has(origin.origin) && refusedOrigins.size < 100) {
        refusedOrigins.add(origin.origin);
        log.warn({ origin: origin.origin, address: clientAddress(request) }, 'refused websockets from a page on another origin (set ALLOWED_ORIGINS if it is yours)');
      }
      refuseUpgrade(socket, '403 Forbidden');
      return;
    }
    const target = parseRequestTarget(request.url);
    const match = target && /^\/ws\/([^/]+)(?:\/(control|own))?$/.exec(target.path);
    if (!target || !match) {
      if (!target) log.warn('refused a websocket upgrade with an unreadable target');
      refuseUpgrade(socket, target ? '404 Not Found' : '400 Bad Request');
      return;
    }
    if (closing) {
      refuseUpgrade(socket, '503 Service Unavailable', 'Retry-After: 1\r\n');
      return;
    }
    const address = clientAddress(request);
    if (!joinLimit.take(address)) {
      refuseUpgrade(socket, '429 Too Many Requests', 'Retry-After: 10\r\n');
      return;
    }
    wss.handleUpgrade(request, socket, head, (ws) => {
      try {
        joinSession(ws, request, address, match[1], (match[2] as Target | undefined) ?? 'worksheet');
      } catch (error) {
        failed('joining a session', error);
        ws.close(CLOSE.internalError, 'server error');
      }
    });
  }

  function joinSession(ws: WebSocket, request: IncomingMessage, address: string, rawCode: string, target: Target): void {
    alive.add(ws);
    ws.on('pong', () => alive.add(ws));
    ws.on('error', (error) => log.warn({ reason: error.message }, 'socket error'));
    const code = normalizeCode(rawCode);
    const found = code ? sessions.lookup(code) : { state: 'unknown' as const };
    if (!code || found.state !== 'live') {
      ws.close(found.state === 'deleted' ? CLOSE.sessionDeleted : CLOSE.sessionNotFound, found.state === 'deleted' ? 'Session deleted' : 'Session not found');
      return;
    }
    // Who this is comes from the signed cookie the join API set, never from the URL;
    // a connection that presents none is a participant the server has not met.
    const issued = identities.fromRequest(request, code);
    const identity = issued ?? identities.stranger(code);
    const role = identity.role;
    // A participant's own document holds their hidden answers: only for people the join API knows.
    if (target === 'own' && !issued) {
      ws.close(CLOSE.joinFirst, 'Join the session first');
      return;
    }
    // Whose refusals count together: a person, or an address for connections without one.
    const sender = `${code} ${issued ? identity.id : `address ${address}`}`;
    if (refusals.isBenched(sender)) {
      ws.close(CLOSE.refusedTooOften, 'Too many refused changes; try again in a minute');
      return;
    }
    const room = rooms.open(code);
    let sessionPlaces = places.get(code);
    if (!sessionPlaces) places.set(code, (sessionPlaces = new Places(placeLimits)));
    // When it last sent anything: the connection's own record, once attached.
    const opened = Date.now();
    let peer: Peer | undefined;
    const seat: Seat = { lastSeen: () => peer?.lastSeen ?? opened, close: (closeCode, reason) => ws.close(closeCode, reason) };
    const placement = sessionPlaces.take({ id: identity.id, address, facilitator: role === 'facilitator', stranger: !issued }, seat);
    if (!placement.placed) {
      ws.close(CLOSE.sessionFull, 'Session full');
      if (!sessionPlaces.count) places.delete(code);
      rooms.release(code);
      return;
    }
    for (const other of placement.evicted ?? []) other.close(CLOSE.sessionFull, 'Session full');
    sessions.touch(code);
    // Never names, texts or keys in a log line: the session, the kind of connection, the address.
    const connectionLog = log.child({ session: code, target, role, address });
    connectionLog.info({ people: sessionPlaces.count, connections: room.connectionCount + 1 }, 'connection opened');
    peer = attachConnection(ws, {
      room,
      target,
      identity,
      stranger: !issued,
      log: connectionLog,
      silentMs: options.silentConnectionMs ?? LIMITS.silentConnectionMs,
      onUpdate: (refusal) => {
        metrics.update(refusal);
        if (!refusal || refusal === REFUSAL.gap || refusal === REFUSAL.rate) return;
        if (!refusals.refused(sender)) return;
        connectionLog.warn({ refusal }, 'too many refused changes; connection closed for a minute');
        ws.close(CLOSE.refusedTooOften, 'Too many refused changes; try again in a minute');
      },
      onClose: () => {
        connectionLog.info({ connections: room.connectionCount }, 'connection closed');
        sessionPlaces.leave(identity.id, seat);
        if (closing) return;
        if (!sessionPlaces.count) places.delete(code);
        if (room.empty) sessions.touch(code);
        rooms.release(code);
      },
    });
  }

  // Connections that stopped answering (a laptop closed mid-session) are dropped so presence is right.
  const ping = setInterval(() => {
    for (const ws of wss.clients) {
      if (!alive.has(ws)) {
        ws.terminate();
        continue;
      }
      alive.delete(ws);
      ws.ping();
    }
  }, PING_INTERVAL_MS);
  const sweep = () => {
    const expired = sessions.sweep();
    if (expired.length) log.info({ sessions: expired.length }, 'deleted expired sessions');
    const expiredEvents = events.sweep();
    for (const code of expiredEvents) sectorTotals.forget(code);
    if (expiredEvents.length) log.info({ events: expiredEvents.length }, 'deleted expired events');
  };
  sweep();
  const sweeper = setInterval(sweep, SWEEP_INTERVAL_MS);
  ping.unref();
  sweeper.unref();

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, resolve);
  });
  const port = (server.address() as AddressInfo).port;
  const adminSocket = databaseFile ? await listenAdminSocket(options.dataDir, sessions, rooms, log) : undefined;
  return {
    server,
    port,
    store,
    rooms,
    sectorTotals,
    close: async () => {
      closing = true;
      sectorTotals.close();
      clearInterval(ping);
      clearInterval(sweeper);
      adminSocket?.close();
      const stopped = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      rooms.shutdown(CLOSE.serviceRestart, 'server restarting');
      await closeSockets(wss.clients);
      server.closeAllConnections();
      await stopped;
      metrics.stop();
      await store.close();
    },
  };
}
