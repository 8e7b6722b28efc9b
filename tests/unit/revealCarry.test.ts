/** Keystrokes typed into a hidden card while the server reveals it arrive in the worksheet's copy. */
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { RevealCarry, replaceText } from '../../src/session/revealCarry';

const text = (doc: Y.Doc, id: string) => ((doc.getMap('cards').get(id) as Y.Map<unknown> | undefined)?.get('text') as Y.Text | undefined)?.toString();

function hiddenCard(doc: Y.Doc, id: string, words: string): void {
  const card = new Y.Map<unknown>();
  doc.getMap('cards').set(id, card);
  card.set('authorId', 'ann');
  card.set('text', new Y.Text(words));
}

/** The server's side of the reveal: a copy of the card into the worksheet, and the card out of the own document. */
function reveal(serverOwn: Y.Doc, serverWorksheet: Y.Doc, id: string): { worksheet: Uint8Array; own: Uint8Array } {
  const worksheetBefore = Y.encodeStateVector(serverWorksheet);
  const ownBefore = Y.encodeStateVector(serverOwn);
  const card = serverOwn.getMap('cards').get(id) as Y.Map<unknown>;
  const copy = new Y.Map<unknown>();
  serverWorksheet.getMap('cards').set(id, copy);
  copy.set('authorId', card.get('authorId'));
  copy.set('text', new Y.Text((card.get('text') as Y.Text).toString()));
  serverOwn.getMap('cards').delete(id);
  return { worksheet: Y.encodeStateAsUpdate(serverWorksheet, worksheetBefore), own: Y.encodeStateAsUpdate(serverOwn, ownBefore) };
}

describe('the reveal carries keystrokes over', () => {
  it.each([['the copy first', true], ['the removal first', false]])('typed while the server moved the card (%s)', (_order, copyFirst) => {
    const serverOwn = new Y.Doc();
    const serverWorksheet = new Y.Doc();
    hiddenCard(serverOwn, 'k', 'Roosters');
    const own = new Y.Doc();
    const worksheet = new Y.Doc();
    Y.applyUpdate(own, Y.encodeStateAsUpdate(serverOwn), 'server');
    const carry = new RevealCarry(own, worksheet, () => 'ann');
    // Ann types; the server moves the card before her keystrokes arrive.
    const moved = reveal(serverOwn, serverWorksheet, 'k');
    ((own.getMap('cards').get('k') as Y.Map<unknown>).get('text') as Y.Text).insert(8, ' op maandag');
    if (copyFirst) Y.applyUpdate(worksheet, moved.worksheet, 'server');
    Y.applyUpdate(own, moved.own, 'server');
    if (!copyFirst) Y.applyUpdate(worksheet, moved.worksheet, 'server');
    expect(text(own, 'k')).toBeUndefined();
    expect(text(worksheet, 'k')).toBe('Roosters op maandag');
    carry.destroy();
  });

  it('a colleague\'s card in the facilitator\'s view of hidden answers is not carried', () => {
    const own = new Y.Doc();
    const worksheet = new Y.Doc();
    const serverOwn = new Y.Doc();
    const serverWorksheet = new Y.Doc();
    hiddenCard(serverOwn, 'k', 'Van Ann');
    Y.applyUpdate(own, Y.encodeStateAsUpdate(serverOwn), 'server');
    const carry = new RevealCarry(own, worksheet, () => 'lead');
    const moved = reveal(serverOwn, serverWorksheet, 'k');
    Y.applyUpdate(worksheet, moved.worksheet, 'server');
    replaceText((worksheet.getMap('cards').get('k') as Y.Map<unknown>).get('text') as Y.Text, 'Van Ann, later bewerkt');
    Y.applyUpdate(own, moved.own, 'server');
    expect(text(worksheet, 'k')).toBe('Van Ann, later bewerkt');
    carry.destroy();
  });

  it('a card its author removes herself is not carried anywhere', () => {
    const own = new Y.Doc();
    const worksheet = new Y.Doc();
    hiddenCard(own, 'k', 'Weg ermee');
    const carry = new RevealCarry(own, worksheet, () => 'ann');
    own.getMap('cards').delete('k');
    hiddenCard(worksheet, 'k', 'Anders');
    expect(text(worksheet, 'k')).toBe('Anders');
    carry.destroy();
  });

  it.each([
    ['Roosters', 'Roosters op maandag'],
    ['Roosters op maandag', 'Roosters'],
    ['abc', 'xyz'],
    ['', 'nieuw'],
    ['aaa', 'aaaa'],
  ])('replacing "%s" by "%s" changes only the middle', (from, to) => {
    const doc = new Y.Doc();
    const target = doc.getText('t');
    target.insert(0, from);
    replaceText(target, to);
    expect(target.toString()).toBe(to);
  });
});
