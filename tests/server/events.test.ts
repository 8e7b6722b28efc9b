import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ROUTE_PLATE, SECTOR_GOALS } from '../../src/sector/goals';
import { sectorTotals, summarizeSchool, type RouteEntry, type SectorTotals } from '../../src/sector/totals';
import { setChoice, setPriority, setStand, type Choice, type Priority } from '../../src/worksheets/route';
import { THEMES } from '../../server/sectorTotals';
import { createSession, disconnectAll, joinAs, startTestServer, waitFor, type Person, type TestServer } from './support';

let server: TestServer;
// Many sessions and events from one address: the limits have a test of their own below.
beforeAll(async () => { server = await startTestServer({ rateLimits: false }); });
afterEach(disconnectAll);
afterAll(async () => { await server.close(); });

const json = { 'content-type': 'application/json' };
const auth = (key: string) => ({ authorization: `Bearer ${key}` });

async function createEvent(base: string, title = 'Netwerkdag'): Promise<{ code: string; organiserKey: string }> {
  const response = await fetch(`${base}/api/events`, { method: 'POST', headers: json, body: JSON.stringify({ title }) });
  expect(response.status).toBe(201);
  return response.json() as Promise<{ code: string; organiserKey: string }>;
}

function link(base: string, session: { code: string; facilitatorKey: string }, event: string, school?: string): Promise<Response> {
  return fetch(`${base}/api/sessions/${session.code}/event`, {
    method: 'PUT', headers: { ...json, ...auth(session.facilitatorKey) }, body: JSON.stringify({ event, ...(school ? { school } : {}) }),
  });
}

async function totalsOf(base: string, event: string, key: string, since?: number): Promise<{ version: number; totals: SectorTotals }> {
  const response = await fetch(`${base}/api/events/${event}/totals${since === undefined ? '' : `?since=${since}`}`, { headers: auth(key) });
  expect(response.status).toBe(200);
  return response.json() as Promise<{ version: number; totals: SectorTotals }>;
}

/** The answers of one participant, as in the unit test: stand and priority per theme, choice per roadmap item. */
interface Answers { stand?: Record<string, number>; priority?: Record<string, Priority>; choice?: Record<string, Choice> }

/** A school: a session linked to the event, with participants answering plate 5 over real websockets. */
async function school(event: string, answers: Answers[], name?: string) {
  const session = await createSession(server.http, name ?? 'Anonieme school');
  expect((await link(server.http, session, event, name)).status).toBe(200);
  const people: Person[] = [];
  const raw: RouteEntry[] = [];
  for (const [index, given] of answers.entries()) {
    const person = await joinAs(server, session.code, `Deelnemer ${index}`);
    people.push(person);
    person.doc.transact(() => {
      for (const [theme, step] of Object.entries(given.stand ?? {})) setStand(person.doc, ROUTE_PLATE, person.id, theme, step);
      for (const [theme, priority] of Object.entries(given.priority ?? {})) setPriority(person.doc, ROUTE_PLATE, person.id, theme, priority);
      for (const [item, choice] of Object.entries(given.choice ?? {})) setChoice(person.doc, ROUTE_PLATE, person.id, item, choice);
    });
    for (const [theme, value] of Object.entries(given.stand ?? {})) raw.push({ participant: person.id, field: 'stand', subject: theme, value });
    for (const [theme, value] of Object.entries(given.priority ?? {})) raw.push({ participant: person.id, field: 'priority', subject: theme, value });
    for (const [item, value] of Object.entries(given.choice ?? {})) raw.push({ participant: person.id, field: 'choice', subject: item, value });
  }
  const expectedKeys = raw.length;
  await waitFor(() => server.rooms.get(session.code)!.worksheet.doc.getMap('route').size === expectedKeys, 'answers on the server');
  return { session, people, raw, name };
}

const CYBER = 'cyberweerbaarheid';
const DATA = 'data-ai';
const cyberItems = THEMES.find((theme) => theme.id === CYBER)!.items;

