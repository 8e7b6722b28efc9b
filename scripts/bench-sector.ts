/**
 * Sector benchmark (not a test): a network day. 40 sessions x 30 participants
 * linked to one event, all answering plate 5 at once, and the sector view open
 * on a projector and five laptops (six long polls). Prints how long an answer
 * takes to reach the views (p50, p99) and the server's CPU for the totals
 * against its CPU for everything.
 *
 * The server runs in this process's main thread, the load in a worker thread
 * (bench/sectorLoad.ts): the main thread's busy time is the server's CPU.
 *
 *   npm run bench:sector      (SESSIONS, PARTICIPANTS, RATE answers per participant per second, VIEWERS, SECONDS)
 */
import { mkdtempSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Worker } from 'node:worker_threads';
import { startServer } from '../server/app';
import { THEMES } from '../server/sectorTotals';
import type { SectorLoadData } from './bench/sectorLoad';

const SESSIONS = Number(process.env.SESSIONS ?? 40);
const PARTICIPANTS = Number(process.env.PARTICIPANTS ?? 30);
const RATE = Number(process.env.RATE ?? 0.2);
const VIEWERS = Number(process.env.VIEWERS ?? 6);
const MEASURE_MS = Number(process.env.SECONDS ?? 30) * 1000;
const WARMUP_MS = 5000;
/** Named schools with one participant each, whose stand changes every two seconds: the views time these changes. */
const PROBES = 5;
const LIMIT_MS = 2000;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const quantile = (sorted: number[], q: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] : Number.NaN);

const server = await startServer({ port: 0, host: '127.0.0.1', staticDir: 'dist', dataDir: mkdtempSync(join(tmpdir(), 'praatplaten-sector-')), rateLimits: false, log: () => {} });
const http = `http://127.0.0.1:${server.port}`;
const post = async (path: string, body: unknown, key?: string) => {
  const response = await fetch(`${http}${path}`, {
    method: path.endsWith('/event') ? 'PUT' : 'POST',
    headers: { 'content-type': 'application/json', ...(key ? { authorization: `Bearer ${key}` } : {}) },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${path}: ${response.status}`);
  return response.json() as Promise<Record<string, string>>;
};

const event = await post('/api/events', { title: 'bench' });
const link = async (name: string, school: string) => {
  const session = await post('/api/sessions', { title: name });
  await post(`/api/sessions/${session.code}/event`, { event: event.code, school }, session.facilitatorKey);
  return session.code;
};
const sessions: string[] = [];
for (let i = 0; i < SESSIONS; i++) sessions.push(await link(`school ${i}`, ''));
const probes: { code: string; name: string }[] = [];
for (let i = 0; i < PROBES; i++) probes.push({ code: await link(`probe ${i}`, `Probe ${i}`), name: `Probe ${i}` });

const data: SectorLoadData = {
  http, ws: `ws://127.0.0.1:${server.port}/ws`, sessions, probes, event: { code: event.code, key: event.organiserKey },
  participants: PARTICIPANTS, rate: RATE, viewers: VIEWERS, themes: THEMES.map((theme) => ({ id: theme.id, items: [...theme.items] })),
};
const worker = new Worker(new URL('./bench/boot.mjs', import.meta.url), { workerData: { ...data, entry: new URL('./bench/sectorLoad.ts', import.meta.url).href } });
const next = () => new Promise<unknown>((resolve, reject) => {
  worker.once('message', resolve);
  worker.once('error', reject);
});
console.log(`connecting ${SESSIONS} sessions x ${PARTICIPANTS} participants, ${PROBES} probe schools, ${VIEWERS} sector views …`);
await next();
await sleep(WARMUP_MS);

worker.postMessage('start');
const loopBefore = performance.eventLoopUtilization();
const totalsBefore = server.sectorTotals.cpuMs;
const computationsBefore = server.sectorTotals.computations;
await sleep(MEASURE_MS);
const loop = performance.eventLoopUtilization(loopBefore);
const totalsMs = server.sectorTotals.cpuMs - totalsBefore;
const computations = server.sectorTotals.computations - computationsBefore;
const resultPromise = next();
worker.postMessage('stop');
const result = (await resultPromise) as { latencies: number[]; answers: number; unseen: number };

const sorted = [...result.latencies].sort((a, b) => a - b);
const serverMs = loop.active;
const p99 = quantile(sorted, 0.99);
const share = totalsMs / (serverMs - totalsMs);
console.log(`
sector bench: ${SESSIONS} sessions x ${PARTICIPANTS} participants (+${PROBES} probe schools), ${VIEWERS} sector views, ${(MEASURE_MS / 1000).toFixed(0)} s measured
  answers                 ${(result.answers / (MEASURE_MS / 1000)).toFixed(0)} per second (${RATE} per participant per second)
  answer → sector view    p50 ${quantile(sorted, 0.5).toFixed(0)} ms, p99 ${p99.toFixed(0)} ms, max ${(sorted.at(-1) ?? Number.NaN).toFixed(0)} ms over ${sorted.length} probe changes x views${result.unseen ? `; ${result.unseen} never seen` : ''}
  totals computed         ${computations} times (${(computations / (MEASURE_MS / 1000)).toFixed(2)} per second)
  server main thread      ${(serverMs / 1000).toFixed(2)} s busy of ${(MEASURE_MS / 1000).toFixed(0)} s (${(loop.utilization * 100).toFixed(0)}%)
  of which totals         ${(totalsMs / 1000).toFixed(3)} s: ${(share * 100).toFixed(1)}% of the rest of the server's work (limit 10%)
  machine load            ${loadavg().map((load) => load.toFixed(1)).join(' ')} (1, 5, 15 min averages; a busy machine slows the server's thread)
  ${p99 <= LIMIT_MS && share < 0.1 && !result.unseen ? 'within both limits' : 'OVER A LIMIT'}
`);
const closed = next();
worker.postMessage('close');
await closed;
await worker.terminate();
await server.close();
process.exit(0);
