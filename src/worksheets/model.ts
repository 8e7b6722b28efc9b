/**
 * Worksheet operations on a Y.Doc, kept out of React so they can be tested
 * as plain functions. A card is a Y.Map inside the `cards` map; its text is a
 * Y.Text, so two people editing one card both keep their words.
 */
import * as Y from 'yjs';
import { LIMITS, ROOTS } from '../domain/limits';
import { dropVotes } from './votes';

/** The server cuts longer texts back to this; the app never lets you type more. */
export const MAX_CARD_TEXT = LIMITS.textLength;

export interface Card {
  id: string;
  plate: string;
  column: string;
  text: string;
  /** Second line: a colleague's role on the "people" worksheet. */
  detail: string;
  author: string;
  authorId: string;
  createdAt: number;
}

export interface NewCard {
  plate: string;
  column: string;
  text: string;
  detail?: string;
  author: string;
  authorId: string;
  id?: string;
  createdAt?: number;
}

export function cardsOf(doc: Y.Doc): Y.Map<Y.Map<unknown>> {
  return doc.getMap<Y.Map<unknown>>(ROOTS.cards);
}

function textOf(value: string): Y.Text {
  return new Y.Text(value.slice(0, MAX_CARD_TEXT));
}

export function addCard(doc: Y.Doc, input: NewCard): string {
  const id = input.id ?? crypto.randomUUID();
  doc.transact(() => {
    const card = new Y.Map<unknown>();
    cardsOf(doc).set(id, card);
    card.set('plate', input.plate);
    card.set('column', input.column);
    card.set('text', textOf(input.text));
    card.set('detail', textOf(input.detail ?? ''));
    card.set('author', input.author.slice(0, 60));
    card.set('authorId', input.authorId);
    card.set('createdAt', input.createdAt ?? Date.now());
  });
  return id;
}

/**
 * Turns the text of a Y.Text into `next` with the smallest edit (one delete
 * and one insert between the common start and end), so a concurrent edit
 * elsewhere in the same text survives.
 */
export function replaceText(text: Y.Text, next: string): void {
  const value = next.slice(0, MAX_CARD_TEXT);
  const current = text.toString();
  if (current === value) return;
  let start = 0;
  while (start < current.length && start < value.length && current[start] === value[start]) start++;
  let end = 0;
  while (
    end < current.length - start && end < value.length - start &&
    current[current.length - 1 - end] === value[value.length - 1 - end]
  ) end++;
  text.doc!.transact(() => {
    if (current.length - start - end > 0) text.delete(start, current.length - start - end);
    if (value.length - start - end > 0) text.insert(start, value.slice(start, value.length - end));
  });
}

export function editCard(doc: Y.Doc, id: string, field: 'text' | 'detail', value: string): void {
  const text = cardsOf(doc).get(id)?.get(field);
  if (text instanceof Y.Text) replaceText(text, value);
}

export function moveCard(doc: Y.Doc, id: string, column: string): void {
  cardsOf(doc).get(id)?.set('column', column);
}

export function removeCard(doc: Y.Doc, id: string): void {
  doc.transact(() => {
    cardsOf(doc).delete(id);
    dropVotes(doc, new Set([id]));
  });
}

/** Removes every card of one plate's worksheet, and the votes on them. */
export function clearWorksheet(doc: Y.Doc, plate: string): void {
  const ids = new Set(readCards(doc, plate).map((card) => card.id));
  doc.transact(() => {
    for (const id of ids) cardsOf(doc).delete(id);
    dropVotes(doc, ids);
  });
}

/**
 * Anyone with the code can write anything into the document, so every field is
 * read for what it is: a value of the wrong type reads as empty, never throws.
 */
function readCard(id: string, card: Y.Map<unknown>): Card | undefined {
  const plate = card.get('plate');
  const column = card.get('column');
  if (typeof plate !== 'string' || typeof column !== 'string') return undefined;
  const createdAt = card.get('createdAt');
  return {
    id,
    plate,
    column,
    text: textField(card.get('text')),
    detail: textField(card.get('detail')),
    author: stringField(card.get('author'), LIMITS.nameLength + 20),
    authorId: stringField(card.get('authorId'), 100),
    createdAt: typeof createdAt === 'number' && Number.isFinite(createdAt) ? createdAt : 0,
  };
}

function textField(value: unknown): string {
  return value instanceof Y.Text ? value.toString().slice(0, LIMITS.textLength) : '';
}

function stringField(value: unknown, max: number): string {
  return typeof value === 'string' ? value.slice(0, max) : '';
}

/** The cards of one plate, oldest first; ties broken by id so every client shows the same order. */
export function readCards(doc: Y.Doc, plate: string): Card[] {
  const cards: Card[] = [];
  for (const [id, value] of cardsOf(doc)) {
    const card = value instanceof Y.Map ? readCard(id, value) : undefined;
    if (card && card.plate === plate) cards.push(card);
  }
  return cards.sort((a, b) => a.createdAt - b.createdAt || a.id.localeCompare(b.id));
}

export function cardsByColumn(cards: Card[], columns: readonly { id: string }[]): Map<string, Card[]> {
  const byColumn = new Map(columns.map((column) => [column.id, [] as Card[]]));
  for (const card of cards) byColumn.get(card.column)?.push(card);
  return byColumn;
}
