/**
 * Anyone with the code can put anything in the shared documents. The app reads
 * every value for what it is: a card or setting of the wrong shape is skipped
 * or read as empty, and never throws.
 */
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { plates } from '../../plates';
import { LIMITS } from '../../src/domain/limits';
import { buildExport, importInto, inParts, toMarkdown, type ResultsExport } from '../../src/worksheets/exportFormat';
import { controlOf, readControl } from '../../src/worksheets/control';
import { addCard, cardsOf, readCards } from '../../src/worksheets/model';
import { readSpread } from '../../src/worksheets/route';
import { castVote, dotsOf, tally, votesOf } from '../../src/worksheets/votes';

function poisoned(): Y.Doc {
  const doc = new Y.Doc();
  addCard(doc, { plate: 'meerjarenplan', column: 'zelf', text: 'gewoon', author: 'Ann', authorId: 'a', createdAt: 1 });
  doc.transact(() => {
    const card = new Y.Map<unknown>();
    cardsOf(doc).set('evil', card);
    card.set('plate', 'meerjarenplan');
    card.set('column', 'zelf');
    card.set('author', new Y.Map());
    card.set('authorId', { toString: null });
    card.set('text', new Y.Map());
    card.set('detail', 42);
    card.set('createdAt', 'gisteren');
    (cardsOf(doc) as Y.Map<unknown>).set('not-a-card', 'string');
    const noPlate = new Y.Map<unknown>();
    cardsOf(doc).set('no-plate', noPlate);
    noPlate.set('plate', new Y.Map());
    votesOf(doc).set('x#0', 17 as unknown as string);
    doc.getMap('route').set('meerjarenplan|x|stand|t', { a: 1 } as unknown as string);
  });
  return doc;
}

describe('reading a poisoned worksheet', () => {
  it('a card with fields of the wrong types reads as empty fields; nothing throws', () => {
    const cards = readCards(poisoned(), 'meerjarenplan');
    expect(cards).toHaveLength(2);
    expect(cards.map((card) => card.id)).toContain('evil');
    const evil = cards.find((card) => card.id === 'evil')!;
    expect(evil).toMatchObject({ author: '', authorId: '', text: '', detail: '', createdAt: 0 });
  });

  it('exports, votes and the route spread read it without throwing', () => {
    const doc = poisoned();
    const results = buildExport(doc, readControl(new Y.Doc()), plates, 'nl', { title: 't' });
    expect(() => toMarkdown(results, { votes: String, by: String, exported: '', empty: '' })).not.toThrow();
    expect(tally(doc, 3).get('17' as string)).toBeUndefined();
    expect(dotsOf(doc, 'x', 1)).toEqual([undefined]);
    expect(castVote(doc, 'x', 1, 'evil')).toBe(true);
    expect(() => readSpread(doc, 'meerjarenplan', [{ id: 't' }])).not.toThrow();
  });

  it('a control document of the wrong shape reads as defaults', () => {
    const doc = new Y.Doc();
    const control = controlOf(doc);
    doc.transact(() => {
      control.set('title', new Y.Map());
      control.set('votesPerParticipant', '3');
      control.set('timer', { endsAt: 'soon', seconds: 60 });
      control.set('follow', { plateId: 'smjp', view: { cx: 'a', cy: 1, zoom: -1 }, hotspotId: 7 });
      const rewordings = new Y.Map<unknown>();
      control.set('rewordings', rewordings);
      rewordings.set('smjp/open-vraag', new Y.Map());
      rewordings.set('smjp/other', 'Goed');
    });
    expect(readControl(doc)).toEqual({
      title: '', locked: false, ended: false, hidden: false, votesPerParticipant: 0,
      follow: { plateId: 'smjp' }, rewordings: { 'smjp/other': 'Goed' }, step: 'explore', hideVotesWhileVoting: true, freezeCardsWhileVoting: true,
    });
  });
});

describe('importing in parts', () => {
  it('splits by estimated size, never leaving an empty part', () => {
    expect(inParts([5, 5, 5, 20, 1], (n) => n, 10)).toEqual([[5, 5], [5], [20], [1]]);
    expect(inParts([], (n: number) => n, 10)).toEqual([]);
  });

  it('2,500 cards with long texts arrive as many messages, each under the server limit', () => {
    const columns = [{ id: 'zelf', cards: Array.from({ length: 2500 }, (_, i) => ({ text: `kaart ${i} `.padEnd(LIMITS.textLength, 'x'), detail: 'd'.repeat(LIMITS.textLength), author: 'Import', createdAt: i + 1, votes: 0 })) }];
    const results = { format: 'praatplaten-results', version: 1, title: 't', exportedAt: '', worksheets: [{ plateId: 'meerjarenplan', plateTitle: '', prompt: '', columns }] } as unknown as ResultsExport;
    const doc = new Y.Doc();
    const sizes: number[] = [];
    doc.on('update', (update: Uint8Array) => sizes.push(update.length));
    expect(importInto(doc, results, plates, 'me')).toBe(2500);
    expect(readCards(doc, 'meerjarenplan')).toHaveLength(2500);
    expect(sizes.length).toBeGreaterThan(20);
    expect(Math.max(...sizes)).toBeLessThan(LIMITS.updateBytes);
  });
});
