/**
 * When the server loses its database, the browsers still hold the session: the facilitator's key
 * restores it and everyone's identity still holds, because the secret that signs both lives in its
 * own file (or the environment). A stranger who knows the code can do neither.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { CLOSE } from '../../src/domain/limits';
import { FacilitatorKeys, hashKey } from '../../server/codes';
import { databasePath } from '../../server/config';
import { Identities } from '../../server/identity';
import { openSqliteStore } from '../../server/persistence';
import { secretPath } from '../../server/secret';
import { ownWork, writeAgain } from '../../src/session/mend';
import { cardText, connect, createSession, disconnectAll, identify, joinAs, startTestServer, synced, waitFor, writeCard, type TestServer } from './support';

const servers: TestServer[] = [];
afterEach(async () => {
  disconnectAll();
  for (const server of servers.splice(0)) await server.close();
});

async function serve(options: Parameters<typeof startTestServer>[0] = {}): Promise<TestServer> {
  const server = await startTestServer(options);
  servers.push(server);
  return server;
}

/** The database is lost (deleted, a disk replaced); the rest of the data folder is kept. */
async function loseDatabase(server: TestServer): Promise<TestServer> {
  await server.close();
  servers.splice(servers.indexOf(server), 1);
  for (const suffix of ['', '-wal', '-shm']) rmSync(`${databasePath(server.dataDir)}${suffix}`, { force: true });
  return serve({ dataDir: server.dataDir });
}

