/**
 * Restarting in the middle of a school day: on SIGTERM (systemd stop or
 * restart) or SIGINT the server stops accepting, stores every session, tells
 * every client to come back (1012, service restart; y-websocket reconnects on
 * its own and re-sends whatever the server does not have) and exits. A hard
 * deadline makes sure it exits even if something hangs: every update is in
 * the database before anyone sees it, so exiting late loses nothing either.
 */
import type { WebSocket } from 'ws';
import type { Logger } from './logger';

/** Waits up to `graceMs` for the closing handshakes the server started, then cuts the rest. */
export async function closeSockets(clients: Set<WebSocket>, graceMs = 1500): Promise<void> {
  const open = [...clients].filter((socket) => socket.readyState !== socket.CLOSED);
  await Promise.race([
    Promise.all(open.map((socket) => new Promise((resolve) => socket.once('close', resolve)))),
    new Promise((resolve) => setTimeout(resolve, graceMs).unref()),
  ]);
  for (const socket of open) if (socket.readyState !== socket.CLOSED) socket.terminate();
}

export function exitOnSignals(close: () => Promise<void>, log: Logger, deadlineMs = 8000): void {
  let stopping = false;
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      if (stopping) return;
      stopping = true;
      const started = Date.now();
      log.info({ signal }, 'shutting down');
      // Not unref'd: whatever closing waits for, the process stays until it is done.
      setTimeout(() => {
        log.error({ deadlineMs }, 'shutdown took too long; exiting anyway');
        process.exit(1);
      }, deadlineMs);
      close().then(
        () => {
          log.info({ ms: Date.now() - started }, 'stopped');
          process.exit(0);
        },
        (error: unknown) => {
          log.error({ err: error }, 'shutdown failed');
          process.exit(1);
        },
      );
    });
  }
}
