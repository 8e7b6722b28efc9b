/**
 * The HTTP server: the built app, a health check, the session API and the
 * websocket sync, all on one port.
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import { WebSocketServer } from 'ws';
import { handleApi } from './api';
import { normalizeCode } from './codes';
import { attachConnection, CLOSE } from './connection';
import { openSqliteStore, type Store } from './persistence';
import { RateLimiter } from './rateLimit';
import { Rooms } from './rooms';
import { Sessions } from './sessions';
import { createStaticHandler } from './static';
import { createLogger, type Logger } from './logger';
import { createMetrics } from './metrics';
import { handleOperatorRequest } from './operatorEndpoints';
import { closeSockets } from './shutdown';
import { listenAdminSocket } from './adminSocket';
import { databasePath } from './config';

export interface ServerOptions {
  port: number;
  host?: string;
  staticDir: string;
  /** Folder for the SQLite file; ':memory:' keeps everything in memory. */
  dataDir: string;
  retentionDays?: number;
  maxConnectionsPerSession?: number;
  maxMessageBytes?: number;
  /** Use the first X-Forwarded-For address as the client's (behind a reverse proxy). */
  trustProxy?: boolean;
  /** Joins per address: burst and refill per second. */
  joinLimit?: { burst: number; perSecond: number };
  /** False turns the per-address limits off (load tests from one machine). */
  rateLimits?: boolean;
  /** Where log lines go; by default JSON lines on stdout. */
  logger?: Logger;
  /** Receives each JSON log line instead of stdout (tests). */
  log?: (line: string) => void;
}

export interface RunningServer {
  server: Server;
  port: number;
  store: Store;
  /** Sessions held in memory now (someone is connected). */
  rooms: Rooms;
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
  const sessions = new Sessions(store, rooms, options.retentionDays ?? 30);
  const maxConnections = options.maxConnectionsPerSession ?? 200;
  // A class of 40 behind one NAT joins at once (two sockets each) and reconnects after hiccups.
  const unlimited = { burst: Number.POSITIVE_INFINITY, perSecond: 0 };
  const joinLimit = new RateLimiter(options.rateLimits === false ? unlimited : (options.joinLimit ?? { burst: 400, perSecond: 10 }));
  const creationLimit = new RateLimiter(options.rateLimits === false ? unlimited : { burst: 20, perSecond: 1 / 60 });
  const clientAddress = (request: IncomingMessage) => {
    const forwarded = options.trustProxy ? String(request.headers['x-forwarded-for'] ?? '').split(',')[0].trim() : '';
    return forwarded || request.socket.remoteAddress || 'unknown';
  };
  const serveStatic = createStaticHandler(options.staticDir);
  const metrics = createMetrics({ liveSessions: () => rooms.size, connections: () => wss.clients.size, databaseFile });
  const operatorContext = {
    metrics,
    log,
    checkReady: () => {
      if (closing) throw new Error('shutting down');
      store.check();
    },
  };
  const apiContext = { sessions, creationLimit, clientAddress, log };

  const server = createServer((request, response) => {
    const path = (request.url ?? '/').split('?')[0];
    if (handleOperatorRequest(path, response, operatorContext)) return;
    handleApi(request, response, path, apiContext)
      .then((handled) => {
        if (handled) return;
        if (request.method !== 'GET' && request.method !== 'HEAD') {
          response.writeHead(405, { allow: 'GET, HEAD' }).end();
          return;
        }
        return serveStatic(request, response);
      })
      .catch((error: unknown) => {
        log.error({ err: error }, 'request failed');
        if (!response.headersSent) response.writeHead(500).end();
      });
  });

  // ws closes a connection whose message exceeds maxPayload with 1009 (message too big).
  const wss = new WebSocketServer({ noServer: true, maxPayload: options.maxMessageBytes ?? 1024 * 1024 });
  const alive = new WeakSet<object>();
  let closing = false;

  server.on('upgrade', (request: IncomingMessage, socket: Duplex, head: Buffer) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const match = /^\/ws\/([^/]+)(\/control)?$/.exec(url.pathname);
    if (!match) {
      socket.end('HTTP/1.1 404 Not Found\r\nConnection: close\r\n\r\n');
      return;
    }
    if (closing) {
      socket.end('HTTP/1.1 503 Service Unavailable\r\nConnection: close\r\nRetry-After: 1\r\n\r\n');
      return;
    }
    if (!joinLimit.take(clientAddress(request))) {
      socket.end('HTTP/1.1 429 Too Many Requests\r\nConnection: close\r\nRetry-After: 10\r\n\r\n');
      return;
    }
    wss.handleUpgrade(request, socket, head, (ws) => {
      alive.add(ws);
      ws.on('pong', () => alive.add(ws));
      const code = normalizeCode(decodeURIComponent(match[1]));
      const session = code ? sessions.find(code) : undefined;
      if (!code || !session) {
        ws.close(CLOSE.sessionNotFound, 'Session not found');
        return;
      }
      const room = rooms.open(code);
      if (room.connectionCount >= maxConnections) {
        ws.close(CLOSE.sessionFull, 'Session full');
        rooms.release(code);
        return;
      }
      const role = sessions.isFacilitator(session, url.searchParams.get('key')) ? 'facilitator' : 'participant';
      sessions.touch(code);
      const target = match[2] ? 'control' : 'worksheet';
      const connectionLog = log.child({ session: code, target, role, address: clientAddress(request) });
      connectionLog.info({ connections: room.connectionCount + 1 }, 'connection opened');
      attachConnection(ws, {
        room,
        target,
        role,
        log: connectionLog,
        onUpdate: (refusal) => metrics.update(refusal),
        onClose: () => {
          connectionLog.info({ connections: room.connectionCount }, 'connection closed');
          if (closing) return;
          if (room.empty) sessions.touch(code);
          rooms.release(code);
        },
      });
    });
  });

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
    close: async () => {
      closing = true;
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
