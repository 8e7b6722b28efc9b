/**
 * The session's control document: settings only the facilitator may change;
 * the server refuses everyone else's updates to it.
 */
import * as Y from 'yjs';

export interface SessionControl {
  title: string;
  locked: boolean;
  ended: boolean;
  /** Facilitator's own wording of a worksheet column, keyed `plate/column`. */
  rewordings: Record<string, string>;
}

export function controlOf(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap('control');
}

export function readControl(doc: Y.Doc): SessionControl {
  const control = controlOf(doc);
  const rewordings = control.get('rewordings');
  return {
    title: String(control.get('title') ?? ''),
    locked: control.get('locked') === true,
    ended: control.get('ended') === true,
    rewordings: rewordings instanceof Y.Map ? (rewordings.toJSON() as Record<string, string>) : {},
  };
}

export function setLocked(doc: Y.Doc, locked: boolean): void {
  controlOf(doc).set('locked', locked);
}

export function setTitle(doc: Y.Doc, title: string): void {
  controlOf(doc).set('title', title.slice(0, 120));
}

export function rewordColumn(doc: Y.Doc, plate: string, column: string, wording: string): void {
  doc.transact(() => {
    const control = controlOf(doc);
    let rewordings = control.get('rewordings');
    if (!(rewordings instanceof Y.Map)) {
      rewordings = new Y.Map<string>();
      control.set('rewordings', rewordings);
    }
    const key = `${plate}/${column}`;
    const trimmed = wording.trim().slice(0, 300);
    if (trimmed) (rewordings as Y.Map<string>).set(key, trimmed);
    else (rewordings as Y.Map<string>).delete(key);
  });
}
