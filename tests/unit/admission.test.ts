/**
 * Admission, one line per case: the state a worksheet is in, who sends what,
 * and the outcome. Real Y.Docs: the server's copy, and a participant's copy
 * synced from it that makes the change.
 */
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { DOCUMENT_SHAPES, REFUSAL } from '../../src/domain/limits';
import type { Actor } from '../../src/domain/rights';
import { admit, type AdmissionSettings } from '../../server/admission';

const ann: Actor = { id: 'ann', name: 'Ann', role: 'participant' };
const bob: Actor = { id: 'bob', name: 'Bob', role: 'participant' };
const eve: Actor = { id: 'eve', name: 'Eve', role: 'participant' };
const lead: Actor = { id: 'lead', name: 'Marieke', role: 'facilitator' };

function addCard(doc: Y.Doc, id: string, author: Actor, text = 'tekst'): void {
  const card = new Y.Map<unknown>();
  doc.transact(() => {
    doc.getMap('cards').set(id, card);
    card.set('text', new Y.Text(text));
    card.set('column', 'open');
    card.set('author', author.name);
    card.set('authorId', author.id);
  });
}

/** A worksheet with one card of Ann's, one of Bob's, and Bob's dot on Ann's card. */
function worksheet(): Y.Doc {
  const doc = new Y.Doc();
  addCard(doc, 'ann-1', ann, 'Roosters');
  addCard(doc, 'bob-1', bob, 'Data');
  doc.getMap('votes').set('bob#0', 'ann-1');
  return doc;
}

const card = (doc: Y.Doc, id: string) => doc.getMap('cards').get(id) as Y.Map<unknown>;

type Change = (doc: Y.Doc) => void;
type Outcome = 'accepted' | 'unchanged' | `refused ${string}`;

