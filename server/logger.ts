/**
 * Structured logs: one JSON object per line (pino), with a level, so the
 * school's log collector can filter and count. A log line says what happened
 * to which session and connection; it never carries what people wrote, their
 * display names or keys. The fields below are the only ones call sites use,
 * and `redact` removes key-like fields should one ever be passed by mistake.
 */
import { Writable } from 'node:stream';
import pino, { type Logger } from 'pino';

export type { Logger };

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

const REDACT = ['key', 'facilitatorKey', 'authorization', '*.key', '*.facilitatorKey', '*.authorization'];

/** A logger writing JSON lines to stdout, or to `sink` line by line (tests keep them in memory). */
export function createLogger(options: { level?: LogLevel; sink?: (line: string) => void } = {}): Logger {
  const settings = {
    level: options.level ?? 'info',
    base: { service: 'praatplaten' },
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label: string) => ({ level: label }) },
    redact: { paths: REDACT, censor: '[redacted]' },
  };
  // Written synchronously: a line logged just before exit (or a crash) is not lost.
  if (!options.sink) return pino(settings, pino.destination({ dest: 1, sync: true }));
  const sink = options.sink;
  const lines = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString('utf8').split('\n')) if (line) sink(line);
      done();
    },
  });
  return pino(settings, lines);
}
