/**
 * When the server refuses a change and does not apply it (someone else's
 * card, a dot after voting closed, a worksheet that is full), this browser's
 * copy holds what the server's does not, and every later edit of this browser
 * builds on it: the server would ask for it again and refuse it again. So the
 * app mends its copy: it notes this participant's own work, drops the copy,
 * syncs afresh, and writes that work again where the server's copy lacks it or
 * holds it differently. The writes go through the server's checks like any
 * other, so what was refused stays refused, and the rest arrives.
 */
import * as Y from 'yjs';
import { REFUSAL, ROOTS, type Refusal } from '../domain/limits';
import { parseDotKey, parseRouteKey } from '../domain/rights';

/** Refusals after which this browser's copy differs from the server's: the others are sent again by themselves. */
const SENT_AGAIN: ReadonlySet<Refusal> = new Set([REFUSAL.locked, REFUSAL.ended, REFUSAL.rate, REFUSAL.gap]);

export function copyDiverged(refusal: Refusal): boolean {
  return !SENT_AGAIN.has(refusal);
}

export interface OwnCard {
  id: string;
  fields: Record<string, unknown>;
  texts: Record<string, string>;
}

/** A participant's own work in a copy: their cards, dots and route answers, as plain data. */
export interface OwnWork {
  cards: OwnCard[];
  votes: [string, unknown][];
  route: [string, unknown][];
}

export function ownWork(doc: Y.Doc, participantId: string): OwnWork {
  const cards: OwnCard[] = [];
  for (const [id, value] of doc.getMap<unknown>(ROOTS.cards)) {
    if (!(value instanceof Y.Map) || value.get('authorId') !== participantId) continue;
    const card: OwnCard = { id, fields: {}, texts: {} };
    for (const [field, content] of value.entries()) {
      if (content instanceof Y.Text) card.texts[field] = content.toString();
      else if (!(content instanceof Y.AbstractType)) card.fields[field] = content;
    }
    cards.push(card);
  }
  const votes = [...doc.getMap<unknown>(ROOTS.votes).entries()].filter(([key]) => parseDotKey(key)?.voter === participantId);
  const route = [...doc.getMap<unknown>(ROOTS.route).entries()].filter(([key]) => parseRouteKey(key)?.participant === participantId);
  return { cards, votes, route };
}

/** Writes `work` where `doc` lacks it or holds it differently; returns how many entries it wrote. */
export function writeAgain(doc: Y.Doc, work: OwnWork): number {
  let written = 0;
  doc.transact(() => {
    const cards = doc.getMap<unknown>(ROOTS.cards);
    for (const { id, fields, texts } of work.cards) {
      let card = cards.get(id);
      const fresh = !(card instanceof Y.Map);
      if (fresh) cards.set(id, (card = new Y.Map<unknown>()));
      const map = card as Y.Map<unknown>;
      let changed = fresh;
      for (const [field, value] of Object.entries(fields)) {
        if (map.get(field) !== value) {
          map.set(field, value);
          changed = true;
        }
      }
      for (const [field, text] of Object.entries(texts)) {
        const current = map.get(field);
        if (current instanceof Y.Text) {
          if (current.toString() === text) continue;
          current.delete(0, current.length);
          current.insert(0, text);
        } else {
          map.set(field, new Y.Text(text));
        }
        changed = true;
      }
      if (changed) written++;
    }
    for (const [root, entries] of [[ROOTS.votes, work.votes], [ROOTS.route, work.route]] as const) {
      const map = doc.getMap<unknown>(root);
      for (const [key, value] of entries) {
        // A dot on a card that is gone stays off.
        if (root === ROOTS.votes && !(cards.get(value as string) instanceof Y.Map)) continue;
        if (map.get(key) === value) continue;
        map.set(key, value);
        written++;
      }
    }
  }, 'mend');
  return written;
}
