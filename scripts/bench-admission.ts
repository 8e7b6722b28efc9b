/**
 * Admission benchmark (not a test): the server's CPU per 1,000 participant
 * updates through `SessionRoom.applyUpdate` (checks, rights, apply, store),
 * this checkout against an earlier one (BEFORE_DIR, with its own
 * node_modules), in one process, alternating, the same updates for both.
 * CPU time, not wall time: it holds on a shared, noisy machine.
 *
 * Then the same for refusals: a participant's delete set naming every clock
 * of every client, sent again and again into a session of those cards.
 *
 *   BEFORE_DIR=../before npm run bench:admission      (ROUNDS, PARTICIPANTS, EDITS, ATTACKS to change it)
 */
import { resolve } from 'node:path';
import * as Y from 'yjs';
import { bulkDelete } from '../tests/server/support';

const ROUNDS = Number(process.env.ROUNDS ?? 7);
const PARTICIPANTS = Number(process.env.PARTICIPANTS ?? 40);
const EDITS = Number(process.env.EDITS ?? 100);
/** Updates applied per turn of the event loop before the store is written, as under load. */
const PER_TURN = 40;
const ATTACKS = Number(process.env.ATTACKS ?? 200);

interface Version {
  name: string;
  SessionRoom: new (code: string, store: unknown, durable: unknown) => { worksheet: unknown; applyUpdate(document: unknown, peer: unknown, update: Uint8Array): unknown; destroy(keep?: boolean): void };
  DurableBroadcast: new (store: unknown) => { flush(): void };
  openSqliteStore: (file: string, log?: (message: string) => void) => { close(): Promise<void> };
}

async function load(name: string, dir: string): Promise<Version> {
  const [room, durable, persistence] = await Promise.all([
    import(resolve(dir, 'server/sessionRoom.ts')), import(resolve(dir, 'server/durableBroadcast.ts')), import(resolve(dir, 'server/persistence.ts')),
  ]);
  return { name, SessionRoom: room.SessionRoom, DurableBroadcast: durable.DurableBroadcast, openSqliteStore: persistence.openSqliteStore };
}

/** Each participant's updates, in the order a session would see them: a card of their own, then typing, a column, a dot. */
function workload(): { id: string; updates: Uint8Array[] }[] {
  return Array.from({ length: PARTICIPANTS }, (_, index) => {
    const id = `p${index}`;
    const doc = new Y.Doc();
    const updates: Uint8Array[] = [];
    doc.on('update', (update: Uint8Array) => updates.push(update));
    const card = new Y.Map<unknown>();
    doc.transact(() => {
      doc.getMap('cards').set(`${id}-1`, card);
      card.set('plate', 'smjp');
      card.set('column', 'open-vraag');
      card.set('text', new Y.Text(''));
      card.set('detail', new Y.Text(''));
      card.set('author', `Deelnemer ${index}`);
      card.set('authorId', id);
      card.set('createdAt', 1);
    });
    const text = card.get('text') as Y.Text;
    for (let edit = 0; edit < EDITS; edit++) {
      if (edit % 25 === 24) card.set('column', edit % 50 === 49 ? 'open-vraag' : 'kansen');
      else text.insert(text.length, 'abcdefghij'[edit % 10]);
    }
    return { id, updates };
  });
}

function peerFor(id: string, index: number) {
  return {
    role: 'participant', identity: { code: 'BENCH1', id, name: `Deelnemer ${index}`, role: 'participant' },
    send() {}, sendFrame() {}, close() {}, resync() {}, awarenessIds: new Set<number>(), budget: { take: () => true, full: true }, lastSeen: Date.now(),
  };
}

