/** Mending a copy the server refused to follow: one's own work is kept and written again, nothing else. */
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { copyDiverged, ownWork, writeAgain } from '../../src/session/mend';

function card(doc: Y.Doc, id: string, authorId: string, text: string): void {
  const map = new Y.Map<unknown>();
  doc.getMap('cards').set(id, map);
  map.set('authorId', authorId);
  map.set('author', authorId.toUpperCase());
  map.set('column', 'open');
  map.set('text', new Y.Text(text));
}

describe('mending a diverged copy', () => {
  it.each([
    ['not-yours', true], ['vote-limit', true], ['voting-closed', true], ['shape', true], ['quota', true],
    ['locked', false], ['ended', false], ['rate', false], ['gap', false],
  ] as const)('a refusal "%s" means the copy diverged: %s', (refusal, diverged) => {
    expect(copyDiverged(refusal)).toBe(diverged);
  });

  it('keeps one\'s own cards, dots and answers, not a colleague\'s or a forbidden change', () => {
    const server = new Y.Doc();
    card(server, 'ann-1', 'ann', 'Roosters');
    card(server, 'bob-1', 'bob', 'Data');
    const mine = new Y.Doc();
    Y.applyUpdate(mine, Y.encodeStateAsUpdate(server));
    // Ann's copy: a forbidden delete of Bob's card, an edit of her own, a new card, a dot and an answer.
    mine.getMap('cards').delete('bob-1');
    ((mine.getMap('cards').get('ann-1') as Y.Map<unknown>).get('text') as Y.Text).insert(8, ' digitaal');
    card(mine, 'ann-2', 'ann', 'Nieuw');
    mine.getMap('votes').set('ann#0', 'ann-2');
    mine.getMap('route').set('route|ann|stand|data', 3);
    const work = ownWork(mine, 'ann');
    expect(work.cards.map((entry) => entry.id).sort()).toEqual(['ann-1', 'ann-2']);

    // A fresh copy from the server, and the work written again.
    const fresh = new Y.Doc();
    Y.applyUpdate(fresh, Y.encodeStateAsUpdate(server));
    expect(writeAgain(fresh, work)).toBe(4);
    const text = (id: string) => ((fresh.getMap('cards').get(id) as Y.Map<unknown>).get('text') as Y.Text).toString();
    expect([text('ann-1'), text('ann-2'), text('bob-1')]).toEqual(['Roosters digitaal', 'Nieuw', 'Data']);
    expect(fresh.getMap('votes').toJSON()).toEqual({ 'ann#0': 'ann-2' });
    expect(fresh.getMap('route').toJSON()).toEqual({ 'route|ann|stand|data': 3 });
    // Written again, nothing more changes.
    expect(writeAgain(fresh, work)).toBe(0);
  });
});
