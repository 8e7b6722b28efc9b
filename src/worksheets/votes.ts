/**
 * Dot voting. Each participant has a fixed number of dots; dot i of a
 * participant is one key in the `votes` map, so a dot can only ever be on one
 * card and is counted once, however many people vote at the same moment.
 */
import type * as Y from 'yjs';
import { ROOTS } from '../domain/limits';
import { dotKey, parseDotKey } from '../domain/rights';

export function votesOf(doc: Y.Doc): Y.Map<string> {
  return doc.getMap<string>(ROOTS.votes);
}


/** Cards the voter's dots are on, dot by dot; only the first `allowed` dots count. */
export function dotsOf(doc: Y.Doc, voter: string, allowed: number): (string | undefined)[] {
  const votes = votesOf(doc);
  return Array.from({ length: allowed }, (_, dot) => {
    const card: unknown = votes.get(dotKey(voter, dot));
    return typeof card === 'string' ? card : undefined;
  });
}

/** Puts the voter's first free dot on the card; false when all dots are used. */
export function castVote(doc: Y.Doc, voter: string, allowed: number, cardId: string): boolean {
  const free = dotsOf(doc, voter, allowed).findIndex((card) => card === undefined);
  if (free < 0) return false;
  votesOf(doc).set(dotKey(voter, free), cardId);
  return true;
}

/** Takes one of the voter's dots off the card. */
export function withdrawVote(doc: Y.Doc, voter: string, allowed: number, cardId: string): void {
  const dot = dotsOf(doc, voter, allowed).lastIndexOf(cardId);
  if (dot >= 0) votesOf(doc).delete(dotKey(voter, dot));
}

/** Votes per card: every dot within the allowed number counts once. */
export function tally(doc: Y.Doc, allowed: number): Map<string, number> {
  const counts = new Map<string, number>();
  for (const [key, cardId] of votesOf(doc)) {
    const parsed = parseDotKey(key);
    if (!parsed || parsed.dot >= allowed || typeof cardId !== 'string') continue;
    counts.set(cardId, (counts.get(cardId) ?? 0) + 1);
  }
  return counts;
}

/** Removes every dot on the given cards (when cards are removed or a worksheet is cleared). */
export function dropVotes(doc: Y.Doc, cardIds: ReadonlySet<string>): void {
  const votes = votesOf(doc);
  for (const [key, cardId] of [...votes]) if (cardIds.has(cardId)) votes.delete(key);
}
