/**
 * The endpoints for the people running the server, not for the app:
 * /healthz (the process answers: liveness), /readyz (it can take sessions
 * now: the database can be written and it is not shutting down) and /metrics.
 */
import type { ServerResponse } from 'node:http';
import type { Logger } from './logger';
import type { ServerMetrics } from './metrics';

export interface OperatorContext {
  metrics: ServerMetrics;
  /** Throws with the reason when the server cannot take sessions now. */
  checkReady: () => void;
  log: Logger;
}

/** Answers the operator paths; returns false for any other path. */
export function handleOperatorRequest(path: string, response: ServerResponse, context: OperatorContext): boolean {
  if (path === '/healthz') {
    sendText(response, 200, 'ok');
    return true;
  }
  if (path === '/readyz') {
    try {
      context.checkReady();
      sendText(response, 200, 'ready');
    } catch (error) {
      const reason = (error as Error).message;
      context.log.warn({ reason }, 'not ready');
      sendText(response, 503, `not ready: ${reason}`);
    }
    return true;
  }
  if (path === '/metrics') {
    context.metrics.serve(response).catch((error: unknown) => {
      context.log.error({ err: error }, 'metrics failed');
      if (!response.headersSent) response.writeHead(500).end();
    });
    return true;
  }
  return false;
}

function sendText(response: ServerResponse, status: number, text: string): void {
  response.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' }).end(text);
}
