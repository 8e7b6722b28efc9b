/**
 * Whether a client's update may enter a document, decided before anything is
 * applied: `(document, actor, update, settings) → admitted update | refusal`.
 * No sockets and no store here; `SessionRoom` calls it and applies what it
 * admits. The checks, in order:
 *
 * 1. an empty update changes nothing;
 * 2. the actor's standing (read-only, control document, locked, ended) refuses
 *    whatever adds something (a browser resending its stored copy is not refused);
 * 3. the shape: roots, nesting, content kinds, and no gaps (updateGuard);
 * 4. the Yjs client ids it adds under are the actor's own;
 * 5. the rules of `src/domain/rights.ts` (participants only): what the
 *    update inserts, entity by entity, then what it deletes. One forbidden
 *    change refuses the whole update. Nothing the server refuses is applied,
 *    so nothing has to be undone, broadcast or stored, and an owner's
 *    concurrent edits are never overwritten by a restore.
 *
 * Refusing an insert leaves it in the sender's copy, where it holds back that
 * client's later updates (Yjs clocks build on each other): the app learns of
 * the refusal and mends its copy (see `src/session/mend.ts`).
 */
import * as Y from 'yjs';
import { REFUSAL, ROOTS, type DocumentShape, type Refusal } from '../src/domain/limits';
import { refusalOf, type Actor, type CardFacts, type Change } from '../src/domain/rights';
import { addsNothing, clientsAddingTo, inspectUpdate, type DeleteSet, type Struct } from './updateGuard';

export interface AdmissionSettings {
  shape: DocumentShape;
  /** Why the actor may not change this document at all now; undefined when they may. */
  standing?: Refusal;
  /** Whether the rules of who may change what apply (participants in the worksheet and their own document). */
  checkRights: boolean;
  /** Dots each participant may give now. */
  dotsAllowed: number;
  /** Participants' cards are frozen for the vote: they add, change, move and remove none. */
  cardsFrozen?: boolean;
  /** Whether the actor may add under these Yjs client ids. */
  mayWriteUnder(clients: ReadonlySet<number>): boolean;
}

export type Admission =
  | { outcome: 'unchanged' }
  | {
    outcome: 'accepted';
    /** The update to apply. */
    update: Uint8Array;
    /** The client ids it adds under. */
    clients: Set<number>;
    /** Shared types it creates (their texts are checked against the cap once integrated). */
    newTypes: Y.ID[];
  }
  | { outcome: 'refused'; refusal: Refusal };

/** Structs of the document a delete set may make the check walk: per update, plus per byte of it. */
const DELETION_WALK = { base: 5000, perByte: 32 };

export function admit(doc: Y.Doc, actor: Actor, update: Uint8Array, settings: AdmissionSettings): Admission {
  if (update.length === 2 && update[0] === 0 && update[1] === 0) return { outcome: 'unchanged' };
  if (settings.standing) return addsNothing(doc, update) ? { outcome: 'unchanged' } : { outcome: 'refused', refusal: settings.standing };
  // Throws on malformed bytes; the caller closes that connection.
  const inspection = inspectUpdate(doc, update, settings.shape);
  if (inspection.refusal) return { outcome: 'refused', refusal: inspection.refusal };
  const clients = clientsAddingTo(doc, inspection.structs);
  if (!settings.mayWriteUnder(clients)) return { outcome: 'refused', refusal: REFUSAL.notYours };
  if (!settings.checkRights) return { outcome: 'accepted', update, clients, newTypes: inspection.newTypes };

  const writes = new Writes(doc, inspection.find);
  for (const struct of inspection.structs) {
    if (struct instanceof Y.Item && struct.id.clock + struct.length > Y.getState(doc.store, struct.id.client)) {
      if (!writes.add(struct)) return { outcome: 'refused', refusal: REFUSAL.shape };
    }
  }
  const rules = new Rules(doc, actor, { dotsAllowed: settings.dotsAllowed, cardsFrozen: settings.cardsFrozen ?? false }, writes);
  const refusal = rules.insertRefusal();
  if (refusal) return { outcome: 'refused', refusal };

  const ends = new Map<number, number>();
  for (const struct of inspection.structs) ends.set(struct.id.client, Math.max(ends.get(struct.id.client) ?? 0, struct.id.clock + struct.length));
  const deletion = rules.deletionRefusal(inspection.ds, ends, DELETION_WALK.base + DELETION_WALK.perByte * update.length);
  if (deletion) return { outcome: 'refused', refusal: deletion };
  return { outcome: 'accepted', update, clients, newTypes: inspection.newTypes };
}

