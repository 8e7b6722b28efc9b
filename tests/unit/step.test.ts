import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { readControl, setEnded, setFreezeCardsWhileVoting, setHideVotesWhileVoting, setStep, setVotesPerParticipant, type SessionControl } from '../../src/worksheets/control';
import { readStep, stepChanges } from '../../src/worksheets/step';
import { rankCards, visibleCards, worksheetRules, type Viewer } from '../../src/worksheets/rules';
import type { Card } from '../../src/worksheets/model';

describe('the session step', () => {
  const cases: [string, { votesPerParticipant: number; locked: boolean }, Parameters<typeof stepChanges>[1], object][] = [
    ['exploring changes nothing else', { votesPerParticipant: 0, locked: true }, 'explore', { step: 'explore' }],
    ['filling in opens the worksheet', { votesPerParticipant: 0, locked: true }, 'fill', { step: 'fill', locked: false }],
    ['voting gives three dots when none were set', { votesPerParticipant: 0, locked: false }, 'vote', { step: 'vote', locked: false, votesPerParticipant: 3 }],
    ['voting keeps the number the facilitator chose', { votesPerParticipant: 5, locked: false }, 'vote', { step: 'vote', locked: false, votesPerParticipant: 5 }],
    ['voting unlocks: a lock would refuse the votes', { votesPerParticipant: 2, locked: true }, 'vote', { step: 'vote', locked: false, votesPerParticipant: 2 }],
    ['results only record the step', { votesPerParticipant: 2, locked: true }, 'results', { step: 'results' }],
  ];
  it.each(cases)('%s', (_, control, step, expected) => {
    expect(stepChanges(control, step)).toEqual(expected);
  });

  it.each([[undefined, 'explore'], ['vote', 'vote'], ['dance', 'explore'], [3, 'explore']])('reads %s as %s', (value, expected) => {
    expect(readStep(value)).toBe(expected);
  });

  it('is set in the control document with what the step needs', () => {
    const doc = new Y.Doc();
    setStep(doc, 'vote');
    expect(readControl(doc)).toMatchObject({ step: 'vote', votesPerParticipant: 3, locked: false });
    setStep(doc, 'results');
    expect(readControl(doc)).toMatchObject({ step: 'results', votesPerParticipant: 3 });
  });
});

function control(over: Partial<SessionControl> = {}): SessionControl {
  const doc = new Y.Doc();
  setVotesPerParticipant(doc, 0);
  return { ...readControl(doc), ...over };
}

describe('who may do and see what', () => {
  type Row = [string, Partial<SessionControl>, Viewer, Partial<ReturnType<typeof worksheetRules>>];
  const rows: Row[] = [
    ['a participant writes in an open worksheet', {}, 'participant', { canWrite: true, votingOpen: false, showCounts: false }],
    ['a lock stops a participant', { locked: true }, 'participant', { canWrite: false }],
    ['a lock does not stop the facilitator', { locked: true }, 'facilitator', { canWrite: true }],
    ['the room never writes', {}, 'room', { canWrite: false }],
    ['while voting, a participant votes but sees no counts', { votesPerParticipant: 3, step: 'vote' }, 'participant', { canVote: true, showCounts: false }],
    ['while voting, the facilitator sees the counts', { votesPerParticipant: 3, step: 'vote' }, 'facilitator', { canVote: true, showCounts: true }],
    ['while voting, the room sees no counts and no ranking', { votesPerParticipant: 3, step: 'vote' }, 'room', { canVote: false, showCounts: false, rankByVotes: false }],
    ['a lock stops a participant\'s dots too (the server refuses them)', { votesPerParticipant: 3, step: 'vote', locked: true }, 'participant', { votingOpen: true, canVote: false }],
    ['a lock does not stop the facilitator\'s dots', { votesPerParticipant: 3, step: 'vote', locked: true }, 'facilitator', { canVote: true }],
    ['with secrecy off, a participant sees counts while voting', { votesPerParticipant: 3, step: 'vote', hideVotesWhileVoting: false }, 'participant', { showCounts: true }],
    ['at results voting is closed and counts are shown', { votesPerParticipant: 3, step: 'results' }, 'participant', { votingOpen: false, canVote: false, showCounts: true }],
    ['at results the room ranks by votes', { votesPerParticipant: 3, step: 'results' }, 'room', { showCounts: true, rankByVotes: true }],
    ['an ended session closes voting', { votesPerParticipant: 3, ended: true }, 'participant', { votingOpen: false, showCounts: true, canWrite: false }],
    ['while voting, a participant\'s cards are frozen by default; dots still go on them', { votesPerParticipant: 3, step: 'vote' }, 'participant', { canWrite: true, canWriteCards: false, cardsFrozen: true, canVote: true }],
    ['while voting, the facilitator may still change cards', { votesPerParticipant: 3, step: 'vote' }, 'facilitator', { canWriteCards: true }],
    ['while voting with the cards left open, a participant changes cards', { votesPerParticipant: 3, step: 'vote', freezeCardsWhileVoting: false }, 'participant', { canWriteCards: true, cardsFrozen: false }],
    ['filling in, cards are open', { votesPerParticipant: 3, step: 'fill' }, 'participant', { canWriteCards: true, cardsFrozen: false }],
    ['hidden answers are hidden from participants', { hidden: true }, 'participant', { hideOthers: true }],
    ['hidden answers are shown to the facilitator', { hidden: true }, 'facilitator', { hideOthers: false }],
  ];
  it.each(rows)('%s', (_, over, viewer, expected) => {
    expect(worksheetRules(control(over), viewer)).toMatchObject(expected);
  });

  const card = (id: string, authorId = 'a'): Card => ({ id, plate: 'p', column: 'c', text: id, detail: '', author: '', authorId, createdAt: 0 });
  it('with hidden answers a participant sees only their own, the room none', () => {
    const rules = worksheetRules(control({ hidden: true }), 'participant');
    expect(visibleCards([card('1', 'me'), card('2', 'you')], rules, 'participant', 'me').map((c) => c.id)).toEqual(['1']);
    expect(visibleCards([card('1', 'me')], worksheetRules(control({ hidden: true }), 'room'), 'room', 'me')).toEqual([]);
  });

  it('ranks by votes, keeping the order of equal votes', () => {
    const votes = new Map([['b', 2], ['c', 2], ['d', 5]]);
    const cards = ['a', 'b', 'c', 'd'].map((id) => card(id));
    expect(rankCards(cards, votes).map((c) => c.id)).toEqual(['d', 'b', 'c', 'a']);
  });

  it('reads the secrecy option, on unless turned off', () => {
    const doc = new Y.Doc();
    expect(readControl(doc).hideVotesWhileVoting).toBe(true);
    setHideVotesWhileVoting(doc, false);
    expect(readControl(doc).hideVotesWhileVoting).toBe(false);
    setEnded(doc, true);
    expect(readControl(doc).ended).toBe(true);
  });

  it('reads the freeze option, on unless turned off', () => {
    const doc = new Y.Doc();
    expect(readControl(doc).freezeCardsWhileVoting).toBe(true);
    setFreezeCardsWhileVoting(doc, false);
    expect(readControl(doc).freezeCardsWhileVoting).toBe(false);
  });
});
