import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { connect, createSession, disconnectAll, identify, joinAs, startTestServer, synced, waitFor, writeCard, type TestServer } from './support';

let server: TestServer;
beforeAll(async () => { server = await startTestServer(); });
afterEach(disconnectAll);
afterAll(async () => { await server.close(); });

const SAMPLE = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(\{(?:[a-zA-Z_][a-zA-Z0-9_]*="(?:[^"\\\n]|\\["\\n])*",?)*\})? (\S+)( -?\d+)?$/;
/** A float as Prometheus reads it (Go's ParseFloat: NaN and Inf in any case). */
const FLOAT = /^([+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?|[+-]?inf(inity)?|nan)$/i;
const TYPES = new Set(['counter', 'gauge', 'histogram', 'summary', 'untyped']);

/**
 * Parses Prometheus' text exposition format (0.0.4) strictly: every line is a
 * HELP, a TYPE, a sample or empty; every sample belongs to a family whose TYPE came
 * first; every value is a number. Returns the samples by `name{labels}`.
 */
function parsePrometheusText(text: string): Map<string, number> {
  const types = new Map<string, string>();
  const samples = new Map<string, number>();
  for (const line of text.split('\n')) {
    // Empty lines are allowed between families.
    if (line === '' || line.startsWith('# HELP ')) continue;
    if (line.startsWith('# TYPE ')) {
      const [, , name, type] = line.split(' ');
      expect(TYPES.has(type), `type of ${name}`).toBe(true);
      types.set(name, type);
      continue;
    }
    const match = SAMPLE.exec(line);
    expect(match, `a sample line: ${line}`).not.toBeNull();
    const [, name, labels = '', value] = match!;
    const family = [...types.keys()].find((known) => name === known || /^_(bucket|sum|count)$/.test(name.slice(known.length)) && name.startsWith(known));
    expect(family, `TYPE declared before ${name}`).toBeDefined();
    expect(value, `numeric value in ${line}`).toMatch(FLOAT);
    const number = /^nan$/i.test(value) ? Number.NaN : Number(value.replace(/inf(inity)?$/i, 'Infinity'));
    samples.set(`${name}${labels}`, number);
  }
  return samples;
}

async function scrape(): Promise<Map<string, number>> {
  const response = await fetch(`${server.http}/metrics`);
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
  return parsePrometheusText(await response.text());
}

describe('GET /metrics', () => {
  it('parses as Prometheus text and names every figure an operator watches', async () => {
    const metrics = await scrape();
    for (const name of [
      'praatplaten_live_sessions', 'praatplaten_connections', 'praatplaten_updates_total', 'praatplaten_updates_per_second',
      'praatplaten_database_bytes', 'nodejs_eventloop_lag_seconds', 'nodejs_eventloop_lag_p99_seconds', 'process_resident_memory_bytes',
    ]) expect(metrics.has(name), name).toBe(true);
    expect(metrics.get('praatplaten_database_bytes')).toBeGreaterThan(0);
    expect(metrics.has('praatplaten_refused_updates_total{reason="locked"}')).toBe(true);
  });

  it('its counters move when a session is used, and refusals are counted by reason', async () => {
    const before = await scrape();
    const { code, facilitatorKey } = await createSession(server.http);
    const control = connect(server.ws, `${code}/control`, { cookie: (await identify(server.http, code, { key: facilitatorKey })).cookie });
    const writer = await joinAs(server, code, 'Ann');
    const reader = await joinAs(server, code, 'Bob');
    await synced(control);
    for (let i = 0; i < 30; i++) writeCard(writer, `c${i}`, `card ${i}`);
    await waitFor(() => reader.doc.getMap('cards').size === 30, 'cards delivered');

    control.doc.getMap('control').set('locked', true);
    await waitFor(() => server.rooms.get(code)?.locked === true, 'lock on the server');
    writeCard(writer, 'locked', 'while locked');
    const lockedRefusals = 'praatplaten_refused_updates_total{reason="locked"}';
    await expect.poll(async () => (await scrape()).get(lockedRefusals), { timeout: 5000 }).toBeGreaterThan(before.get(lockedRefusals)!);

    const during = await scrape();
    expect(during.get('praatplaten_connections')! - before.get('praatplaten_connections')!).toBe(3);
    expect(during.get('praatplaten_live_sessions')! - before.get('praatplaten_live_sessions')!).toBe(1);
    // 30 cards and the lock; the connection's sync steps may add a few empty updates.
    expect(during.get('praatplaten_updates_total')! - before.get('praatplaten_updates_total')!).toBeGreaterThanOrEqual(31);
    await expect.poll(async () => (await scrape()).get('praatplaten_updates_per_second')!, { timeout: 5000 }).toBeGreaterThan(0);

    disconnectAll();
    await waitFor(() => server.rooms.get(code) === undefined, 'session unloaded');
    const after = await scrape();
    expect(after.get('praatplaten_connections')).toBe(before.get('praatplaten_connections'));
    expect(after.get('praatplaten_live_sessions')).toBe(before.get('praatplaten_live_sessions'));
  });
});
