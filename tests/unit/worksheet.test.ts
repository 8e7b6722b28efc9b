import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addCard, editCard, MAX_CARD_TEXT, moveCard, readCards, removeCard, replaceText } from '../../src/worksheets/model';
import { readControl, rewordColumn, setLocked } from '../../src/worksheets/control';

/** Two replicas that exchange their updates only when told to, as two laptops on a slow network. */
function replicas() {
  const a = new Y.Doc();
  const b = new Y.Doc();
  const sync = () => {
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)));
  };
  return { a, b, sync };
}

const base = { plate: 'meerjarenplan', author: 'Ans', authorId: 'u1' };

describe('worksheet operations', () => {
  it('a card keeps its plate, column, text, author and creation time', () => {
    const doc = new Y.Doc();
    const id = addCard(doc, { ...base, column: 'zelf', text: 'Roosteren', createdAt: 5 });
    expect(readCards(doc, 'meerjarenplan')).toEqual([
      { id, plate: 'meerjarenplan', column: 'zelf', text: 'Roosteren', detail: '', author: 'Ans', authorId: 'u1', createdAt: 5 },
    ]);
    expect(readCards(doc, 'programmas')).toEqual([]);
  });

  it.each([
    ['hello', 'hello world'],
    ['hello world', 'hello'],
    ['hello world', 'hi world'],
    ['abc', ''],
    ['', 'new'],
    ['aaa', 'aaaa'],
  ])('replacing %j with %j gives exactly the new text', (before, after) => {
    const doc = new Y.Doc();
    const text = doc.getText('t');
    text.insert(0, before);
    replaceText(text, after);
    expect(text.toString()).toBe(after);
  });

  it('texts longer than the limit are cut to it', () => {
    const doc = new Y.Doc();
    const id = addCard(doc, { ...base, column: 'zelf', text: 'x'.repeat(MAX_CARD_TEXT + 50) });
    expect(readCards(doc, base.plate)[0].text.length).toBe(MAX_CARD_TEXT);
    editCard(doc, id, 'text', 'y'.repeat(MAX_CARD_TEXT * 2));
    expect(readCards(doc, base.plate)[0].text.length).toBe(MAX_CARD_TEXT);
  });

  it('cards are listed oldest first, ties in id order, the same on every replica', () => {
    const { a, b, sync } = replicas();
    addCard(a, { ...base, column: 'zelf', text: 'later', createdAt: 20, id: 'b' });
    addCard(b, { ...base, column: 'zelf', text: 'first', createdAt: 10, id: 'z' });
    addCard(b, { ...base, column: 'zelf', text: 'tie', createdAt: 20, id: 'a' });
    sync();
    expect(readCards(a, base.plate).map((card) => card.text)).toEqual(['first', 'tie', 'later']);
    expect(readCards(b, base.plate)).toEqual(readCards(a, base.plate));
  });

  it('moving a card changes its column only', () => {
    const doc = new Y.Doc();
    const id = addCard(doc, { ...base, column: 'zelf', text: 'Inkoop' });
    moveCard(doc, id, 'samen-willen');
    expect(readCards(doc, base.plate)[0]).toMatchObject({ column: 'samen-willen', text: 'Inkoop' });
  });

  it('two people adding cards at the same moment both keep their card', () => {
    const { a, b, sync } = replicas();
    addCard(a, { ...base, column: 'zelf', text: 'from a' });
    addCard(b, { ...base, column: 'samen', text: 'from b', author: 'Bram', authorId: 'u2' });
    sync();
    expect(readCards(a, base.plate).map((card) => card.text).sort()).toEqual(['from a', 'from b']);
    expect(readCards(b, base.plate)).toEqual(readCards(a, base.plate));
  });

  it('two people editing one card at the same moment both keep their words', () => {
    const { a, b, sync } = replicas();
    const id = addCard(a, { ...base, column: 'zelf', text: 'We roosteren zelf' });
    sync();
    editCard(a, id, 'text', 'We roosteren zelf, met Xedule');
    editCard(b, id, 'text', 'Wij: We roosteren zelf');
    sync();
    expect(readCards(a, base.plate)[0].text).toBe('Wij: We roosteren zelf, met Xedule');
    expect(readCards(b, base.plate)[0].text).toBe(readCards(a, base.plate)[0].text);
  });

  it('a card moved by one and edited by another keeps both changes', () => {
    const { a, b, sync } = replicas();
    const id = addCard(a, { ...base, column: 'zelf', text: 'ICT-inkoop' });
    sync();
    moveCard(a, id, 'samen');
    editCard(b, id, 'text', 'ICT-inkoop via SURF');
    sync();
    expect(readCards(a, base.plate)[0]).toMatchObject({ column: 'samen', text: 'ICT-inkoop via SURF' });
  });

  it('a removed card is gone on both replicas', () => {
    const { a, b, sync } = replicas();
    const id = addCard(a, { ...base, column: 'zelf', text: 'weg' });
    sync();
    removeCard(b, id);
    sync();
    expect(readCards(a, base.plate)).toEqual([]);
  });

  it('the control document records lock and rewordings', () => {
    const doc = new Y.Doc();
    expect(readControl(doc)).toEqual({ title: '', locked: false, ended: false, hidden: false, votesPerParticipant: 0, rewordings: {}, step: 'explore', hideVotesWhileVoting: true, freezeCardsWhileVoting: true });
    setLocked(doc, true);
    rewordColumn(doc, 'smjp', 'open-vraag', '  Wat is ons doel?  ');
    expect(readControl(doc)).toMatchObject({ locked: true, rewordings: { 'smjp/open-vraag': 'Wat is ons doel?' } });
    rewordColumn(doc, 'smjp', 'open-vraag', '');
    expect(readControl(doc).rewordings).toEqual({});
  });
});