/** One entry of a root map: `cards` → card id, `votes` → dot key, `route` → answer key. */
interface Entity {
  root: string;
  key: string;
}

/** Where a new struct lands: the root entry's value itself, a field of it (a card's field), or deeper. */
interface Location {
  entity: Entity;
  role: 'value' | 'field' | 'inner';
  field?: string;
  /** For a field: whether it is written into a map this update creates (a new card) or one the document has. */
  inNewMap?: boolean;
}

/** What a parent is: a root by name, a type the document has, or a type this update creates. */
type Place = { root: string; sub: string | null } | { type: Y.AbstractType<unknown>; sub: string | null } | { newType: Y.Item; sub: string | null };

/** What an update writes, entity by entity. */
class Writes {
  readonly byEntity = new Map<string, { entity: Entity; values: Y.Item[]; fields: { field: string; value: unknown; inNewMap: boolean }[]; inner: boolean }>();
  private readonly places = new Map<Struct, Place | undefined>();

  constructor(private readonly doc: Y.Doc, private readonly find: (id: Y.ID) => Struct | undefined) {}

  /** Notes a new struct; false when it cannot be placed in an entity. */
  add(item: Y.Item): boolean {
    const location = this.locate(item);
    if (!location) return false;
    const id = entityId(location.entity);
    let entry = this.byEntity.get(id);
    if (!entry) this.byEntity.set(id, (entry = { entity: location.entity, values: [], fields: [], inner: false }));
    if (location.role === 'value') entry.values.push(item);
    else if (location.role === 'field') entry.fields.push({ field: location.field!, value: plainValue(item), inNewMap: location.inNewMap! });
    else entry.inner = true;
    return true;
  }

  private locate(item: Y.Item): Location | undefined {
    const place = this.placeOf(item);
    if (!place) return undefined;
    if ('root' in place) return place.sub === null ? undefined : { entity: { root: place.root, key: place.sub }, role: 'value' };
    if ('type' in place) {
      const top = topItem(place.type);
      if (!top) return undefined;
      const direct = place.type._item === top.item;
      return { entity: top.entity, role: direct && place.sub !== null ? 'field' : 'inner', field: place.sub ?? undefined, inNewMap: false };
    }
    const parent = this.locate(place.newType);
    if (!parent) return undefined;
    const direct = parent.role === 'value';
    return { entity: parent.entity, role: direct && place.sub !== null ? 'field' : 'inner', field: place.sub ?? undefined, inNewMap: true };
  }

  /** The parent of a new struct: named in it, or that of the sibling it was written next to. Iterative, remembered. */
  private placeOf(start: Y.Item): Place | undefined {
    const path: Struct[] = [];
    let current: Struct = start;
    let place: Place | undefined;
    for (let steps = 0; steps < 1_000_000; steps++) {
      if (this.places.has(current)) {
        place = this.places.get(current);
        break;
      }
      if (!(current instanceof Y.Item)) break;
      path.push(current);
      if (typeof current.parent === 'string') {
        place = { root: current.parent, sub: current.parentSub };
        break;
      }
      if (current.parent instanceof Y.ID) {
        const parentId: Y.ID = current.parent;
        const inUpdate = this.find(parentId);
        if (inUpdate) {
          place = inUpdate instanceof Y.Item && inUpdate.content instanceof Y.ContentType ? { newType: inUpdate, sub: current.parentSub } : undefined;
        } else if (parentId.clock < Y.getState(this.doc.store, parentId.client)) {
          const existing = Y.getItem(this.doc.store, parentId);
          place = existing instanceof Y.Item && existing.content instanceof Y.ContentType ? { type: existing.content.type, sub: current.parentSub } : undefined;
        }
        break;
      }
      const ref: Y.ID | null = current.origin ?? current.rightOrigin;
      if (!ref) break;
      const inUpdate = this.find(ref);
      if (inUpdate) {
        current = inUpdate;
        continue;
      }
      if (ref.clock >= Y.getState(this.doc.store, ref.client)) break;
      const existing = Y.getItem(this.doc.store, ref);
      if (existing instanceof Y.Item) {
        const parent: unknown = existing.parent;
        if (parent instanceof Y.AbstractType) place = parent._item ? { type: parent, sub: existing.parentSub } : { root: Y.findRootTypeKey(parent), sub: existing.parentSub };
      }
      break;
    }
    // Siblings share their parent and key.
    for (const struct of path) this.places.set(struct, place);
    return place;
  }
}

