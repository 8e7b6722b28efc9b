/**
 * The update guard (server/updateGuard.ts), the rights guard (server/rightsGuard.ts) and the shared
 * document (server/sharedDocument.ts) read Yjs internals that are not part of its documented API.
 * Yjs is pinned to one exact version for that reason; this test exercises each of those internals on
 * a real Y.Doc, so an upgrade that changes one of them fails here, loudly, before the guards quietly
 * let something through.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';

const manifest = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as { version: string; dependencies: Record<string, string> };

/** A document with one card, written by a known client id. */
function cardDocument(clientID = 1): Y.Doc {
  const doc = new Y.Doc({ gc: true });
  doc.clientID = clientID;
  doc.transact(() => {
    const card = new Y.Map<unknown>();
    doc.getMap('cards').set('c1', card);
    card.set('text', new Y.Text('hallo'));
    card.set('author', 'Ann');
  });
  return doc;
}

describe('the Yjs internals the guards rely on', () => {
  it('yjs is pinned to the exact version installed, so nothing else is tested here', () => {
    const pinned = manifest('package.json').dependencies.yjs;
    expect(pinned, 'package.json must pin yjs to one exact version: the guards read its internals').toMatch(/^\d+\.\d+\.\d+$/);
    expect(manifest('node_modules/yjs/package.json').version, 'the installed yjs is not the pinned one: run npm ci').toBe(pinned);
  });

  it('decodeUpdate gives structs (Items with parent, parentSub, origin, rightOrigin, content) and a delete set by client', () => {
    const doc = cardDocument();
    const text = (doc.getMap('cards').get('c1') as Y.Map<unknown>).get('text') as Y.Text;
    const before = Y.encodeStateVector(doc);
    doc.transact(() => {
      text.insert(5, ' wereld');
      text.delete(0, 1);
    });
    const { structs, ds } = Y.decodeUpdate(Y.encodeStateAsUpdate(doc, before)) as unknown as {
      structs: unknown[];
      ds: { clients: Map<number, { clock: number; len: number }[]> };
    };
    expect(Array.isArray(structs)).toBe(true);
    const [inserted] = structs;
    expect(inserted).toBeInstanceOf(Y.Item);
    const item = inserted as Y.Item;
    expect(item.id).toEqual(Y.createID(1, 8));
    expect(item.length).toBe(' wereld'.length);
    expect(item.content).toBeInstanceOf(Y.ContentString);
    // Written next to an existing character: an origin, no parent named (the guard follows the origin).
    expect(item.origin).toEqual(Y.createID(1, 6));
    expect(item.rightOrigin).toBeNull();
    expect(item.parent).toBeNull();
    expect(item.parentSub).toBeNull();
    expect(ds.clients).toBeInstanceOf(Map);
    expect(ds.clients.get(1)).toEqual([{ clock: 2, len: 1 }]);
  });

  it('an Item written before an existing character has a rightOrigin and no origin', () => {
    const doc = cardDocument();
    const text = (doc.getMap('cards').get('c1') as Y.Map<unknown>).get('text') as Y.Text;
    const before = Y.encodeStateVector(doc);
    text.insert(0, '>');
    const { structs } = Y.decodeUpdate(Y.encodeStateAsUpdate(doc, before)) as unknown as { structs: Y.Item[] };
    expect(structs).toHaveLength(1);
    expect(structs[0].origin).toBeNull();
    expect(structs[0].rightOrigin).toEqual(Y.createID(1, 2));
    // Neither origin is in the update: the guard finds the parent through the document.
    const anchor = Y.getItem(doc.store, structs[0].rightOrigin!) as Y.Item;
    expect(anchor.parent).toBe(text);
  });

  it('a decoded root entry names its root by string and its key in parentSub; a nested type by ID', () => {
    const doc = cardDocument();
    const { structs } = Y.decodeUpdate(Y.encodeStateAsUpdate(doc)) as unknown as { structs: Y.Item[] };
    const card = structs.find((struct) => (struct.parent as unknown) === 'cards')!;
    expect(card.parentSub).toBe('c1');
    expect(card.content).toBeInstanceOf(Y.ContentType);
    expect((card.content as Y.ContentType).type).toBeInstanceOf(Y.Map);
    const author = structs.find((struct) => struct.parentSub === 'author')!;
    expect(author.parent).toBeInstanceOf(Y.ID);
    expect(author.parent).toEqual(card.id);
    expect(author.content).toBeInstanceOf(Y.ContentAny);
  });

  it('getState, getItem and findIndexSS read a document store; integrated items point to their parent type', () => {
    const doc = cardDocument();
    expect(Y.getState(doc.store, 1)).toBe(8);
    expect(Y.getState(doc.store, 99)).toBe(0);
    const structs = doc.store.clients.get(1)!;
    expect(Array.isArray(structs)).toBe(true);
    const index = Y.findIndexSS(structs, 3);
    expect(structs[index].id.clock).toBeLessThanOrEqual(3);
    expect(structs[index].id.clock + structs[index].length).toBeGreaterThan(3);
    const item = Y.getItem(doc.store, Y.createID(1, 0)) as Y.Item;
    expect(item).toBeInstanceOf(Y.Item);
    expect(item.parent).toBe(doc.getMap('cards'));
    expect(item.parentSub).toBe('c1');
    expect(item.deleted).toBe(false);
    expect(Y.findRootTypeKey(item.parent as Y.AbstractType<unknown>)).toBe('cards');
  });

  it('an update with a gap is held in store.pendingStructs, a deletion of unknown clocks in store.pendingDs', () => {
    const source = cardDocument();
    source.getMap('cards').set('c2', 'eerste');
    const afterFirst = Y.encodeStateVector(source);
    source.getMap('cards').set('c3', 'tweede');
    const afterGap = Y.encodeStateAsUpdate(source, afterFirst);

    const target = new Y.Doc();
    Y.applyUpdate(target, Y.encodeStateAsUpdate(cardDocument()));
    expect(target.store.pendingStructs).toBeNull();
    expect(target.store.pendingDs).toBeNull();
    Y.applyUpdate(target, afterGap);
    expect(target.store.pendingStructs).not.toBeNull();
    expect(target.store.pendingStructs!.missing.get(1)).toBe(Y.getState(target.store, 1));
    expect(target.store.pendingStructs!.update).toBeInstanceOf(Uint8Array);
    expect(target.getMap('cards').has('c3')).toBe(false);

    source.getMap('cards').delete('c2');
    const deletionOnly = Y.encodeStateAsUpdate(source, Y.encodeStateVector(source));
    const empty = new Y.Doc();
    Y.applyUpdate(empty, deletionOnly);
    expect(empty.store.pendingDs).toBeInstanceOf(Uint8Array);
  });

  it('a merged update with a hole carries a Skip; a garbage-collected deletion is encoded as GC', () => {
    const doc = cardDocument();
    doc.getMap('cards').set('c2', 'een');
    const afterC2 = Y.encodeStateVector(doc);
    doc.getMap('cards').set('c3', 'drie');
    const withHole = Y.mergeUpdates([Y.encodeStateAsUpdate(cardDocument()), Y.encodeStateAsUpdate(doc, afterC2)]);
    const { structs } = Y.decodeUpdate(withHole) as unknown as { structs: unknown[] };
    expect(structs.some((struct) => struct instanceof Y.Skip)).toBe(true);

    const gcDoc = cardDocument();
    gcDoc.getMap('cards').delete('c1');
    const { structs: collected } = Y.decodeUpdate(Y.encodeStateAsUpdate(gcDoc)) as unknown as { structs: unknown[] };
    expect(collected.some((struct) => struct instanceof Y.GC)).toBe(true);
  });
});