describe('events', () => {
  it('an organiser creates an event with its own code and key; anyone with the code sees only its title', async () => {
    const { code, organiserKey } = await createEvent(server.http, 'Netwerkdag 12 juni');
    expect(code).toMatch(/^[2-9A-Z]{6}$/);
    expect(organiserKey.length).toBeGreaterThanOrEqual(40);
    expect(await (await fetch(`${server.http}/api/events/${code.toLowerCase()}`)).json()).toEqual({ code, title: 'Netwerkdag 12 juni' });
    expect((await fetch(`${server.http}/api/events/ZZZZZZ`)).status).toBe(404);
  });

  it('a facilitator links their session with the event code and a school name, and unlinks it', async () => {
    const event = await createEvent(server.http);
    const session = await createSession(server.http);
    const before = await (await fetch(`${server.http}/api/sessions/${session.code}/event`)).json();
    expect(before).toEqual({ event: null, school: null });
    const linked = await link(server.http, session, event.code.toLowerCase(), '  ROC Noord ');
    expect(linked.status).toBe(200);
    expect(await linked.json()).toEqual({ event: { code: event.code, title: 'Netwerkdag' }, school: 'ROC Noord' });
    // What participants see: their session shares its totals with this event.
    expect(await (await fetch(`${server.http}/api/sessions/${session.code}/event`)).json()).toEqual({ event: { code: event.code, title: 'Netwerkdag' }, school: 'ROC Noord' });
    const anonymous = await link(server.http, session, event.code);
    expect(await anonymous.json()).toMatchObject({ school: null });
    const unlinked = await fetch(`${server.http}/api/sessions/${session.code}/event`, { method: 'DELETE', headers: auth(session.facilitatorKey) });
    expect(unlinked.status).toBe(204);
    expect(await (await fetch(`${server.http}/api/sessions/${session.code}/event`)).json()).toEqual({ event: null, school: null });
    const again = await fetch(`${server.http}/api/sessions/${session.code}/event`, { method: 'DELETE', headers: auth(session.facilitatorKey) });
    expect(await again.json()).toMatchObject({ reason: 'not-linked' });
  });

  it('wrong keys are refused: only the facilitator links, only the organiser deletes or makes links, nobody else reads totals', async () => {
    const event = await createEvent(server.http);
    const other = await createEvent(server.http);
    const session = await createSession(server.http);
    const stranger = await createSession(server.http);
    const refused = await fetch(`${server.http}/api/sessions/${session.code}/event`, {
      method: 'PUT', headers: { ...json, ...auth(stranger.facilitatorKey) }, body: JSON.stringify({ event: event.code }),
    });
    expect(refused.status).toBe(403);
    expect(await refused.json()).toMatchObject({ reason: 'not-facilitator' });
    expect((await fetch(`${server.http}/api/sessions/${session.code}/event`, { method: 'PUT', headers: json, body: JSON.stringify({ event: event.code }) })).status).toBe(403);

    const participant = await joinAs(server, session.code, 'Ann');
    for (const headers of [{}, auth('wrong'), auth(session.facilitatorKey), auth(other.organiserKey), { cookie: participant.cookie }] as Record<string, string>[]) {
      const response = await fetch(`${server.http}/api/events/${event.code}/totals`, { headers });
      expect(response.status).toBe(403);
      expect(await response.json()).toMatchObject({ reason: 'no-access' });
    }
    for (const path of ['', '/reader-link']) {
      const response = await fetch(`${server.http}/api/events/${event.code}${path}`, { method: path ? 'POST' : 'DELETE', headers: auth(session.facilitatorKey) });
      expect(response.status).toBe(403);
      expect(await response.json()).toMatchObject({ reason: 'not-organiser' });
    }
    // A read-only link reads this event's totals, not another's, and cannot delete or make links.
    const { token } = await (await fetch(`${server.http}/api/events/${event.code}/reader-link`, { method: 'POST', headers: auth(event.organiserKey) })).json() as { token: string };
    expect((await fetch(`${server.http}/api/events/${event.code}/totals`, { headers: auth(token) })).status).toBe(200);
    expect((await fetch(`${server.http}/api/events/${other.code}/totals`, { headers: auth(token) })).status).toBe(403);
    expect((await fetch(`${server.http}/api/events/${event.code}`, { method: 'DELETE', headers: auth(token) })).status).toBe(403);
    expect((await fetch(`${server.http}/api/events/${event.code}/reader-link`, { method: 'POST', headers: auth(token) })).status).toBe(403);
  });

  it('bad input gets a clear error with a reason the app can translate', async () => {
    const event = await createEvent(server.http);
    const session = await createSession(server.http);
    const cases: [Promise<Response>, number, string][] = [
      [fetch(`${server.http}/api/events`, { method: 'POST', headers: json, body: '{oops' }), 400, 'bad-request'],
      [fetch(`${server.http}/api/events`, { method: 'POST', headers: json, body: JSON.stringify({ title: 7 }) }), 400, 'bad-request'],
      [fetch(`${server.http}/api/events`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: '{}' }), 415, 'bad-request'],
      [link(server.http, session, 'NOPE'), 404, 'event-not-found'],
      [link(server.http, session, ''), 400, 'bad-request'],
      [fetch(`${server.http}/api/sessions/${session.code}/event`, { method: 'PUT', headers: { ...json, ...auth(session.facilitatorKey) }, body: JSON.stringify({ event: event.code, school: ['x'] }) }), 400, 'bad-request'],
      [fetch(`${server.http}/api/sessions/ZZZZZZ/event`), 404, 'session-not-found'],
    ];
    for (const [request, status, reason] of cases) {
      const response = await request;
      expect(response.status).toBe(status);
      const body = await response.json() as { error: string; reason: string };
      expect(body.reason).toBe(reason);
      expect(body.error.length).toBeGreaterThan(5);
    }
  });

  it('the totals equal a computation from the raw answers; schools by name only when their facilitator chose it', async () => {
    const event = await createEvent(server.http);
    const schools = [
      await school(event.code, [
        { stand: { [CYBER]: 2, [DATA]: 3 }, priority: { [CYBER]: 'hoog' }, choice: { [cyberItems[0]]: 'samen', [cyberItems[1]]: 'samen' } },
        { stand: { [CYBER]: 3, [DATA]: 4 }, priority: { [CYBER]: 'hoog' }, choice: { [cyberItems[0]]: 'samen' } },
      ], 'ROC Noord'),
      await school(event.code, [
        { stand: { [CYBER]: 4 }, priority: { [CYBER]: 'midden' }, choice: { [cyberItems[0]]: 'zelf' } },
        { stand: { [CYBER]: 5, [DATA]: 1 }, priority: { [CYBER]: 'laag' }, choice: { [cyberItems[0]]: 'samen' } },
        { stand: { [CYBER]: 1 }, priority: { [CYBER]: 'midden' }, choice: { [cyberItems[0]]: 'samen' } },
      ]),
      await school(event.code, [
        { stand: { [CYBER]: 3, [DATA]: 2 }, priority: { [CYBER]: 'hoog' }, choice: { [cyberItems[0]]: 'samen', [cyberItems[1]]: 'nog-niet' } },
      ]),
    ];
    const reply = await totalsOf(server.http, event.code, event.organiserKey);
    const links = server.store.linksOf(event.code);
    const expected = sectorTotals(
      schools.map((entry) => {
        const linkId = links.find((row) => row.sessionCode === entry.session.code)!.linkId;
        return { id: linkId, ...(entry.name ? { name: entry.name } : {}), summary: summarizeSchool(entry.raw, THEMES) };
      }),
      THEMES,
      SECTOR_GOALS,
    );
    expect(reply.totals).toEqual(expected);
    expect(reply.totals.themes.find((theme) => theme.theme === CYBER)!.stands).toMatchObject({ values: [2.5, 3, 4], atGoal: 2 });
    expect(reply.totals.schools.map((row) => row.name ?? 'anoniem').sort()).toEqual(['ROC Noord', 'anoniem', 'anoniem']);
    // No participant ids, display names or session codes leave the server.
    const text = JSON.stringify(reply);
    for (const entry of schools) {
      expect(text).not.toContain(entry.session.code);
      for (const person of entry.people) {
        expect(text).not.toContain(person.id);
        expect(text).not.toContain(person.name);
      }
    }
    expect(text).not.toContain('Anonieme school');
    // The operator's log says which session linked to which event, never a school's name.
    expect(server.logs.some((line) => line.includes('session linked to an event'))).toBe(true);
    expect(server.logs.join('\n')).not.toContain('ROC Noord');
  });

  it('with fewer than three schools no breakdown is sent, only how many schools there are', async () => {
    const event = await createEvent(server.http);
    await school(event.code, [{ stand: { [CYBER]: 5 } }], 'ROC Klein');
    await school(event.code, [{ stand: { [CYBER]: 1 } }]);
    const { totals } = await totalsOf(server.http, event.code, event.organiserKey);
    expect(totals).toEqual({ linked: 2, answering: 2, suppressed: true, themes: [], candidates: [], schools: [] });
  });

  it('an answer reaches a waiting sector view within two seconds; deleting a session removes it from the totals', async () => {
    const event = await createEvent(server.http);
    const made = [
      await school(event.code, [{ stand: { [CYBER]: 2 } }]),
      await school(event.code, [{ stand: { [CYBER]: 3 } }]),
      await school(event.code, [{ stand: { [CYBER]: 4 } }]),
    ];
    const first = await totalsOf(server.http, event.code, event.organiserKey);
    expect(first.totals.themes.find((theme) => theme.theme === CYBER)!.stands!.values).toEqual([2, 3, 4]);
    const waiting = totalsOf(server.http, event.code, event.organiserKey, first.version);
    const started = Date.now();
    const [person] = made[0].people;
    setStand(person.doc, ROUTE_PLATE, person.id, CYBER, 5);
    const next = await waiting;
    expect(Date.now() - started).toBeLessThan(2000);
    expect(next.version).toBeGreaterThan(first.version);
    expect(next.totals.themes.find((theme) => theme.theme === CYBER)!.stands!.values).toEqual([3, 4, 5]);

    const deleted = await fetch(`${server.http}/api/sessions/${made[1].session.code}`, { method: 'DELETE', headers: auth(made[1].session.facilitatorKey) });
    expect(deleted.status).toBe(204);
    await new Promise((resolve) => setTimeout(resolve, 1100));
    const after = await totalsOf(server.http, event.code, event.organiserKey);
    expect(after.totals).toMatchObject({ linked: 2, suppressed: true });
    expect(server.store.linkOfSession(made[1].session.code)).toBeUndefined();
  });

  it('the organiser sees the linked schools without their session codes and can remove one', async () => {
    const event = await createEvent(server.http);
    const named = await createSession(server.http);
    const anonymous = await createSession(server.http);
    await link(server.http, named, event.code, 'ROC Noord');
    await link(server.http, anonymous, event.code);
    const listed = await fetch(`${server.http}/api/events/${event.code}/links`, { headers: auth(event.organiserKey) });
    const { links } = await listed.json() as { links: { id: string; school: string | null; linkedAt: number }[] };
    expect(links.map((entry) => entry.school)).toEqual(['ROC Noord', null]);
    expect(JSON.stringify(links)).not.toContain(named.code);
    // Nor the ids anonymous schools are numbered by: with those and the times, who is who would show.
    for (const row of server.store.linksOf(event.code)) expect(JSON.stringify(links)).not.toContain(row.linkId);
    const { token } = await (await fetch(`${server.http}/api/events/${event.code}/reader-link`, { method: 'POST', headers: auth(event.organiserKey) })).json() as { token: string };
    for (const key of [token, named.facilitatorKey]) {
      expect((await fetch(`${server.http}/api/events/${event.code}/links`, { headers: auth(key) })).status).toBe(403);
      expect((await fetch(`${server.http}/api/events/${event.code}/links/${links[1].id}`, { method: 'DELETE', headers: auth(key) })).status).toBe(403);
    }
    expect((await fetch(`${server.http}/api/events/${event.code}/links/${links[1].id}`, { method: 'DELETE', headers: auth(event.organiserKey) })).status).toBe(204);
    expect(await (await fetch(`${server.http}/api/sessions/${anonymous.code}/event`)).json()).toEqual({ event: null, school: null });
    expect((await totalsOf(server.http, event.code, event.organiserKey)).totals.linked).toBe(1);
    const again = await fetch(`${server.http}/api/events/${event.code}/links/${links[1].id}`, { method: 'DELETE', headers: auth(event.organiserKey) });
    expect(await again.json()).toMatchObject({ reason: 'not-linked' });
  });

  it('deleting the event removes its links and its read-only links stop working', async () => {
    const event = await createEvent(server.http);
    const session = await createSession(server.http);
    await link(server.http, session, event.code, 'ROC Noord');
    const { token } = await (await fetch(`${server.http}/api/events/${event.code}/reader-link`, { method: 'POST', headers: auth(event.organiserKey) })).json() as { token: string };
    expect((await fetch(`${server.http}/api/events/${event.code}`, { method: 'DELETE', headers: auth(event.organiserKey) })).status).toBe(204);
    expect((await fetch(`${server.http}/api/events/${event.code}/totals`, { headers: auth(token) })).status).toBe(410);
    expect(await (await fetch(`${server.http}/api/sessions/${session.code}/event`)).json()).toEqual({ event: null, school: null });
    expect(server.store.linksOf(event.code)).toEqual([]);
    expect((await link(server.http, session, event.code)).status).toBe(410);
  });
});