/** CPU ms to apply every update of the workload to a fresh session of `version`. */
async function run(version: Version, load: { id: string; updates: Uint8Array[] }[]): Promise<{ ms: number; updates: number }> {
  const store = version.openSqliteStore(':memory:', () => {});
  const durable = new version.DurableBroadcast(store);
  const room = new version.SessionRoom('BENCH1', store, durable);
  const peers = load.map(({ id }, index) => peerFor(id, index));
  // Interleaved as participants type at once: one update of each in turn.
  const longest = Math.max(...load.map(({ updates }) => updates.length));
  let applied = 0;
  let refused = 0;
  const started = process.cpuUsage();
  for (let step = 0; step < longest; step++) {
    for (const [index, { updates }] of load.entries()) {
      if (step >= updates.length) continue;
      if (room.applyUpdate(room.worksheet, peers[index], updates[step]) !== undefined) refused++;
      if (++applied % PER_TURN === 0) durable.flush();
    }
  }
  durable.flush();
  const used = process.cpuUsage(started);
  room.destroy(false);
  await store.close();
  if (refused) throw new Error(`${version.name}: ${refused} honest updates refused`);
  return { ms: (used.user + used.system) / 1000, updates: applied };
}

/** CPU ms for `ATTACKS` bulk deletes by a participant into a session holding the workload's cards. */
async function attack(version: Version, load: { id: string; updates: Uint8Array[] }[]): Promise<{ ms: number; updates: number; refused: number }> {
  const store = version.openSqliteStore(':memory:', () => {});
  const durable = new version.DurableBroadcast(store);
  const room = new version.SessionRoom('BENCH1', store, durable) as unknown as { worksheet: { doc: Y.Doc }; applyUpdate: Version['SessionRoom']['prototype']['applyUpdate']; destroy(keep?: boolean): void };
  for (const [index, { id, updates }] of load.entries()) for (const update of updates) room.applyUpdate(room.worksheet, peerFor(id, index), update);
  durable.flush();
  const message = bulkDelete(room.worksheet.doc);
  const attacker = peerFor('eve', 999);
  let refused = 0;
  const started = process.cpuUsage();
  for (let index = 0; index < ATTACKS; index++) {
    if (room.applyUpdate(room.worksheet, attacker, message) !== undefined) refused++;
    if (index % PER_TURN === PER_TURN - 1) durable.flush();
  }
  durable.flush();
  const used = process.cpuUsage(started);
  room.destroy(false);
  await store.close();
  return { ms: (used.user + used.system) / 1000, updates: ATTACKS, refused };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

const beforeDir = process.env.BEFORE_DIR;
const versions = [await load('this checkout', process.cwd()), ...(beforeDir ? [await load(`before (${beforeDir})`, beforeDir)] : [])];
const updates = workload();
const perThousand = new Map<string, number[]>(versions.map((version) => [version.name, []]));
for (let round = 0; round < ROUNDS + 1; round++) {
  for (const version of round % 2 ? versions : [...versions].reverse()) {
    const { ms, updates: count } = await run(version, updates);
    // The first round warms up the JIT for both.
    if (round > 0) perThousand.get(version.name)!.push((ms * 1000) / count);
  }
}
console.log(`admission benchmark: ${PARTICIPANTS} participants x ${EDITS + 1} updates each, interleaved, ${ROUNDS} rounds alternating (after one warm-up)`);
console.log('| server | CPU ms per 1,000 updates, median | min | max |');
console.log('|---|---|---|---|');
for (const [name, values] of perThousand) console.log(`| ${name} | ${median(values).toFixed(0)} | ${Math.min(...values).toFixed(0)} | ${Math.max(...values).toFixed(0)} |`);
if (versions.length === 2) {
  const [now, before] = [...perThousand.values()].map(median);
  console.log(`ratio, this checkout / before: ${(now / before).toFixed(2)}`);
}

const attackCost = new Map<string, number[]>(versions.map((version) => [version.name, []]));
for (let round = 0; round < Math.min(ROUNDS, 5) + 1; round++) {
  for (const version of round % 2 ? versions : [...versions].reverse()) {
    const { ms, updates: count, refused } = await attack(version, updates);
    if (refused !== count) throw new Error(`${version.name}: ${count - refused} attacks not refused`);
    if (round > 0) attackCost.get(version.name)!.push((ms * 1000) / count);
  }
}
console.log(`\nrefusals: ${ATTACKS} delete sets naming every clock of every client (a few hundred bytes each) into a session of ${PARTICIPANTS} cards`);
console.log('| server | CPU ms per 1,000 refused updates, median | min | max |');
console.log('|---|---|---|---|');
for (const [name, values] of attackCost) console.log(`| ${name} | ${median(values).toFixed(0)} | ${Math.min(...values).toFixed(0)} | ${Math.max(...values).toFixed(0)} |`);
