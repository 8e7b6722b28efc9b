/**
 * Solo work: the worksheets filled in alone, without any server, kept in this
 * browser (IndexedDB) across reloads.
 */
import * as Y from 'yjs';
import { IndexeddbPersistence } from 'y-indexeddb';
import { useEffect, useState, useSyncExternalStore } from 'react';

let solo: { doc: Y.Doc; store: IndexeddbPersistence; loaded: Promise<unknown> } | undefined;
/** Counts changes; deletions do not move a Y.Doc's state vector, so that cannot tell. */
let version = 0;

function open() {
  if (!solo) {
    const doc = new Y.Doc();
    const store = new IndexeddbPersistence('praatplaten:solo', doc);
    doc.on('update', () => version++);
    solo = { doc, store, loaded: store.whenSynced };
  }
  return solo;
}

/** The solo worksheet document, once it has been read from the browser's storage. */
export function useSoloDoc(): Y.Doc | undefined {
  const [doc, setDoc] = useState<Y.Doc>();
  useEffect(() => {
    const { doc: soloDoc, loaded } = open();
    let current = true;
    void loaded.then(() => current && setDoc(soloDoc));
    return () => {
      current = false;
    };
  }, []);
  useSyncExternalStore(
    (onChange) => {
      if (!doc) return () => {};
      doc.on('update', onChange);
      return () => doc.off('update', onChange);
    },
    () => version,
  );
  return doc;
}
