import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { openSqliteStore } from '../../server/persistence';
import { SharedDocument } from '../../server/sharedDocument';

describe('compaction', () => {
  it('the stored log is merged into one state from time to time and on unload, losing nothing', () => {
    const store = openSqliteStore(':memory:');
    const shared = new SharedDocument('ABCDEF', store);
    const client = new Y.Doc();
    client.on('update', (update: Uint8Array) => Y.applyUpdate(shared.doc, update, 'client'));
    for (let i = 0; i < 1200; i++) client.getArray<number>('cards').push([i]);
    expect(store.load('ABCDEF').length).toBeLessThan(500);
    shared.destroy();
    expect(store.load('ABCDEF').length).toBe(1);
    const reloaded = new SharedDocument('ABCDEF', store);
    expect(reloaded.doc.getArray('cards').length).toBe(1200);
    reloaded.destroy();
    store.close();
  });
});
