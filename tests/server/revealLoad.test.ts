/**
 * The reveal moves every participant's hidden cards into the worksheet a few
 * documents per turn of the event loop: the server keeps answering meanwhile.
 * Timed, so it runs in the `load` project, alone on the cores.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { connect, createSession, disconnectAll, identify, joinAs, startTestServer, waitFor, writeCard, type TestServer } from './support';

let server: TestServer;
beforeAll(async () => { server = await startTestServer(); });
afterEach(disconnectAll);
afterAll(async () => { await server.close(); });

describe('the reveal does not stall the server', () => {
  it('revealing 60 participants\' hidden cards leaves /healthz answering, a few documents per turn', async () => {
    const { code, facilitatorKey } = await createSession(server.http);
    const { cookie } = await identify(server.http, code, { key: facilitatorKey });
    const control = connect(server.ws, `${code}/control`, { cookie });
    await waitFor(() => control.provider.synced, 'control synced');
    control.doc.getMap('control').set('hidden', true);
    await waitFor(() => server.rooms.get(code)?.hidden === true, 'hidden on the server');
    const people = await Promise.all(Array.from({ length: 60 }, (_, index) => joinAs(server, `${code}/own`, `Deelnemer ${index}`)));
    for (const [index, person] of people.entries()) {
      person.doc.transact(() => {
        for (let card = 0; card < 30; card++) writeCard(person, `h${index}-${card}`, `Verborgen antwoord ${card} `.repeat(20));
      });
    }
    const room = server.rooms.get(code)!;
    await waitFor(() => people.every((person) => room.documentFor('own', { id: person.id, role: 'participant' }).doc.getMap('cards').size === 30), 'hidden cards stored', 15_000);
    // Everyone leaves their own document: the reveal loads each from the store.
    for (const person of people) person.provider.destroy();
    await waitFor(() => room.ownDocumentsInMemory === 0, 'own documents out of memory');

    const latencies: number[] = [];
    control.doc.getMap('control').set('hidden', false);
    while (room.worksheet.doc.getMap('cards').size < 1800) {
      const started = performance.now();
      expect((await fetch(`${server.http}/healthz`)).status).toBe(200);
      latencies.push(performance.now() - started);
    }
    latencies.sort((a, b) => a - b);
    console.log(JSON.stringify({ healthzSamples: latencies.length, p95: Math.round(latencies[Math.floor(latencies.length * 0.95)]), max: Math.round(latencies.at(-1)!) }));
    expect(latencies.length).toBeGreaterThan(1);
    expect(latencies[Math.floor(latencies.length * 0.95)]).toBeLessThan(100);
  }, 60_000);
});
