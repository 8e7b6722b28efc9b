/**
 * Enforces the rules of `src/domain/rights.ts` on every update of a
 * worksheet. Which entities (a card, a dot, a route answer) an update touches
 * is read from the update itself before it is applied: the entries it writes
 * and the structs it deletes. Their state is noted, the update applied, and
 * every change the sender had no right to is undone at once by the server as
 * a peer, for everyone. Undoing instead of refusing keeps the sender's later
 * edits flowing: Yjs updates of one client build on each other.
 */
import * as Y from 'yjs';
import { LIMITS, REFUSAL, ROOTS, type Refusal } from '../src/domain/limits';
import { refusalOf, type Actor, type CardFacts, type Change } from '../src/domain/rights';
import { anchorOf, type Inspection, type Struct } from './updateGuard';

/** One entry of a root map: `cards` → card id, `votes` → dot key, `route` → answer key. */
type EntityKey = `${string}\u0000${string}`;

interface CardSnapshot {
  map: Y.Map<unknown>;
  fields: Map<string, unknown>;
  texts: Map<string, string>;
}

/** An entity as it was before the update: its value, and for a card the facts and contents, read then. */
type Snapshot = { root: string; key: string; value: unknown; facts?: CardFacts; card?: CardSnapshot };

/** The entities an update writes or deletes in `doc`; undefined when one cannot be placed (the update is refused). */
export function touchedEntities(doc: Y.Doc, inspection: Inspection): Set<EntityKey> | undefined {
  const touched = new Set<EntityKey>();
  for (const struct of inspection.structs) {
    if (!(struct instanceof Y.Item)) continue;
    const entity = entityOfNew(doc, struct, inspection.find);
    if (entity === null) return undefined;
    if (entity) touched.add(entity);
  }
  for (const [client, ranges] of inspection.ds.clients) {
    const structs = doc.store.clients.get(client);
    if (!structs) continue;
    const state = Y.getState(doc.store, client);
    for (const { clock, len } of ranges) {
      if (clock >= state) continue;
      for (let index = Y.findIndexSS(structs, clock); index < structs.length && structs[index].id.clock < clock + len; index++) {
        const struct = structs[index];
        if (struct instanceof Y.Item && !struct.deleted) {
          const entity = entityOfExisting(struct);
          if (entity) touched.add(entity);
        }
      }
    }
  }
  return touched;
}

/** Where a new struct lands: null when it cannot be placed, undefined for a GC'd spot. */
function entityOfNew(doc: Y.Doc, start: Y.Item, find: (id: Y.ID) => Struct | undefined): EntityKey | null | undefined {
  let current: Struct = start;
  for (let steps = 0; steps < 100_000; steps++) {
    if (!(current instanceof Y.Item)) return undefined;
    if (typeof current.parent === 'string') return current.parentSub === null ? null : key(current.parent, current.parentSub);
    const anchor = anchorOf(current, find, doc);
    if (!anchor) return null;
    if (!anchor.inUpdate) return anchor.struct instanceof Y.Item ? entityOfExisting(anchor.struct) ?? null : undefined;
    current = anchor.struct;
  }
  return null;
}

/** The root entry an integrated struct belongs to. */
function entityOfExisting(item: Y.Item): EntityKey | undefined {
  let current = item;
  for (;;) {
    const parent: unknown = current.parent;
    if (!(parent instanceof Y.AbstractType)) return undefined;
    if (!parent._item) {
      const root = Y.findRootTypeKey(parent);
      return current.parentSub === null ? undefined : key(root, current.parentSub);
    }
    current = parent._item;
  }
}

const key = (root: string, entry: string): EntityKey => `${root}\u0000${entry}`;

export function snapshot(doc: Y.Doc, entities: Set<EntityKey>): Snapshot[] {
  return [...entities].map((entity) => {
    const [root, entry] = entity.split('\u0000');
    const value = doc.getMap(root).get(entry);
    // Read now: a map's fields are gone once the update has deleted or changed them.
    return { root, key: entry, value, facts: facts(value), ...(root === ROOTS.cards && value instanceof Y.Map ? { card: cardSnapshot(value) } : {}) };
  });
}

function cardSnapshot(map: Y.Map<unknown>): CardSnapshot {
  const fields = new Map<string, unknown>();
  const texts = new Map<string, string>();
  for (const [field, value] of map.entries()) {
    if (value instanceof Y.Text) texts.set(field, value.toString());
    else if (!(value instanceof Y.AbstractType)) fields.set(field, value);
  }
  return { map, fields, texts };
}

function facts(value: unknown): CardFacts | undefined {
  if (value === undefined) return undefined;
  const read = (field: string) => (value instanceof Y.Map && typeof value.get(field) === 'string' ? (value.get(field) as string) : '');
  return { authorId: read('authorId'), author: read('author') };
}

/**
 * After the update was applied: undoes every change in `before` that `actor`
 * had no right to make, and says why (the first reason), or undefined.
 */
export function undoForbidden(doc: Y.Doc, actor: Actor, before: Snapshot[], dotsAllowed: number): Refusal | undefined {
  const cards = doc.getMap<unknown>(ROOTS.cards);
  const context = { dotsAllowed, cardExists: (id: string) => cards.get(id) instanceof Y.Map };
  const forbidden: [Snapshot, Refusal][] = [];
  for (const entry of before) {
    const after = doc.getMap(entry.root).get(entry.key);
    const change: Change = entry.root === ROOTS.cards
      ? { kind: 'card', id: entry.key, before: entry.facts, after: facts(after) }
      : { kind: entry.root === ROOTS.votes ? 'vote' : 'route', key: entry.key, before: entry.value, after };
    const refusal = refusalOf(actor, change, context);
    if (refusal) forbidden.push([entry, refusal]);
  }
  if (!forbidden.length) return undefined;
  doc.transact(() => {
    for (const [entry] of forbidden) restore(doc, entry);
  }, 'server');
  return forbidden[0][1];
}

function restore(doc: Y.Doc, entry: Snapshot): void {
  const map = doc.getMap<unknown>(entry.root);
  if (entry.value === undefined) {
    map.delete(entry.key);
    return;
  }
  if (!entry.card) {
    map.set(entry.key, entry.value);
    return;
  }
  const { map: card, fields, texts } = entry.card;
  // The same card still in place: put its fields and texts back. Replaced or removed: build it anew.
  const target = map.get(entry.key) === card && !card._item?.deleted ? card : new Y.Map<unknown>();
  if (target !== card) map.set(entry.key, target);
  for (const field of [...target.keys()]) if (!fields.has(field) && !texts.has(field)) target.delete(field);
  for (const [field, value] of fields) if (target.get(field) !== value) target.set(field, value);
  for (const [field, text] of texts) {
    const current = target.get(field);
    if (current instanceof Y.Text && current.toString() === text) continue;
    target.set(field, new Y.Text(text.slice(0, LIMITS.textLength)));
  }
}

export { REFUSAL };
