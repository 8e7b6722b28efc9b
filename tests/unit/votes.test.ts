import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addCard, clearWorksheet, readCards, removeCard } from '../../src/worksheets/model';
import { castVote, dotsOf, tally, withdrawVote } from '../../src/worksheets/votes';

function sync(a: Y.Doc, b: Y.Doc) {
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)));
}

const card = (doc: Y.Doc, id: string) => addCard(doc, { plate: 'meerjarenplan', column: 'samen-willen', text: id, author: 'A', authorId: 'a', id });

describe('dot voting', () => {
  it.each([
    // [dots allowed, votes cast on cards, expected tally]
    [3, ['x', 'x', 'y'], { x: 2, y: 1 }],
    [2, ['x', 'y', 'x'], { x: 1, y: 1 }],
    [1, ['y', 'y'], { y: 1 }],
    [0, ['x'], {}],
  ])('with %i dots, voting %j counts %j', (allowed, votes, expected) => {
    const doc = new Y.Doc();
    card(doc, 'x');
    card(doc, 'y');
    for (const cardId of votes) castVote(doc, 'anna', allowed, cardId);
    expect(Object.fromEntries(tally(doc, allowed))).toEqual(expected);
  });

  it('withdrawing takes one dot off and frees it for another card', () => {
    const doc = new Y.Doc();
    castVote(doc, 'anna', 2, 'x');
    castVote(doc, 'anna', 2, 'x');
    withdrawVote(doc, 'anna', 2, 'x');
    expect(dotsOf(doc, 'anna', 2).filter(Boolean)).toEqual(['x']);
    expect(castVote(doc, 'anna', 2, 'y')).toBe(true);
    expect(Object.fromEntries(tally(doc, 2))).toEqual({ x: 1, y: 1 });
  });

  it('a dot placed on two laptops at once is still counted once', () => {
    const laptop = new Y.Doc();
    const phone = new Y.Doc();
    castVote(laptop, 'anna', 1, 'x');
    castVote(phone, 'anna', 1, 'y');
    sync(laptop, phone);
    const counts = tally(laptop, 1);
    expect([...counts.values()].reduce((sum, count) => sum + count, 0)).toBe(1);
    expect(tally(phone, 1)).toEqual(counts);
  });

  it('lowering the number of dots stops counting the extra ones', () => {
    const doc = new Y.Doc();
    for (const cardId of ['x', 'y', 'z']) castVote(doc, 'anna', 3, cardId);
    expect(Object.fromEntries(tally(doc, 1))).toEqual({ x: 1 });
  });

  it('removing a card or clearing the worksheet removes the votes on it', () => {
    const doc = new Y.Doc();
    card(doc, 'x');
    card(doc, 'y');
    castVote(doc, 'anna', 3, 'x');
    castVote(doc, 'bram', 3, 'y');
    removeCard(doc, 'x');
    expect(Object.fromEntries(tally(doc, 3))).toEqual({ y: 1 });
    clearWorksheet(doc, 'meerjarenplan');
    expect(readCards(doc, 'meerjarenplan')).toEqual([]);
    expect(tally(doc, 3).size).toBe(0);
  });
});