/** The item of the root entry that `type` lies in, and that entry. */
function topItem(type: Y.AbstractType<unknown>): { item: Y.Item; entity: Entity } | undefined {
  let item = type._item;
  for (let steps = 0; item && steps < 64; steps++) {
    const parent: unknown = item.parent;
    if (!(parent instanceof Y.AbstractType)) return undefined;
    if (!parent._item) return item.parentSub === null ? undefined : { item, entity: { root: Y.findRootTypeKey(parent), key: item.parentSub } };
    item = parent._item;
  }
  return undefined;
}

/** The root entry an integrated struct belongs to, and whether it is that entry's value or a field of it. */
function locateExisting(item: Y.Item): Location | undefined {
  const parent: unknown = item.parent;
  if (!(parent instanceof Y.AbstractType)) return undefined;
  if (!parent._item) return item.parentSub === null ? undefined : { entity: { root: Y.findRootTypeKey(parent), key: item.parentSub }, role: 'value' };
  const top = topItem(parent);
  if (!top) return undefined;
  return { entity: top.entity, role: parent._item === top.item && item.parentSub !== null ? 'field' : 'inner', field: item.parentSub ?? undefined };
}

const entityId = (entity: Entity) => `${entity.root}\u0000${entity.key}`;

/** The plain value a struct holds (a type stands as an object: never a valid dot or answer). */
function plainValue(item: Y.Item): unknown {
  const content = item.content;
  if (content instanceof Y.ContentAny) return content.arr.length === 1 ? content.arr[0] : content.arr;
  if (content instanceof Y.ContentString) return content.str;
  if (content instanceof Y.ContentType) return {};
  return undefined;
}

function factsOf(value: unknown): CardFacts | undefined {
  if (!(value instanceof Y.Map)) return value === undefined ? undefined : { authorId: '', author: '' };
  const read = (field: string) => (typeof value.get(field) === 'string' ? (value.get(field) as string) : '');
  return { authorId: read('authorId'), author: read('author') };
}

/** Applies `refusalOf` to what an update does to each entity. */
class Rules {
  /** Entities the update writes into and may: their deletions go along. */
  private readonly allowedWrites = new Set<string>();
  /** Cards this update creates, and cards it removes (for dots on them). */
  private readonly created = new Set<string>();
  private readonly removed = new Set<string>();

  constructor(private readonly doc: Y.Doc, private readonly actor: Actor, private readonly standing: { dotsAllowed: number; cardsFrozen: boolean }, private readonly writes: Writes) {
    for (const { entity, values } of writes.byEntity.values()) {
      if (entity.root === ROOTS.cards && values.some((item) => item.content instanceof Y.ContentType)) this.created.add(entity.key);
    }
  }

  private get context() {
    const cards = this.doc.getMap<unknown>(ROOTS.cards);
    return {
      ...this.standing,
      cardExists: (id: string) => !this.removed.has(id) && (cards.get(id) instanceof Y.Map || this.created.has(id)),
    };
  }

  private refusal(change: Change): Refusal | undefined {
    return refusalOf(this.actor, change, this.context);
  }

