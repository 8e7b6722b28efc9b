import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { COMPACTION_SPACING_MS, DurableBroadcast } from '../../server/durableBroadcast';
import { openSqliteStore } from '../../server/persistence';
import { SharedDocument } from '../../server/sharedDocument';
import { TokenBucket } from '../../server/rateLimit';

describe('compaction', () => {
  it('the stored log is merged into one state from time to time and on unload, losing nothing', async () => {
    const store = openSqliteStore(':memory:');
    const durable = new DurableBroadcast(store);
    const shared = new SharedDocument('ABCDEF', store, durable, 1 << 30);
    const client = new Y.Doc();
    client.on('update', (update: Uint8Array) => Y.applyUpdate(shared.doc, update, 'client'));
    for (let i = 0; i < 1200; i++) client.getArray<number>('cards').push([i]);
    // Compacted after its turn, the replaced rows deleted over the following turns.
    for (let waited = 0; store.load('ABCDEF').length !== 1 && waited < 2000; waited += 10) await new Promise((resolve) => setTimeout(resolve, 10));
    expect(store.load('ABCDEF')).toHaveLength(1);
    shared.destroy();
    expect(store.load('ABCDEF').length).toBe(1);
    const reloaded = new SharedDocument('ABCDEF', store, durable, 1 << 30);
    expect(reloaded.doc.getArray('cards').length).toBe(1200);
    reloaded.destroy();
    store.close();
  });

  it('documents that reach their compaction point together are compacted one after another, not in one turn', async () => {
    const store = openSqliteStore(':memory:');
    const compactedAt: number[] = [];
    const compact = store.compact;
    store.compact = (name, state) => {
      compactedAt.push(performance.now());
      compact(name, state);
    };
    const durable = new DurableBroadcast(store);
    const documents = ['AAAAAA', 'BBBBBB', 'CCCCCC'].map((name) => new SharedDocument(name, store, durable, 1 << 30));
    for (const shared of documents) {
      const client = new Y.Doc();
      client.on('update', (update: Uint8Array) => Y.applyUpdate(shared.doc, update, 'client'));
      for (let i = 0; i < 600; i++) client.getMap('cards').set('k', i);
    }
    expect(compactedAt).toEqual([]);
    for (let waited = 0; compactedAt.length < 3 && waited < 2000; waited += 10) await new Promise((resolve) => setTimeout(resolve, 10));
    expect(compactedAt).toHaveLength(3);
    for (let i = 1; i < 3; i++) expect(compactedAt[i] - compactedAt[i - 1]).toBeGreaterThanOrEqual(COMPACTION_SPACING_MS - 5);
    for (const shared of documents) expect(store.load(shared.name)).toHaveLength(1);
    // A document deleted while it waits is not compacted (nothing of it may be written again).
    const doomed = new SharedDocument('DDDDDD', store, durable, 1 << 30);
    const client = new Y.Doc();
    client.on('update', (update: Uint8Array) => Y.applyUpdate(doomed.doc, update, 'client'));
    for (let i = 0; i < 600; i++) client.getMap('cards').set('k', i);
    // As Rooms.discard does: what is queued is written first, then the session's rows are deleted.
    durable.flush();
    store.deleteByPrefix('DDDDDD');
    doomed.destroy(false);
    await new Promise((resolve) => setTimeout(resolve, 2 * COMPACTION_SPACING_MS));
    expect(store.load('DDDDDD')).toEqual([]);
    store.close();
  });

  it('a compaction on the busy path adds the state at once and deletes what it replaced over the next turns; a load in between reads the same document', async () => {
    const store = openSqliteStore(':memory:');
    const client = new Y.Doc();
    const rows: { name: string; update: Uint8Array }[] = [];
    client.on('update', (update: Uint8Array) => rows.push({ name: 'LAZYAB', update }, { name: 'OTHERS', update }));
    for (let i = 0; i < 300; i++) client.getArray<number>('cards').push([i]);
    store.appendMany(rows);
    store.compact('LAZYAB', Y.encodeStateAsUpdate(client), { lazily: true });
    const between = store.load('LAZYAB');
    expect(between.length).toBe(301);
    const loaded = new Y.Doc();
    Y.applyUpdate(loaded, Y.mergeUpdates(between));
    expect(loaded.getArray('cards').toJSON()).toEqual(client.getArray('cards').toJSON());
    for (let turn = 0; turn < 10; turn++) await new Promise((resolve) => setImmediate(resolve));
    expect(store.load('LAZYAB')).toHaveLength(1);
    // Only that document's rows went.
    expect(store.load('OTHERS')).toHaveLength(300);
    await store.close();
  });

  it('a document that loads with more updates than the compaction point is compacted on its next edit', async () => {
    const store = openSqliteStore(':memory:');
    const writer = new Y.Doc();
    const rows: { name: string; update: Uint8Array }[] = [];
    writer.on('update', (update: Uint8Array) => rows.push({ name: 'LOADED', update }));
    for (let i = 0; i < 600; i++) writer.getMap('cards').set('k', i);
    store.appendMany(rows);
    const shared = new SharedDocument('LOADED', store, new DurableBroadcast(store), 1 << 30);
    const client = new Y.Doc();
    client.on('update', (update: Uint8Array) => Y.applyUpdate(shared.doc, update, 'client'));
    client.getMap('cards').set('k', 'once more');
    for (let waited = 0; store.load('LOADED').length !== 1 && waited < 2000; waited += 10) await new Promise((resolve) => setTimeout(resolve, 10));
    expect(store.load('LOADED')).toHaveLength(1);
    shared.destroy();
    await store.close();
  });

  it('updates that arrive together are stored together, before anyone receives them', async () => {
    const store = openSqliteStore(':memory:');
    const durable = new DurableBroadcast(store);
    const shared = new SharedDocument('GHJKMN', store, durable, 1 << 30);
    const received: number[] = [];
    shared.join({
      role: 'participant', identity: { code: 'GHJKMN', id: 'p', name: 'P', role: 'participant' }, lastSeen: 0, awarenessIds: new Set(), budget: new TokenBucket({ burst: 1e9, perSecond: 0 }), resync: () => {}, close: () => {},
      send: () => received.push(store.load('GHJKMN').length),
      sendFrame: () => received.push(store.load('GHJKMN').length),
    });
    const client = new Y.Doc();
    client.on('update', (update: Uint8Array) => Y.applyUpdate(shared.doc, update, 'client'));
    for (let i = 0; i < 10; i++) client.getArray<number>('cards').push([i]);
    expect(received).toEqual([]);
    await new Promise((resolve) => setImmediate(resolve));
    // One merged delivery, sent when all ten updates were already in the store, as one row.
    expect(received).toEqual([1]);
    const stored = new Y.Doc();
    for (const update of store.load('GHJKMN')) Y.applyUpdate(stored, update);
    expect(stored.getArray<number>('cards').toArray()).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    shared.destroy();
    store.close();
  });
});