const restore = (server: TestServer, code: string, key: string) => fetch(`${server.http}/api/sessions/${code}`, {
  method: 'PUT', headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` }, body: JSON.stringify({ title: 'Terug' }),
});
const remove = (server: TestServer, code: string, key: string) => fetch(`${server.http}/api/sessions/${code}`, {
  method: 'DELETE', headers: { authorization: `Bearer ${key}` },
});

/** A session where the facilitator and Bram each wrote a card, both offline now; then the server lost its database. */
async function twoCardsThenDataLoss() {
  const first = await serve();
  const { code, facilitatorKey } = await createSession(first.http);
  const facilitator = await joinAs(first, code, 'Begeleider', { key: facilitatorKey });
  const bram = await joinAs(first, code, 'Bram');
  writeCard(facilitator, 'van-begeleider', 'van de begeleider');
  writeCard(bram, 'van-bram', 'eerder van Bram');
  await waitFor(() => cardText(facilitator.doc, 'van-bram') !== undefined && cardText(bram.doc, 'van-begeleider') !== undefined, 'both cards shared');
  facilitator.provider.destroy();
  bram.provider.destroy();
  const second = await loseDatabase(first);
  return { code, facilitatorKey, facilitator, bram, second };
}

describe('restoring a session after the server lost its data', () => {
  it('the secret is kept in secret.key (mode 0600) in the data folder, not in the database', async () => {
    const server = await serve();
    const text = readFileSync(secretPath(server.dataDir), 'utf8');
    expect(text).toMatch(/^[0-9a-f]{64}\n$/);
    expect(statSync(secretPath(server.dataDir)).mode & 0o777).toBe(0o600);
    expect(server.store.storedSecret('identity')).toBeUndefined();
  });

  it('after the database is wiped, the facilitator restores the session and every participant\'s earlier and new cards arrive', async () => {
    const { code, facilitatorKey, facilitator, bram, second } = await twoCardsThenDataLoss();
    expect((await fetch(`${second.http}/api/sessions/${code}`)).status).toBe(404);
    expect((await restore(second, code, facilitatorKey)).status).toBe(201);
    expect((await restore(second, code, facilitatorKey)).status).toBe(200);

    // Bram's cookie from before the loss still says who he is: same id, no new join needed.
    const again = await identify(second.http, code, { cookie: bram.cookie });
    expect(again.participantId).toBe(bram.id);
    const { cookie: facilitatorCookie, role } = await identify(second.http, code, { key: facilitatorKey });
    expect(role).toBe('facilitator');

    // The facilitator's browser sends its copy (the app restores, then connects); then Bram's
    // comes back, and adds a card; a newcomer receives all of it.
    const facilitatorBack = connect(second.ws, code, { cookie: facilitatorCookie, doc: facilitator.doc });
    await synced(facilitatorBack);
    const serverCards = () => second.rooms.get(code)?.worksheet.doc.getMap('cards');
    await waitFor(() => Boolean(serverCards()?.has('van-begeleider') && serverCards()?.has('van-bram')), 'the facilitator\'s copy on the server');
    const bramBack = connect(second.ws, code, { cookie: bram.cookie, doc: bram.doc });
    await synced(bramBack);
    // Bram's old document, now on the new connection.
    writeCard(bram, 'nieuw-van-bram', 'nieuw van Bram');
    const newcomer = await joinAs(second, code, 'Nieuw');
    await waitFor(() => ['van-begeleider', 'van-bram', 'nieuw-van-bram'].every((id) => cardText(newcomer.doc, id) !== undefined), 'every card at the newcomer');
    expect(cardText(newcomer.doc, 'nieuw-van-bram')).toBe('nieuw van Bram');
    expect(bramBack.denied).toEqual([]);
    expect(cardText(bram.doc, 'nieuw-van-bram')).toBe('nieuw van Bram');
  });

  it('a participant\'s browser back before the facilitator\'s is refused, destroys nothing, and mends: every card arrives', async () => {
    const { code, facilitatorKey, facilitator, bram, second } = await twoCardsThenDataLoss();
    expect((await restore(second, code, facilitatorKey)).status).toBe(201);

    // Bram's copy holds the facilitator's card, which is not his to write: refused as a whole, nothing applied.
    const bramBack = connect(second.ws, code, { cookie: bram.cookie, doc: bram.doc });
    await waitFor(() => bramBack.denied.includes('not-yours'), 'Bram told');
    expect(second.rooms.get(code)!.worksheet.doc.getMap('cards').size).toBe(0);
    // The facilitator's copy arrives whole.
    const { cookie: facilitatorCookie } = await identify(second.http, code, { key: facilitatorKey });
    const facilitatorBack = connect(second.ws, code, { cookie: facilitatorCookie, doc: facilitator.doc });
    await synced(facilitatorBack);
    const serverCards = () => second.rooms.get(code)!.worksheet.doc.getMap('cards');
    await waitFor(() => serverCards().has('van-begeleider') && serverCards().has('van-bram'), 'the facilitator\'s copy on the server');
    // Bram's app mends: his own work, a fresh copy, the work written again; then a new card.
    const work = ownWork(bram.doc, bram.id);
    bramBack.provider.destroy();
    const mended = connect(second.ws, code, { cookie: bram.cookie });
    await synced(mended);
    writeAgain(mended.doc, work);
    writeCard(Object.assign(mended, { id: bram.id, name: 'Bram', cookie: bram.cookie }), 'nieuw-van-bram', 'nieuw van Bram');
    const newcomer = await joinAs(second, code, 'Nieuw');
    await waitFor(() => ['van-begeleider', 'van-bram', 'nieuw-van-bram'].every((id) => cardText(newcomer.doc, id) !== undefined), 'every card at the newcomer');
    expect(cardText(newcomer.doc, 'van-begeleider')).toBe('van de begeleider');
    expect(mended.denied).toEqual([]);
  });

  it('after a restore nobody takes a participant\'s id by naming it, before or after that participant comes back', async () => {
    const first = await serve();
    const { code, facilitatorKey } = await createSession(first.http);
    const bram = await identify(first.http, code, { name: 'Bram' });
    const sanne = await identify(first.http, code, { name: 'Sanne' });
    const second = await loseDatabase(first);
    expect((await restore(second, code, facilitatorKey)).status).toBe(201);
    const claimAs = async (previousId: string) => {
      const response = await fetch(`${second.http}/api/sessions/${code}/join`, {
        method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ name: 'Vreemde', previousId }),
      });
      return ((await response.json()) as { participantId: string }).participantId;
    };
    // Sanne is not back yet; Bram is.
    expect((await identify(second.http, code, { cookie: bram.cookie })).participantId).toBe(bram.participantId);
    expect(await claimAs(sanne.participantId)).not.toBe(sanne.participantId);
    expect(await claimAs(bram.participantId)).not.toBe(bram.participantId);
    expect((await identify(second.http, code, { cookie: sanne.cookie })).participantId).toBe(sanne.participantId);
  });

  it('a stranger cannot restore first, with a key of their own, another session\'s key or an old-style key', async () => {
    const first = await serve();
    const { code, facilitatorKey } = await createSession(first.http);
    const other = await createSession(first.http);
    const second = await loseDatabase(first);
    const forged = randomBytes(48).toString('base64url');
    for (const key of [forged, other.facilitatorKey, randomBytes(32).toString('base64url'), 'k'.repeat(43), facilitatorKey.slice(0, -1) + 'A']) {
      const refused = await restore(second, code, key);
      expect(refused.status, key).toBe(403);
      expect((await refused.json() as { error: string }).error).toMatch(/cannot restore/);
    }
    expect((await fetch(`${second.http}/api/sessions/${code}`)).status).toBe(404);
    expect((await restore(second, code, facilitatorKey)).status).toBe(201);
    // Restored: now the code is the facilitator's, and a stranger's key is refused as before.
    expect((await restore(second, code, forged)).status).toBe(409);
  });

  it('nobody can create a session under a code of their choice, nor one this server never issued', async () => {
    const server = await serve();
    const { facilitatorKey } = await createSession(server.http);
    for (const code of ['HACKED', 'QQQQQQ']) {
      for (const key of [randomBytes(48).toString('base64url'), facilitatorKey]) expect((await restore(server, code, key)).status).toBe(403);
      expect((await fetch(`${server.http}/api/sessions/${code}`)).status).toBe(404);
    }
  });

  it('a restored session is deleted only with the proven key: a stranger\'s DELETE is refused and browsers keep their copies', async () => {
    const first = await serve();
    const { code, facilitatorKey } = await createSession(first.http);
    const second = await loseDatabase(first);
    expect((await restore(second, code, facilitatorKey)).status).toBe(201);
    const ann = await joinAs(second, code, 'Ann');
    const bob = await joinAs(second, code, 'Bob');
    expect((await remove(second, code, randomBytes(48).toString('base64url'))).status).toBe(403);
    expect((await remove(second, code, 'k'.repeat(43))).status).toBe(403);
    // Proof the session went on after the refused deletions: a later card reaches a colleague.
    writeCard(ann, 'daarna', 'na de poging');
    await waitFor(() => cardText(bob.doc, 'daarna') !== undefined, 'the later card');
    expect([...ann.closes, ...bob.closes].some((close) => close.code === CLOSE.sessionDeleted)).toBe(false);
    expect((await remove(second, code, facilitatorKey)).status).toBe(204);
    await waitFor(() => bob.closes.some((close) => close.code === CLOSE.sessionDeleted), 'told: deleted');
  });

  it('a session started with an older key (43 characters) keeps working, but cannot be restored after a loss', async () => {
    const first = await serve();
    const code = 'PRE2NU';
    const oldKey = randomBytes(32).toString('base64url');
    expect(oldKey).toHaveLength(43);
    first.store.createSession({ code, keyHash: hashKey(oldKey), title: 'Van vroeger', createdAt: Date.now(), touchedAt: Date.now() });
    expect((await identify(first.http, code, { key: oldKey })).role).toBe('facilitator');
    expect((await fetch(`${first.http}/api/sessions/${code}/results-link`, { method: 'POST', headers: { authorization: `Bearer ${oldKey}` } })).status).toBe(201);
    expect((await restore(first, code, oldKey)).status).toBe(200);
    const second = await loseDatabase(first);
    expect((await restore(second, code, oldKey)).status).toBe(403);
  });
});

describe('where the secret comes from', () => {
  it('a database from before secret.key keeps its secret: it is written to the file and its cookies still verify', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'praatplaten-old-'));
    const oldSecret = randomBytes(32);
    openSqliteStore(databasePath(dataDir)).close();
    const db = new Database(databasePath(dataDir));
    db.prepare('INSERT INTO secrets (name, value) VALUES (?, ?)').run('identity', oldSecret);
    db.close();
    const server = await serve({ dataDir });
    expect(readFileSync(secretPath(dataDir), 'utf8').trim()).toBe(oldSecret.toString('hex'));
    const { code } = await createSession(server.http);
    const cookie = `pp_${code}=${new Identities(oldSecret).issue({ code, id: '7f1c2d3e-0000-4000-8000-000000000001', name: 'Oud', role: 'participant' })}`;
    expect((await identify(server.http, code, { cookie })).participantId).toBe('7f1c2d3e-0000-4000-8000-000000000001');
  });

  it('a secret given to the server (PRAATPLATEN_SECRET) is used and no file is written; keys prove themselves under it', async () => {
    const secret = randomBytes(32);
    const server = await serve({ secret });
    expect(() => statSync(secretPath(server.dataDir))).toThrow();
    const { code, facilitatorKey } = await createSession(server.http);
    expect(facilitatorKey).toHaveLength(64);
    expect(new FacilitatorKeys(secret).proves(facilitatorKey, code)).toBe(true);
    expect(new FacilitatorKeys(randomBytes(32)).proves(facilitatorKey, code)).toBe(false);
  });

  it('a secret.key that does not hold a secret stops the start instead of making a new one', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'praatplaten-badsecret-'));
    writeFileSync(secretPath(dataDir), 'kort\n', { mode: 0o600 });
    await expect(startTestServer({ dataDir })).rejects.toThrow(/secret\.key does not hold a secret/);
    expect(readFileSync(secretPath(dataDir), 'utf8')).toBe('kort\n');
  });
});
