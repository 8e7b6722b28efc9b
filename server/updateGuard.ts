/**
 * Checks a client's Yjs update against the document's shape before the
 * server integrates it. Anything a browser can send a script can send too:
 * a 3,000-deep nest of maps (whose deletion overflows the stack), a subdocument,
 * binary content, a string of a megabyte in one go, or structs that depend on
 * changes the server never saw (which Yjs would hold, and relay to every
 * joiner, forever). None of that reaches the document.
 *
 * The check reads the update once with Yjs's own decoder and resolves where
 * each new struct would land: its parent is named in the struct, or (for
 * structs written next to an origin) is the origin's parent, found in the
 * update itself or in the document. Work is linear in the update's size.
 */
import * as Y from 'yjs';
import { LIMITS, REFUSAL, type DocumentShape, type Refusal } from '../src/domain/limits';

export type Struct = Y.Item | Y.GC | Y.Skip;

export interface Inspection {
  refusal?: Refusal;
  /** Shared types this update creates: their texts are checked against the cap once integrated. */
  newTypes: Y.ID[];
  /** The decoded update, for the rights check. */
  structs: Struct[];
  ds: DeleteSet;
  /** Finds the struct of this update that holds an id. */
  find: (id: Y.ID) => Struct | undefined;
}

export interface DeleteSet {
  clients: Map<number, { clock: number; len: number }[]>;
}

export function inspectUpdate(doc: Y.Doc, update: Uint8Array, shape: DocumentShape): Inspection {
  // Throws on malformed bytes; the caller closes that connection.
  const { structs, ds } = Y.decodeUpdate(update) as unknown as { structs: Struct[]; ds: DeleteSet };
  const byClient = new Map<number, Struct[]>();
  for (const struct of structs) {
    let list = byClient.get(struct.id.client);
    if (!list) byClient.set(struct.id.client, (list = []));
    list.push(struct);
  }
  const levels = new ParentLevels(doc, byClient, shape.typeDepth);
  const inspection: Inspection = { newTypes: [], structs, ds, find: (id) => levels.find(id) };

  for (const [client, list] of byClient) {
    // Every client's structs must continue where the server's copy ends (overlap is fine).
    let next = Y.getState(doc.store, client);
    for (const struct of list) {
      if (struct instanceof Y.Skip || struct.id.clock > next) return { ...inspection, refusal: REFUSAL.gap };
      next = Math.max(next, struct.id.clock + struct.length);
    }
  }

  for (const struct of structs) {
    if (!(struct instanceof Y.Item)) continue;
    const contentRefusal = checkContent(struct, shape);
    if (contentRefusal) return { ...inspection, refusal: contentRefusal };
    // Roots are maps: an entry without a key (a list insert) has no place in them.
    if (typeof struct.parent === 'string' && (!shape.roots.includes(struct.parent) || struct.parentSub === null)) return { ...inspection, refusal: REFUSAL.shape };
    const level = levels.of(struct);
    if (level === undefined) return { ...inspection, refusal: REFUSAL.gap };
    if (struct.content instanceof Y.ContentType) {
      // The struct is a shared type one level below its parent type.
      if (level + 1 > shape.typeDepth) return { ...inspection, refusal: REFUSAL.shape };
      inspection.newTypes.push(struct.id);
    }
  }
  return inspection;
}

/**
 * Texts longer than the cap are not refused here but cut back once integrated
 * (refusing would leave the sender's later edits pending); everything else that
 * does not fit the shape is refused.
 */
function checkContent(item: Y.Item, shape: DocumentShape): Refusal | undefined {
  const content = item.content;
  if (content instanceof Y.ContentString || content instanceof Y.ContentDeleted) return undefined;
  if (content instanceof Y.ContentType) {
    const type = content.type;
    return type instanceof Y.Map || (type instanceof Y.Text && !(type instanceof Y.XmlText)) ? undefined : REFUSAL.shape;
  }
  if (content instanceof Y.ContentAny) {
    // A map entry holding one long string is cut back later; anywhere else a long string is refused.
    const cutLater = (value: unknown) => item.parentSub !== null && typeof value === 'string';
    return content.arr.every((value) => cutLater(value) || plainValueFits(value, shape.valueDepth)) ? undefined : REFUSAL.shape;
  }
  // Subdocuments, binary, embeds, formatting and legacy JSON: nothing in our documents uses them.
  return REFUSAL.shape;
}

/** A plain value within `maxDepth` levels of objects/arrays and the text limit, checked without recursion. */
export function plainValueFits(value: unknown, maxDepth: number): boolean {
  const stack: [unknown, number][] = [[value, 0]];
  let budget = 256; // values in one plain object tree; the control document's objects have a handful
  while (stack.length) {
    const [current, depth] = stack.pop()!;
    if (--budget < 0) return false;
    if (current === null || typeof current === 'boolean') continue;
    if (typeof current === 'number') {
      if (!Number.isFinite(current)) return false;
      continue;
    }
    if (typeof current === 'string') {
      if (current.length > LIMITS.textLength) return false;
      continue;
    }
    if (typeof current !== 'object' || depth >= maxDepth) return false;
    const children = Array.isArray(current) ? current : Object.values(current as Record<string, unknown>);
    for (const child of children) stack.push([child, depth + 1]);
  }
  return true;
}

