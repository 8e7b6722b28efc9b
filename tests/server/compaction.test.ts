import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { DurableBroadcast } from '../../server/durableBroadcast';
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
    await new Promise((resolve) => setImmediate(resolve));
    expect(store.load('ABCDEF').length).toBeLessThan(500);
    shared.destroy();
    expect(store.load('ABCDEF').length).toBe(1);
    const reloaded = new SharedDocument('ABCDEF', store, durable, 1 << 30);
    expect(reloaded.doc.getArray('cards').length).toBe(1200);
    reloaded.destroy();
    store.close();
  });

  it('updates that arrive together are stored together, before anyone receives them', async () => {
    const store = openSqliteStore(':memory:');
    const durable = new DurableBroadcast(store);
    const shared = new SharedDocument('GHJKMN', store, durable, 1 << 30);
    const received: number[] = [];
    shared.join({
      role: 'participant', identity: { code: 'GHJKMN', id: 'p', name: 'P', role: 'participant' }, lastSeen: 0, awarenessIds: new Set(), budget: new TokenBucket({ burst: 1e9, perSecond: 0 }), resync: () => {}, close: () => {},
      send: () => received.push(store.load('GHJKMN').length),
    });
    const client = new Y.Doc();
    client.on('update', (update: Uint8Array) => Y.applyUpdate(shared.doc, update, 'client'));
    for (let i = 0; i < 10; i++) client.getArray<number>('cards').push([i]);
    expect(received).toEqual([]);
    await new Promise((resolve) => setImmediate(resolve));
    // One merged delivery, sent when all ten updates were already in the store.
    expect(received).toEqual([10]);
    shared.destroy();
    store.close();
  });
});
