/**
 * Who may do and see what on a worksheet, as plain functions of the session
 * settings: the worksheet components only draw what these decide.
 */
import { dotsOpen } from '../domain/limits';
import { cardsFrozenNow, type SessionControl } from './control';
import type { Card } from './model';
import { placeByVotes } from './ranking';

/** A participant, the facilitator on their own screen, or the room (projector or wall). */
export type Viewer = 'participant' | 'facilitator' | 'room';

export interface WorksheetRules {
  /** Answers can be given: cards (unless frozen) and the eigen route. */
  canWrite: boolean;
  /** Cards can be added, edited, moved and removed: not while they are frozen for the vote. */
  canWriteCards: boolean;
  /** The cards are frozen for the vote (participants; the facilitator's word is final). */
  cardsFrozen: boolean;
  /** Dots can be given or taken back. */
  votingOpen: boolean;
  canVote: boolean;
  /** Vote counts are shown (never to participants or the room while voting is open, unless turned off). */
  showCounts: boolean;
  /** Others' answers are hidden from this viewer. */
  hideOthers: boolean;
  /** The room sees the cards ranked by votes once the counts are shown. */
  rankByVotes: boolean;
}

export function worksheetRules(control: SessionControl, viewer: Viewer): WorksheetRules {
  const votingOpen = dotsOpen(control) > 0;
  const showCounts = control.votesPerParticipant > 0 && (viewer === 'facilitator' || !votingOpen || !control.hideVotesWhileVoting);
  const canWrite = viewer === 'facilitator' || (viewer === 'participant' && !control.locked && !control.ended);
  const frozen = cardsFrozenNow(control);
  return {
    canWrite,
    canWriteCards: canWrite && (viewer === 'facilitator' || !frozen),
    cardsFrozen: frozen,
    votingOpen,
    // The server refuses a participant's dots while the worksheet is locked, as it refuses their cards.
    canVote: votingOpen && (viewer === 'facilitator' || (viewer === 'participant' && !control.locked)),
    showCounts,
    hideOthers: control.hidden && viewer !== 'facilitator',
    rankByVotes: showCounts && viewer === 'room',
  };
}

/** The cards this viewer sees: with hidden answers only their own, and the room none. */
export function visibleCards(cards: Card[], rules: WorksheetRules, viewer: Viewer, authorId: string): Card[] {
  if (!rules.hideOthers) return cards;
  return viewer === 'room' ? [] : cards.filter((card) => card.authorId === authorId);
}

/** Most votes first; equal votes keep their order (oldest first). See ranking.ts. */
export function rankCards(cards: Card[], votes: ReadonlyMap<string, number>): Card[] {
  return placeByVotes(cards, (card) => votes.get(card.id) ?? 0).map(({ item }) => item);
}