/**
 * The level of the type a struct lands in (0 = a root type). Resolved without
 * recursion and remembered per struct, so a long chain of origins costs once.
 */
class ParentLevels {
  private readonly known = new Map<Struct, number>();

  constructor(
    private readonly doc: Y.Doc,
    private readonly byClient: Map<number, Struct[]>,
    private readonly maxDepth: number,
  ) {}

  of(start: Y.Item): number | undefined {
    // Walk towards a struct whose level is known, noting each step's increment.
    const path: [Struct, number][] = [];
    let current: Struct = start;
    let base: number | undefined;
    let climbed = 0;
    for (;;) {
      const remembered = this.known.get(current);
      if (remembered !== undefined) {
        base = remembered;
        break;
      }
      if (!(current instanceof Y.Item)) {
        base = 0; // a GC'd struct: its content is gone, whatever refers to it ends up deleted
        break;
      }
      const parent = current.parent;
      if (typeof parent === 'string') {
        path.push([current, 0]);
        base = 0;
        break;
      }
      const anchor = anchorOf(current, (id) => this.find(id), this.doc);
      if (!anchor) return undefined;
      path.push([current, anchor.step]);
      climbed += anchor.step;
      // Deeper than the shape allows already: no need to find the top.
      if (climbed > this.maxDepth + 1) return climbed;
      if (anchor.inUpdate) {
        current = anchor.struct;
        continue;
      }
      const existing = anchor.struct;
      base = existing instanceof Y.Item && existing.parent instanceof Y.AbstractType ? levelOfType(existing.parent, this.maxDepth) : 0;
      break;
    }
    // Unwind: each struct's level is the level above it plus its step.
    let level = base;
    for (let index = path.length - 1; index >= 0; index--) {
      const [struct, step] = path[index];
      level += step;
      this.known.set(struct, level);
    }
    return this.known.get(start) ?? level;
  }

  /** The struct of this update that holds `id`, if any. */
  find(id: Y.ID): Struct | undefined {
    const list = this.byClient.get(id.client);
    if (!list) return undefined;
    let low = 0;
    let high = list.length - 1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      const struct = list[middle];
      if (id.clock < struct.id.clock) high = middle - 1;
      else if (id.clock >= struct.id.clock + struct.length) low = middle + 1;
      else return struct;
    }
    return undefined;
  }

}

/**
 * What a new struct whose parent is not named as a root hangs from: the item
 * of its parent type (`step` 1), or a sibling it was written next to (`step` 0,
 * same parent), found in the update itself or in the document. Undefined when
 * the server has neither: the update depends on changes it never saw.
 */
export function anchorOf(item: Y.Item, find: (id: Y.ID) => Struct | undefined, doc: Y.Doc): { struct: Struct; inUpdate: boolean; step: 0 | 1 } | undefined {
  const viaParent = item.parent instanceof Y.ID;
  const ref = item.parent instanceof Y.ID ? item.parent : (item.origin ?? item.rightOrigin);
  if (!ref) return undefined;
  const step = viaParent ? 1 : 0;
  const inUpdate = find(ref);
  if (inUpdate) return { struct: inUpdate, inUpdate: true, step };
  if (ref.clock >= Y.getState(doc.store, ref.client)) return undefined;
  return { struct: Y.getItem(doc.store, ref) as Y.Item | Y.GC, inUpdate: false, step };
}

/** How many types lie above `type` (0 for a root), counted up to a bound. */
function levelOfType(type: Y.AbstractType<unknown>, bound: number): number {
  let level = 0;
  let current: Y.AbstractType<unknown> | null = type;
  while (current?._item && level <= bound + 1) {
    level++;
    const parent: unknown = current._item.parent;
    current = parent instanceof Y.AbstractType ? parent : null;
  }
  return level;
}

/** The Yjs client ids under which `structs` add something the document lacks (Skips carry nothing). */
export function clientsAddingTo(doc: Y.Doc, structs: readonly Struct[]): Set<number> {
  const clients = new Set<number>();
  for (const struct of structs) {
    if (!(struct instanceof Y.Skip) && struct.id.clock + struct.length > Y.getState(doc.store, struct.id.client)) clients.add(struct.id.client);
  }
  return clients;
}

/** Documents' structs a check below walks at most: a claimed deletion spanning more is treated as new. */
const KNOWN_DELETION_WALK = 1000;

/**
 * Whether applying `update` would change nothing: every struct and every
 * deletion in it is in the document already. A browser that loads its own
 * stored copy after it synced sends that copy again (the stock provider relays
 * every local change); such an echo is not a participant writing where only
 * the facilitator may, and must not be refused as one.
 */
export function addsNothing(doc: Y.Doc, update: Uint8Array): boolean {
  const { structs, ds } = Y.decodeUpdate(update) as unknown as { structs: Struct[]; ds: DeleteSet };
  if (clientsAddingTo(doc, structs).size) return false;
  let walked = 0;
  for (const [client, ranges] of ds.clients) {
    const state = Y.getState(doc.store, client);
    for (const { clock, len } of ranges) {
      if (clock + len > state) return false;
      for (let at = clock; at < clock + len; ) {
        const struct = Y.getItem(doc.store, Y.createID(client, at)) as Y.Item | Y.GC;
        if (!struct.deleted || ++walked > KNOWN_DELETION_WALK) return false;
        at = struct.id.clock + struct.length;
      }
    }
  }
  return true;
}
