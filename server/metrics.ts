/**
 * What an operator watches, in Prometheus' text format at GET /metrics: live
 * sessions, connections, updates (a counter, and a per-second rate for people
 * reading the page without Prometheus), refused updates, the database's size
 * on disk and how late the event loop runs. Each server has its own registry,
 * so several servers in one process (the tests) do not share counters.
 * Labels never hold session codes: one series per session would grow without
 * end and put the codes in whatever stores the metrics.
 */
import { statSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { collectDefaultMetrics, Counter, Gauge, Registry } from 'prom-client';

/** Seconds over which `praatplaten_updates_per_second` averages. */
const RATE_WINDOW_SECONDS = 10;

export interface MetricsSources {
  liveSessions: () => number;
  connections: () => number;
  /** The SQLite file and its write-ahead log; absent for an in-memory database. */
  databaseFile?: string;
}

export interface ServerMetrics {
  /** A client's update was applied (`refusal` undefined) or refused, and why. */
  update(refusal: string | undefined): void;
  serve(response: ServerResponse): Promise<void>;
  stop(): void;
}

export function createMetrics(sources: MetricsSources): ServerMetrics {
  const registry = new Registry();
  // Process figures, among them nodejs_eventloop_lag_* (seconds the event loop ran late).
  collectDefaultMetrics({ register: registry, eventLoopMonitoringPrecision: 20 });

  new Gauge({
    name: 'praatplaten_live_sessions', help: 'Sessions with at least one connection, held in memory', registers: [registry],
    collect() { this.set(sources.liveSessions()); },
  });
  new Gauge({
    name: 'praatplaten_connections', help: 'Open websocket connections', registers: [registry],
    collect() { this.set(sources.connections()); },
  });
  const updates = new Counter({ name: 'praatplaten_updates_total', help: 'Document updates (and sync answers) from clients that were applied', registers: [registry] });
  const refused = new Counter({
    name: 'praatplaten_refused_updates_total', help: 'Document updates refused (locked, ended, facilitator only)',
    labelNames: ['reason'], registers: [registry],
  });
  // Present at 0 from the start, so rate() sees the first refusal (the reasons of SessionRoom.refusal).
  for (const reason of ['locked', 'ended', 'facilitator-only']) refused.inc({ reason }, 0);

  // The counter's value once a second, to report a rate over the last RATE_WINDOW_SECONDS.
  let applied = 0;
  const samples: number[] = [0];
  const sampler = setInterval(() => {
    samples.push(applied);
    if (samples.length > RATE_WINDOW_SECONDS + 1) samples.shift();
  }, 1000);
  sampler.unref();
  new Gauge({
    name: 'praatplaten_updates_per_second', help: `Applied updates per second, averaged over the last ${RATE_WINDOW_SECONDS} seconds`,
    registers: [registry],
    collect() {
      const seconds = samples.length - 1;
      this.set(seconds > 0 ? (samples[samples.length - 1] - samples[0]) / seconds : 0);
    },
  });

  const { databaseFile } = sources;
  if (databaseFile) {
    new Gauge({
      name: 'praatplaten_database_bytes', help: 'Size of the SQLite database and its write-ahead log on disk', registers: [registry],
      collect() { this.set(sizeOf(databaseFile) + sizeOf(`${databaseFile}-wal`)); },
    });
  }

  return {
    update(refusal) {
      if (refusal) refused.inc({ reason: refusal });
      else {
        updates.inc();
        applied++;
      }
    },
    async serve(response) {
      const text = await registry.metrics();
      response.writeHead(200, { 'content-type': registry.contentType, 'cache-control': 'no-store' }).end(text);
    },
    stop() {
      clearInterval(sampler);
      registry.clear();
    },
  };
}

function sizeOf(file: string): number {
  try {
    return statSync(file).size;
  } catch {
    return 0;
  }
}
