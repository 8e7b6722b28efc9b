/** The servers under test, each in its own process so its CPU time and memory can be read from /proc. */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createWriteStream, mkdtempSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BenchIdentity } from './clients';

export type Protocol = 'y-websocket' | 'hocuspocus';

export interface RunningServer {
  name: string;
  protocol: Protocol;
  pid: number;
  /** The URL a provider is given, and the room name for a session. */
  providerUrl: string;
  rooms: string[];
  stop(): Promise<void>;
  /** Joins a room through the server's API (this project's current server only): the identity a light client presents. */
  join?: (room: string) => Promise<BenchIdentity>;
  /** p99 of the server's event-loop delay since the last call, in ms, where the server reports it. */
  loopLagP99?: () => Promise<number>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.listen(0, '127.0.0.1', () => {
      const port = (probe.address() as { port: number }).port;
      probe.close(() => resolve(port));
    });
  });
}

/**
 * Where the servers run and where the load comes from. On a machine of a few
 * cores the load generator needs about as much CPU as the server, and when the
 * two share every core the figures measure their contention as much as the
 * server (the reference alone measured anywhere from 376 to 1,703 updates/s on
 * 2 cores). With `taskset` (util-linux) each server gets the last core to
 * itself and the harness the others, the same for every server. PIN=off turns
 * this off.
 */
export const placement = (() => {
  const cores = availableParallelism();
  if (process.env.PIN === 'off' || cores < 2 || spawnSync('taskset', ['-V']).status !== 0) return undefined;
  const server = String(cores - 1);
  const harness = cores === 2 ? '0' : `0-${cores - 2}`;
  // -a: every thread of this process; threads started later (the observers') inherit it.
  if (spawnSync('taskset', ['-a', '-p', '-c', harness, String(process.pid)]).status !== 0) return undefined;
  return { server, harness };
})();

function launch(args: string[], env: Record<string, string>, ready: RegExp): Promise<{ child: ChildProcess; output: RegExpMatchArray }> {
  const options = { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] as ['ignore', 'pipe', 'pipe'] };
  const child = placement ? spawn('taskset', ['-c', placement.server, process.execPath, ...args], options) : spawn(process.execPath, args, options);
  return new Promise((resolve, reject) => {
    let output = '';
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = ready.exec(output);
      if (match) resolve({ child, output: match });
    };
    child.stdout!.on('data', onData);
    if (process.env.TRACE_GC) child.stdout!.pipe(createWriteStream(process.env.TRACE_GC, { flags: 'a' }));
    child.stderr!.on('data', (chunk: Buffer) => { output += chunk.toString(); });
    child.on('exit', (code) => reject(new Error(`${args.join(' ')} exited (${code}): ${output}`)));
  });
}

function stopper(child: ChildProcess) {
  return () => new Promise<void>((resolve) => {
    child.removeAllListeners('exit');
    child.once('exit', () => resolve());
    // SIGTERM lets a profiled server write its profile; the others exit at once either way.
    child.kill(process.env.PROFILE_DIR ? 'SIGTERM' : 'SIGKILL');
  });
}

export function startPraatplaten(sessions: number): Promise<RunningServer> {
  return startPraatplatenIn('.', 'praatplaten (SQLite, every update stored before broadcast)', sessions);
}

/**
 * The same server from another checkout (BEFORE_DIR, with its own node_modules),
 * for a before-and-after comparison in one run.
 */
export function startPraatplatenBefore(sessions: number): Promise<RunningServer> {
  const dir = process.env.BEFORE_DIR;
  if (!dir) throw new Error('set BEFORE_DIR to a checkout of the commit to compare against');
  return startPraatplatenIn(dir, `praatplaten before (${dir})`, sessions);
}

async function startPraatplatenIn(dir: string, name: string, sessions: number): Promise<RunningServer> {
  const dataDir = mkdtempSync(join(tmpdir(), 'praatplaten-bench-'));
  const profile = [...(process.env.PROFILE_DIR ? ['--cpu-prof', `--cpu-prof-dir=${process.env.PROFILE_DIR}`] : []), ...(process.env.TRACE_GC ? ['--trace-gc'] : [])];
  const { child, output } = await launch(
    [...profile, '--import', 'tsx', join(dir, 'server/main.ts')],
    { PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, RATE_LIMIT: 'off' },
    /listening on http:\/\/localhost:(\d+)/,
  );
  const port = Number(output[1]);
  const rooms: string[] = [];
  for (let i = 0; i < sessions; i++) {
    const response = await fetch(`http://127.0.0.1:${port}/api/sessions`, {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ title: `bench ${i}` }),
    });
    rooms.push(((await response.json()) as { code: string }).code);
  }
  const joinRoom = async (room: string) => {
    const response = await fetch(`http://127.0.0.1:${port}/api/sessions/${room}/join`, {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ name: 'bench' }),
    });
    if (response.status !== 200) throw new Error(`join failed: ${response.status}`);
    const { participantId, name } = (await response.json()) as { participantId: string; name: string };
    return { cookie: response.headers.get('set-cookie')!.split(';')[0], id: participantId, name };
  };
  // A server from before the join API took anyone's edits; it gets no identities.
  const hasJoin = (await fetch(`http://127.0.0.1:${port}/api/sessions/${rooms[0]}/join`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' })).status === 200;
  // prom-client resets its event-loop histogram on every scrape, so each scrape covers the time since the last.
  const loopLagP99 = async () => {
    const response = await fetch(`http://127.0.0.1:${port}/metrics`);
    const match = /^nodejs_eventloop_lag_p99_seconds (\S+)$/m.exec(await response.text());
    // Less the interval it samples at (eventLoopMonitoringPrecision in server/metrics.ts): the histogram holds the whole time between samples.
    return match ? Number(match[1]) * 1000 - SERVER_LOOP_SAMPLING_MS : Number.NaN;
  };
  return { name, protocol: 'y-websocket', pid: child.pid!, providerUrl: `ws://127.0.0.1:${port}/ws`, rooms, stop: stopper(child), loopLagP99, ...(hasJoin ? { join: joinRoom } : {}) };
}

export async function startReference(sessions: number): Promise<RunningServer> {
  const port = await freePort();
  const { child } = await launch(['node_modules/@y/websocket-server/src/server.js'], { PORT: String(port), HOST: '127.0.0.1' }, /running at/);
  const rooms = Array.from({ length: sessions }, (_, i) => `room-${i}`);
  return { name: '@y/websocket-server 0.1.1 (in memory)', protocol: 'y-websocket', pid: child.pid!, providerUrl: `ws://127.0.0.1:${port}`, rooms, stop: stopper(child) };
}

export async function startHocuspocus(sessions: number): Promise<RunningServer> {
  const port = await freePort();
  const { child } = await launch(['--import', 'tsx', 'scripts/bench/hocuspocus-server.ts'], { PORT: String(port) }, /listening on port/);
  const rooms = Array.from({ length: sessions }, (_, i) => `room-${i}`);
  return { name: '@hocuspocus/server 3.4 (in memory)', protocol: 'hocuspocus', pid: child.pid!, providerUrl: `ws://127.0.0.1:${port}`, rooms, stop: stopper(child) };
}

const TICKS_PER_SECOND = 100;
const SERVER_LOOP_SAMPLING_MS = 20;

/** CPU seconds (user + system) the process has used so far. */
export function cpuSeconds(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
}

export function residentBytes(pid: number): number {
  const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return match ? Number(match[1]) * 1024 : 0;
}