describe('events and the per-address limits', () => {
  it('creating events is rate limited per address, with a reason the app can translate', async () => {
    const limited = await startTestServer();
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 21; i++) statuses.push((await fetch(`${limited.http}/api/events`, { method: 'POST', headers: json, body: '{}' })).status);
      expect(statuses.slice(0, 20).every((status) => status === 201)).toBe(true);
      const refused = await fetch(`${limited.http}/api/events`, { method: 'POST', headers: json, body: '{}' });
      expect(refused.status).toBe(429);
      expect(await refused.json()).toMatchObject({ reason: 'too-many' });
    } finally {
      await limited.close();
    }
  });

  it('a sector view polling with a valid key is not limited; lookups without one are', async () => {
    const limited = await startTestServer();
    try {
      const event = await createEvent(limited.http);
      const polls = await Promise.all(Array.from({ length: 250 }, () => fetch(`${limited.http}/api/events/${event.code}/totals`, { headers: auth(event.organiserKey) })));
      expect(polls.every((response) => response.status === 200)).toBe(true);
      const guesses = await Promise.all(Array.from({ length: 250 }, () => fetch(`${limited.http}/api/events/${event.code}/totals`, { headers: auth('guess') })));
      expect(guesses.filter((response) => response.status === 429).length).toBeGreaterThan(0);
    } finally {
      await limited.close();
    }
  });
});

describe('events across a restart', () => {
  it('a restart keeps the links, and the totals come from the stored documents', async () => {
    const first = await startTestServer({ rateLimits: false });
    const previous = server;
    server = first;
    try {
      const event = await createEvent(first.http);
      for (const stand of [1, 2, 3]) await school(event.code, [{ stand: { [CYBER]: stand } }]);
      const before = await totalsOf(first.http, event.code, event.organiserKey);
      disconnectAll();
      await first.close();
      const second = await startTestServer({ dataDir: first.dataDir });
      try {
        const after = await totalsOf(second.http, event.code, event.organiserKey);
        expect(after.totals).toEqual(before.totals);
        expect(after.totals.themes.find((theme) => theme.theme === CYBER)!.stands!.values).toEqual([1, 2, 3]);
      } finally {
        await second.close();
      }
    } finally {
      server = previous;
    }
  });
});
