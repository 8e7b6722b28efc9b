/**
 * Sync benchmark (not a test): 50 sessions x 40 participants on loopback,
 * against this project's server, the reference y-websocket server and
 * Hocuspocus, in one run. Per session one full provider times every update;
 * the other 39 participants are light clients that edit at a fixed rate.
 *
 *   npm run bench:sync            (SESSIONS, PARTICIPANTS, SECONDS to change the load; REPEAT=n for n runs and their medians)
 */
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { Worker } from 'node:worker_threads';
import { LightClient } from './bench/clients';
import type { ObserverThreadData } from './bench/observerThread';
import { cpuSeconds, placement, residentBytes, startHocuspocus, startPraatplaten, startPraatplatenBefore, startReference, type RunningServer } from './bench/servers';

const SESSIONS = Number(process.env.SESSIONS ?? 50);
const PARTICIPANTS = Number(process.env.PARTICIPANTS ?? 40);
// One per session: a second doubled the harness's share of the work without measuring anything the first does not.
const OBSERVERS = 1;
const WARMUP_MS = 2000;
const MEASURE_MS = Number(process.env.SECONDS ?? 8) * 1000;
const STANDARD_RATES = [0.2, 1, 2];
// Between and beyond the standard rates, to find where p99 crosses 50 ms; RATES=0.6,0.7,0.8 sets a finer grid.
const CAPACITY_RATES = process.env.RATES ? process.env.RATES.split(',').map(Number).filter((rate) => rate > 0) : [0.4, 0.6, 0.8, 1.5, 3, 4];
const P99_LIMIT_MS = 50;
const LOOP_SAMPLING_MS = 10;