const cases: [string, Actor, Change, Outcome, Partial<AdmissionSettings>?][] = [
  ['Ann adds a card as herself', ann, (doc) => addCard(doc, 'ann-2', ann), 'accepted'],
  ['Ann adds a card and removes it again before it is sent', ann, (doc) => { addCard(doc, 'kort', ann); doc.getMap('cards').delete('kort'); }, 'accepted'],
  ['Ann adds a card under Bob\'s id', ann, (doc) => addCard(doc, 'x', { ...ann, id: 'bob' }), 'refused not-yours'],
  ['Ann adds a card under her id and Bob\'s name', ann, (doc) => addCard(doc, 'x', { ...ann, name: 'Bob' }), 'refused not-yours'],
  ['Ann types in her own card', ann, (doc) => (card(doc, 'ann-1').get('text') as Y.Text).insert(0, 'Nieuwe '), 'accepted'],
  ['Ann deletes text in her own card', ann, (doc) => (card(doc, 'ann-1').get('text') as Y.Text).delete(0, 3), 'accepted'],
  ['Ann moves her own card', ann, (doc) => card(doc, 'ann-1').set('column', 'elders'), 'accepted'],
  ['Ann clears the worksheet, her own card among the others', ann, (doc) => doc.transact(() => { for (const id of [...doc.getMap('cards').keys()]) doc.getMap('cards').delete(id); }), 'refused not-yours'],
  ['Ann removes her card and Bob\'s dot on it', ann, (doc) => doc.transact(() => { doc.getMap('cards').delete('ann-1'); doc.getMap('votes').delete('bob#0'); }), 'accepted'],
  ['Ann removes Bob\'s card', ann, (doc) => doc.getMap('cards').delete('bob-1'), 'refused not-yours'],
  ['Eve clears the worksheet', eve, (doc) => doc.transact(() => { for (const id of [...doc.getMap('cards').keys()]) doc.getMap('cards').delete(id); }), 'refused not-yours'],
  ['Ann deletes text in Bob\'s card', ann, (doc) => (card(doc, 'bob-1').get('text') as Y.Text).delete(0, 2), 'refused not-yours'],
  ['Ann types in Bob\'s card', ann, (doc) => (card(doc, 'bob-1').get('text') as Y.Text).insert(0, 'Onzin '), 'refused not-yours'],
  ['Ann moves Bob\'s card', ann, (doc) => card(doc, 'bob-1').set('column', 'weg'), 'refused not-yours'],
  ['Ann takes over Bob\'s card', ann, (doc) => card(doc, 'bob-1').set('authorId', 'ann'), 'refused not-yours'],
  ['Ann renames the author of her own card', ann, (doc) => card(doc, 'ann-1').set('author', 'Marieke'), 'refused not-yours'],
  ['Ann replaces Bob\'s card by one of hers', ann, (doc) => addCard(doc, 'bob-1', ann), 'refused not-yours'],
  ['Ann puts a dot on Bob\'s card', ann, (doc) => doc.getMap('votes').set('ann#0', 'bob-1'), 'accepted'],
  ['Ann puts a dot on a card she adds with it', ann, (doc) => doc.transact(() => { addCard(doc, 'ann-3', ann); doc.getMap('votes').set('ann#0', 'ann-3'); }), 'accepted'],
  ['Ann puts a third dot where two are allowed', ann, (doc) => doc.getMap('votes').set('ann#2', 'bob-1'), 'refused vote-limit'],
  ['Ann moves Bob\'s dot', ann, (doc) => doc.getMap('votes').set('bob#0', 'bob-1'), 'refused not-yours'],
  ['Ann takes Bob\'s dot off', ann, (doc) => doc.getMap('votes').delete('bob#0'), 'refused not-yours'],
  ['Ann votes once voting is closed', ann, (doc) => doc.getMap('votes').set('ann#0', 'bob-1'), 'refused voting-closed', { dotsAllowed: 0 }],
  ['Ann answers the route for herself', ann, (doc) => doc.getMap('route').set('route|ann|stand|data', 3), 'accepted'],
  ['Ann answers the route for a ghost', ann, (doc) => doc.getMap('route').set('route|ghost|stand|data', 3), 'refused not-yours'],
  ['Ann puts a stand off the scale', ann, (doc) => doc.getMap('route').set('route|ann|stand|data', 9), 'refused shape'],
  ['Ann writes a root the worksheet has not', ann, (doc) => doc.getMap('other').set('x', 1), 'refused shape'],
  ['Ann writes under a client id that is Bob\'s', ann, (doc) => addCard(doc, 'ann-2', ann), 'refused not-yours', { mayWriteUnder: () => false }],
  ['a locked worksheet refuses Ann\'s card', ann, (doc) => addCard(doc, 'ann-2', ann), 'refused locked', { standing: REFUSAL.locked }],
  ['a locked worksheet takes what the server has already', ann, () => {}, 'unchanged', { standing: REFUSAL.locked }],
  ['Ann adds a card while the cards are frozen for the vote', ann, (doc) => addCard(doc, 'ann-2', ann), 'refused frozen', { cardsFrozen: true }],
  ['Ann types in her own card while the cards are frozen', ann, (doc) => (card(doc, 'ann-1').get('text') as Y.Text).insert(0, 'Nieuw '), 'refused frozen', { cardsFrozen: true }],
  ['Ann removes her own card while the cards are frozen', ann, (doc) => doc.getMap('cards').delete('ann-1'), 'refused frozen', { cardsFrozen: true }],
  ['Ann puts a dot on a card while the cards are frozen', ann, (doc) => doc.getMap('votes').set('ann#0', 'bob-1'), 'accepted', { cardsFrozen: true }],
  ['the facilitator removes Bob\'s card', lead, (doc) => doc.getMap('cards').delete('bob-1'), 'accepted', { checkRights: false }],
  ['the facilitator edits Ann\'s card', lead, (doc) => card(doc, 'ann-1').set('column', 'x'), 'accepted', { checkRights: false }],
];

