/**
 * How `npm run admin` reaches the running server: a Unix socket in the data
 * folder, readable only by the server's own user (who can read the database
 * anyway). Through it the admin command learns who is connected now, and
 * deletes a session the way its facilitator would: clients closed with 4404
 * and the documents dropped from memory, so nothing writes them back.
 * Not over HTTP: behind the proxy every request comes from 127.0.0.1.
 */
import { chmodSync, rmSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { join } from 'node:path';
import type { Logger } from './logger';
import { parseRequestTarget } from './requestTarget';
import type { Rooms } from './rooms';
import type { Sessions } from './sessions';

export const ADMIN_SOCKET = 'admin.sock';

/** Unix socket paths are limited to about 107 bytes. */
const MAX_SOCKET_PATH = 100;

export async function listenAdminSocket(dataDir: string, sessions: Sessions, rooms: Rooms, log: Logger): Promise<Server | undefined> {
  const path = join(dataDir, ADMIN_SOCKET);
  if (Buffer.byteLength(path) > MAX_SOCKET_PATH) {
    log.warn({ path }, 'data folder path too long for the admin socket; npm run admin works without connection counts');
    return undefined;
  }
  // A socket file left by a process that was killed would block listening.
  rmSync(path, { force: true });
  const server = createServer((request, response) => {
    try {
      answer(request, response);
    } catch (error) {
      log.error({ reason: (error as Error)?.message ?? String(error) }, 'admin socket request failed');
      if (!response.headersSent) response.writeHead(500).end();
      else response.destroy();
    }
  });
  function answer(request: IncomingMessage, response: ServerResponse): void {
    // Read like any other request target: a malformed one (`/sessions/%ZZ`) is answered, never left hanging.
    const target = parseRequestTarget(request.url);
    if (!target) {
      response.writeHead(400).end();
      return;
    }
    if (request.method === 'GET' && target.path === '/connections') {
      response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(rooms.connectionCounts()));
      return;
    }
    const deletion = /^\/sessions\/([^/]+)$/.exec(target.path);
    if (request.method === 'DELETE' && deletion) {
      const code = deletion[1];
      const found = Boolean(sessions.find(code));
      if (found) {
        sessions.delete(code);
        log.info({ session: code }, 'session deleted by the administrator');
      }
      response.writeHead(found ? 204 : 404).end();
      return;
    }
    response.writeHead(404).end();
  }
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(path, resolve);
  });
  chmodSync(path, 0o600);
  return server;
}