  /** The first rule a write of the update breaks, or undefined. */
  insertRefusal(): Refusal | undefined {
    for (const [id, { entity, values, fields, inner }] of this.writes.byEntity) {
      const before = this.doc.getMap<unknown>(entity.root).get(entity.key);
      let refusal: Refusal | undefined;
      if (entity.root === ROOTS.cards) {
        const beforeFacts = factsOf(before);
        // A card created and removed before it was sent arrives deleted: it replaces nothing.
        const live = values.filter((item) => !(item.content instanceof Y.ContentDeleted));
        const replaced = live.length > 0;
        if (live.some((item) => !(item.content instanceof Y.ContentType))) refusal = REFUSAL.shape;
        // A new card's author fields as written; an existing card's must stay as they are. Every value
        // written counts, so a card gets no second, hidden author.
        const after = replaced ? { authorId: '', author: '' } : beforeFacts && { ...beforeFacts };
        for (const { field, value, inNewMap } of fields) {
          if ((field !== 'authorId' && field !== 'author') || inNewMap !== replaced || !after) continue;
          const text = typeof value === 'string' ? value : '';
          if (replaced && after[field] === '') after[field] = text;
          else if (after[field] !== text) refusal ??= REFUSAL.notYours;
        }
        // Writes into a card that is gone land in a deleted type and change nothing anyone sees.
        if (replaced || beforeFacts) refusal ??= this.refusal({ kind: 'card', id: entity.key, before: beforeFacts, after });
      } else {
        if (inner || fields.length) refusal = REFUSAL.shape;
        for (const item of values) {
          if (item.content instanceof Y.ContentDeleted) continue;
          refusal ??= this.refusal({ kind: entity.root === ROOTS.votes ? 'vote' : 'route', key: entity.key, before, after: plainValue(item) });
        }
      }
      if (refusal) return refusal;
      this.allowedWrites.add(id);
    }
    return undefined;
  }

  /**
   * Why the update's delete set may not stand, or undefined. It stops at the
   * first deletion the actor may not make, so a few bytes naming every clock
   * of every client cost the server no more than a look at the first of them.
   * Dots and route answers are decided last: whether a card goes with them
   * decides whether anyone may clear the dots on it.
   */
  deletionRefusal(ds: DeleteSet, ends: ReadonlyMap<number, number>, walkLimit: number): Refusal | undefined {
    const authorFields: Location[] = [];
    const entries: Location[] = [];
    let walked = 0;
    for (const [client, ranges] of ds.clients) {
      const structs = this.doc.store.clients.get(client);
      const state = Y.getState(this.doc.store, client);
      for (const { clock, len } of ranges) {
        const end = clock + len;
        // Beyond the server's copy only the update's own new structs (checked above) may be deleted: a browser
        // never names structs nobody sent the server, and such deletions would wait in memory for ever.
        const beyond = end > Math.max(state, ends.get(client) ?? 0);
        if (!structs || clock >= state) {
          if (beyond) return REFUSAL.shape;
          continue;
        }
        for (let index = Y.findIndexSS(structs, clock); index < structs.length && structs[index].id.clock < end; index++) {
          if (++walked > walkLimit) return REFUSAL.notYours;
          const struct = structs[index];
          // Deleting what is deleted already changes nothing (a browser resending its copy).
          if (!(struct instanceof Y.Item) || struct.deleted) continue;
          const location = locateExisting(struct);
          // A card's author fields go with the card, if the card goes: decided once every card is.
          if (location && (location.entity.root !== ROOTS.cards || (location.role === 'field' && (location.field === 'authorId' || location.field === 'author')))) {
            (location.entity.root === ROOTS.cards ? authorFields : entries).push(location);
            continue;
          }
          const refusal = this.deletionRefusalOf(location);
          if (refusal) return refusal;
        }
        if (beyond) return REFUSAL.shape;
      }
    }
    for (const location of [...authorFields, ...entries]) {
      const refusal = this.deletionRefusalOf(location);
      if (refusal) return refusal;
    }
    return undefined;
  }

  private deletionRefusalOf(location: Location | undefined): Refusal | undefined {
    if (!location) return REFUSAL.shape;
    const { entity } = location;
    if (this.allowedWrites.has(entityId(entity))) return undefined;
    const before = this.doc.getMap<unknown>(entity.root).get(entity.key);
    if (entity.root === ROOTS.cards) {
      const facts = factsOf(before);
      if (location.role === 'value') {
        const refusal = this.refusal({ kind: 'card', id: entity.key, before: facts });
        if (!refusal) this.removed.add(entity.key);
        return refusal;
      }
      if (this.removed.has(entity.key)) return undefined;
      const after = facts && (location.field === 'authorId' || location.field === 'author') && location.role === 'field' ? { ...facts, [location.field]: '' } : facts;
      return this.refusal({ kind: 'card', id: entity.key, before: facts, after });
    }
    if (location.role !== 'value') return REFUSAL.shape;
    return this.refusal({ kind: entity.root === ROOTS.votes ? 'vote' : 'route', key: entity.key, before });
  }
}