function outcomeOf(actor: Actor, change: Change, settings: Partial<AdmissionSettings>): { outcome: Outcome; server: Y.Doc; applied?: Uint8Array } {
  const server = worksheet();
  const client = new Y.Doc();
  Y.applyUpdate(client, Y.encodeStateAsUpdate(server));
  const before = Y.encodeStateVector(client);
  change(client);
  const update = Y.encodeStateAsUpdate(client, before);
  const admission = admit(server, actor, update, {
    shape: DOCUMENT_SHAPES.worksheet, checkRights: true, dotsAllowed: 2, mayWriteUnder: () => true, ...settings,
  });
  if (admission.outcome === 'accepted') {
    Y.applyUpdate(server, admission.update);
    return { outcome: 'accepted', server, applied: admission.update };
  }
  return { outcome: admission.outcome === 'refused' ? `refused ${admission.refusal}` : 'unchanged', server };
}

const snapshot = (doc: Y.Doc) => JSON.stringify(['cards', 'votes', 'route'].map((root) => doc.getMap(root).toJSON()));

describe('admission', () => {
  it.each(cases)('%s', (_what, actor, change, expected, settings = {}) => {
    const { outcome, server } = outcomeOf(actor, change, settings);
    expect(outcome).toBe(expected);
    // Refused: the server's copy is exactly what it was.
    if (expected.startsWith('refused')) expect(snapshot(server)).toBe(snapshot(worksheet()));
  });

  it('one forbidden deletion refuses the whole update: her own card stays too, and nothing changes', () => {
    const { outcome, server } = outcomeOf(ann, (doc) => doc.transact(() => {
      doc.getMap('cards').delete('ann-1');
      doc.getMap('cards').delete('bob-1');
    }), {});
    expect(outcome).toBe('refused not-yours');
    expect([...server.getMap('cards').keys()].sort()).toEqual(['ann-1', 'bob-1']);
  });

  it('an owner\'s edit survives an attacker\'s delete of her card', () => {
    const server = worksheet();
    const attacker = new Y.Doc();
    const owner = new Y.Doc();
    Y.applyUpdate(attacker, Y.encodeStateAsUpdate(server));
    Y.applyUpdate(owner, Y.encodeStateAsUpdate(server));
    const sv = Y.encodeStateVector(server);
    attacker.getMap('cards').delete('ann-1');
    (card(owner, 'ann-1').get('text') as Y.Text).insert(8, ' op maandag');
    const settings = { shape: DOCUMENT_SHAPES.worksheet, checkRights: true, dotsAllowed: 2, mayWriteUnder: () => true };
    const attack = admit(server, bob, Y.encodeStateAsUpdate(attacker, sv), settings);
    expect(attack).toEqual({ outcome: 'refused', refusal: 'not-yours' });
    const edit = admit(server, ann, Y.encodeStateAsUpdate(owner, sv), settings);
    expect(edit.outcome).toBe('accepted');
    if (edit.outcome === 'accepted') Y.applyUpdate(server, edit.update);
    expect((card(server, 'ann-1').get('text') as Y.Text).toString()).toBe('Roosters op maandag');
  });

  it('a delete set covering every clock of every client costs a bounded walk and changes nothing', () => {
    const server = worksheet();
    for (let index = 0; index < 150; index++) addCard(server, `c${index}`, bob, 'x'.repeat(20));
    const ds = new Map<number, { clock: number; len: number }[]>();
    for (const client of server.store.clients.keys()) ds.set(client, [{ clock: 0, len: 1 << 30 }]);
    // An update of no structs and that delete set, as a script writes it.
    const bytes = [0, ds.size];
    const varuint = (value: number) => { while (value > 127) { bytes.push((value & 127) | 128); value >>>= 7; } bytes.push(value); };
    bytes.length = 1;
    varuint(ds.size);
    for (const [client, ranges] of ds) { varuint(client); varuint(ranges.length); for (const { clock, len } of ranges) { varuint(clock); varuint(len); } }
    const before = snapshot(server);
    const admission = admit(server, eve, new Uint8Array(bytes), { shape: DOCUMENT_SHAPES.worksheet, checkRights: true, dotsAllowed: 2, mayWriteUnder: () => true });
    expect(admission.outcome).toBe('refused');
    expect(snapshot(server)).toBe(before);
  });
});