interface Phase {
  rate: number;
  updatesPerSecond: number;
  p50: number;
  p99: number;
  delivered: number;
  cpu: number;
  /** CPU of this load-generating process, to tell a busy server from a busy harness. */
  harnessCpu: number;
  peakMemory: number;
  /** p99 of how late the light clients' thread ran, in ms (the observers time updates in a thread of their own). */
  harnessLag: number;
  /** The same for the server, where it reports it (this project's /metrics), else NaN. */
  serverLag: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function quantile(sorted: Float64Array, q: number): number {
  if (!sorted.length) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
}

async function connectAll(server: RunningServer) {
  const lights: LightClient[] = [];
  const observers = startObservers({ url: server.providerUrl, protocol: server.protocol, rooms: server.rooms, perRoom: OBSERVERS });
  for (const [index, room] of server.rooms.entries()) {
    for (let i = 0; i < PARTICIPANTS - OBSERVERS; i++) {
      const identity = server.join ? await server.join(room) : undefined;
      lights.push(new LightClient(server.providerUrl, server.protocol, room, `s${index}p${i}`, identity));
    }
    // Let the server take each session's connections before the next.
    if (index % 5 === 4) await sleep(50);
  }
  await Promise.all([...lights.map((client) => client.ready), observers.ready]);
  return { lights, observers };
}

type Observers = ReturnType<typeof startObservers>;

/** The timing providers, in a thread of their own (see bench/observerThread.ts). */
function startObservers(data: ObserverThreadData) {
  const worker = new Worker(new URL('./bench/boot.mjs', import.meta.url), {
    workerData: { ...data, entry: new URL('./bench/observerThread.ts', import.meta.url).href },
  });
  const next = () => new Promise<unknown>((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
  });
  return {
    ready: next().then(() => undefined),
    start: () => worker.postMessage('start'),
    stop: async () => {
      const answer = next();
      worker.postMessage('stop');
      return (await answer) as Float64Array;
    },
    close: () => worker.postMessage('close'),
  };
}

async function runPhase(server: RunningServer, lights: LightClient[], observers: Observers, rate: number): Promise<Phase> {
  const interval = 1000 / rate;
  const timers = lights.map((client) => {
    // Spread the edits: every client starts at a random moment within its interval.
    let timer: NodeJS.Timeout;
    const start = setTimeout(() => {
      client.edit();
      timer = setInterval(() => client.edit(), interval);
    }, Math.random() * interval);
    return () => {
      clearTimeout(start);
      clearInterval(timer);
    };
  });
  await sleep(WARMUP_MS);
  observers.start();
  const sentBefore = lights.reduce((sum, client) => sum + client.sent, 0);
  const cpuBefore = cpuSeconds(server.pid);
  const harnessBefore = process.cpuUsage();
  const loopDelay = monitorEventLoopDelay({ resolution: LOOP_SAMPLING_MS });
  loopDelay.enable();
  await server.loopLagP99?.();
  const started = performance.now();
  let peakMemory = residentBytes(server.pid);
  const sampler = setInterval(() => { peakMemory = Math.max(peakMemory, residentBytes(server.pid)); }, 100);
  await sleep(MEASURE_MS);
  const elapsed = (performance.now() - started) / 1000;
  const cpu = (cpuSeconds(server.pid) - cpuBefore) / elapsed;
  const harness = process.cpuUsage(harnessBefore);
  const harnessCpu = (harness.user + harness.system) / 1e6 / elapsed;
  loopDelay.disable();
  // The histogram holds the whole time between samples: what is late is what exceeds the sampling interval.
  const harnessLag = loopDelay.percentile(99) / 1e6 - LOOP_SAMPLING_MS;
  const serverLag = (await server.loopLagP99?.()) ?? Number.NaN;
  const sent = lights.reduce((sum, client) => sum + client.sent, 0) - sentBefore;
  clearInterval(sampler);
  for (const stop of timers) stop();
  await sleep(500);
  const latencies = (await observers.stop()).sort();
  await sleep(1000);
  return {
    rate,
    updatesPerSecond: sent / elapsed,
    p50: quantile(latencies, 0.5),
    p99: quantile(latencies, 0.99),
    delivered: latencies.length / Math.max(1, sent * OBSERVERS),
    cpu,
    harnessCpu,
    peakMemory,
    harnessLag,
    serverLag,
  };
}

async function benchmark(start: (sessions: number) => Promise<RunningServer>) {
  const server = await start(SESSIONS);
  const phases: Phase[] = [];
  try {
    const { lights, observers } = await connectAll(server);
    console.error(`  ${server.name}: ${lights.length + server.rooms.length * OBSERVERS} connections up`);
    const rates = [...new Set([...STANDARD_RATES, ...CAPACITY_RATES])].sort((a, b) => a - b);
    for (const rate of rates) {
      const phase = await runPhase(server, lights, observers, rate);
      phases.push(phase);
      // Past the standard rates, stop once the server is clearly saturated.
      if (rate >= Math.max(...STANDARD_RATES) && phase.p99 > P99_LIMIT_MS) break;
    }
    for (const client of lights) client.close();
    observers.close();
  } finally {
    await server.stop();
  }
  // Capacity: the highest rate that meets the bar (a single noisy phase below it does not end the search).
  const within = phases.filter((phase) => phase.p99 <= P99_LIMIT_MS && phase.delivered >= 0.99);
  const capacity = within.length ? Math.max(...within.map((phase) => phase.updatesPerSecond)) : 0;
  return { name: server.name, phases, capacity, saturated: phases.at(-1)!.p99 > P99_LIMIT_MS };
}

const format = (value: number, digits = 1) => (Number.isFinite(value) ? value.toFixed(digits) : '-');

console.log(`sync benchmark: ${SESSIONS} sessions x ${PARTICIPANTS} participants (${OBSERVERS} full provider${OBSERVERS === 1 ? '' : 's'} timing every update, ${PARTICIPANTS - OBSERVERS} light clients editing), ${MEASURE_MS / 1000} s per rate after ${WARMUP_MS / 1000} s warm-up, loopback; ${placement ? `each server on CPU ${placement.server} alone, the harness on CPU ${placement.harness}` : 'servers and harness share every CPU'}`);
// SERVERS=praatplaten,reference,hocuspocus picks which to run (these three by default);
// `before` adds this server from another checkout (BEFORE_DIR), for a before-and-after comparison.
const servers = { before: startPraatplatenBefore, praatplaten: startPraatplaten, reference: startReference, hocuspocus: startHocuspocus };
const chosen = (process.env.SERVERS ?? 'praatplaten,reference,hocuspocus').split(',') as (keyof typeof servers)[];
// REPEAT=n runs the servers in turn n times: on a shared machine one run's capacity is noise, the median of several less so.
const REPEAT = Math.max(1, Number(process.env.REPEAT ?? 1));
const runs: Awaited<ReturnType<typeof benchmark>>[][] = [];
for (let run = 0; run < REPEAT; run++) {
  const results = [];
  for (const name of chosen) results.push(await benchmark(servers[name]));
  runs.push(results);
}

console.log('\n| server | edits/participant/s | updates/s | p50 ms | p99 ms | delivered | server CPU (cores) | server CPU ms per 1,000 updates | peak RSS MB | harness CPU (cores) | loop lag p99 ms, server / harness |');
console.log('|---|---|---|---|---|---|---|---|---|---|---|');
for (const [run, results] of runs.entries()) {
  for (const result of results) {
    const name = REPEAT > 1 ? `${result.name}, run ${run + 1}` : result.name;
    for (const phase of result.phases) {
      console.log(`| ${name} | ${phase.rate} | ${format(phase.updatesPerSecond, 0)} | ${format(phase.p50)} | ${format(phase.p99)} | ${format(phase.delivered * 100, 1)}% | ${format(phase.cpu, 2)} | ${format((phase.cpu * 1e6) / phase.updatesPerSecond, 0)} | ${format(phase.peakMemory / 1024 / 1024, 0)} | ${format(phase.harnessCpu, 2)} | ${format(phase.serverLag)} / ${format(phase.harnessLag)} |`);
    }
  }
}
const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
console.log('\ncapacity (highest measured update rate with p99 <= 50 ms and >= 99% delivered):');
const referenceIndex = chosen.indexOf('reference');
for (const index of chosen.keys()) {
  const capacities = runs.map((results) => results[index].capacity);
  const ratios = referenceIndex < 0 ? [] : runs.map((results) => results[index].capacity / results[referenceIndex].capacity);
  const bound = runs.every((results) => results[index].saturated) ? '' : ' (not saturated at the highest rate tried in every run: a lower bound)';
  const perRun = REPEAT > 1 ? ` (runs: ${capacities.map((capacity) => format(capacity, 0)).join(', ')})` : '';
  const ratio = ratios.length ? `, ${format(median(ratios), 2)}x the reference${REPEAT > 1 ? ' (median of the runs\' ratios)' : ''}` : '';
  console.log(`- ${runs[0][index].name}: ${format(median(capacities), 0)} updates/s${REPEAT > 1 ? ' (median)' : ''}${perRun}${bound}${ratio}`);
}
process.exit(0);
