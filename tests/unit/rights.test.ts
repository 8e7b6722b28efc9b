/** The rules of who may change what, one line per case: who, what, expected. */
import { describe, expect, it } from 'vitest';
import { cardsFrozen, dotsOpen } from '../../src/domain/limits';
import { parseDotKey, parseRouteKey, refusalOf, type Actor, type Change } from '../../src/domain/rights';

const ann: Actor = { id: 'ann', name: 'Ann', role: 'participant' };
const bob: Actor = { id: 'bob', name: 'Bob', role: 'participant' };
const lead: Actor = { id: 'lead', name: 'Marieke', role: 'facilitator' };
const viewer: Actor = { id: 'v', name: '', role: 'viewer' };
const annCard = { authorId: 'ann', author: 'Ann' };
const existing = new Set(['c1', 'c2']);
const context = { dotsAllowed: 2, cardExists: (id: string) => existing.has(id) };
/** The results step, or an ended session: no dots to give (see dotsOpen). */
const closed = { ...context, dotsAllowed: 0 };
/** The vote step with the cards frozen (see cardsFrozen). */
const frozen = { ...context, cardsFrozen: true };

const cases: [string, Actor, Change, string | undefined, (typeof context & { cardsFrozen?: boolean })?][] = [
  ['Ann creates a card as herself', ann, { kind: 'card', id: 'n', after: annCard }, undefined],
  ['Ann creates a card under Bob\'s id', ann, { kind: 'card', id: 'n', after: { authorId: 'bob', author: 'Ann' } }, 'not-yours'],
  ['Ann creates a card under her id but Bob\'s name', ann, { kind: 'card', id: 'n', after: { authorId: 'ann', author: 'Bob' } }, 'not-yours'],
  ['Ann edits or moves her own card', ann, { kind: 'card', id: 'c1', before: annCard, after: annCard }, undefined],
  ['Ann removes her own card', ann, { kind: 'card', id: 'c1', before: annCard }, undefined],
  ['Bob edits Ann\'s card', bob, { kind: 'card', id: 'c1', before: annCard, after: annCard }, 'not-yours'],
  ['Bob removes Ann\'s card (or clears the worksheet)', bob, { kind: 'card', id: 'c1', before: annCard }, 'not-yours'],
  ['Bob takes over Ann\'s card', bob, { kind: 'card', id: 'c1', before: annCard, after: { authorId: 'bob', author: 'Bob' } }, 'not-yours'],
  ['Ann renames the author of her own card', ann, { kind: 'card', id: 'c1', before: annCard, after: { authorId: 'ann', author: 'Marieke (begeleider)' } }, 'not-yours'],
  ['the facilitator edits Ann\'s card', lead, { kind: 'card', id: 'c1', before: annCard, after: annCard }, undefined],
  ['the facilitator removes Ann\'s card', lead, { kind: 'card', id: 'c1', before: annCard }, undefined],
  ['the facilitator imports cards in others\' names', lead, { kind: 'card', id: 'n', after: { authorId: 'x', author: 'Import' } }, undefined],
  ['a read-only viewer adds a card', viewer, { kind: 'card', id: 'n', after: { authorId: 'v', author: '' } }, 'read-only'],
  ['Ann puts her first dot on a card', ann, { kind: 'vote', key: 'ann#0', after: 'c1' }, undefined],
  ['Ann puts her second dot on a card', ann, { kind: 'vote', key: 'ann#1', after: 'c2' }, undefined],
  ['Ann puts a third dot where two are allowed', ann, { kind: 'vote', key: 'ann#2', after: 'c1' }, 'vote-limit'],
  ['Ann puts dot 53 on a card', ann, { kind: 'vote', key: 'ann#53', after: 'c1' }, 'vote-limit'],
  ['Ann votes as Bob', ann, { kind: 'vote', key: 'bob#0', after: 'c1' }, 'not-yours'],
  ['Ann moves Bob\'s dot', ann, { kind: 'vote', key: 'bob#0', before: 'c2', after: 'c1' }, 'not-yours'],
  ['Ann takes Bob\'s dot off a card that exists', ann, { kind: 'vote', key: 'bob#0', before: 'c1' }, 'not-yours'],
  ['Ann takes Bob\'s dot off a card that was removed', ann, { kind: 'vote', key: 'bob#0', before: 'gone' }, undefined],
  ['Ann takes her own dot off', ann, { kind: 'vote', key: 'ann#0', before: 'c1' }, undefined],
  ['Ann votes on a card that does not exist', ann, { kind: 'vote', key: 'ann#0', after: 'nope' }, 'not-yours'],
  ['Ann writes a key that is no dot', ann, { kind: 'vote', key: 'ann', after: 'c1' }, 'not-yours'],
  ['Ann writes a dot that is not a card id', ann, { kind: 'vote', key: 'ann#0', after: 42 }, 'not-yours'],
  ['the facilitator clears anyone\'s dots', lead, { kind: 'vote', key: 'bob#0', before: 'c1' }, undefined],
  ['Ann puts a dot under a second spelling of her first dot', ann, { kind: 'vote', key: 'ann#00', after: 'c1' }, 'not-yours'],
  ['Ann puts a dot on a card once voting is closed', ann, { kind: 'vote', key: 'ann#0', after: 'c1' }, 'voting-closed', closed],
  ['Ann moves her dot once voting is closed', ann, { kind: 'vote', key: 'ann#0', before: 'c2', after: 'c1' }, 'voting-closed', closed],
  ['Ann takes her dot back once voting is closed', ann, { kind: 'vote', key: 'ann#0', before: 'c1' }, 'voting-closed', closed],
  ['Ann takes her dot off a removed card once voting is closed', ann, { kind: 'vote', key: 'ann#0', before: 'gone' }, undefined, closed],
  ['the facilitator moves a dot once voting is closed', lead, { kind: 'vote', key: 'bob#0', before: 'c2', after: 'c1' }, undefined, closed],
  ['Ann adds a card while the cards are frozen for the vote', ann, { kind: 'card', id: 'n', after: annCard }, 'frozen', frozen],
  ['Ann edits or moves her card while the cards are frozen', ann, { kind: 'card', id: 'c1', before: annCard, after: annCard }, 'frozen', frozen],
  ['Ann removes her card while the cards are frozen', ann, { kind: 'card', id: 'c1', before: annCard }, 'frozen', frozen],
  ['Ann puts a dot on a frozen card', ann, { kind: 'vote', key: 'ann#0', after: 'c1' }, undefined, frozen],
  ['the facilitator edits a card while the cards are frozen', lead, { kind: 'card', id: 'c1', before: annCard, after: annCard }, undefined, frozen],
  ['Ann answers the route for herself', ann, { kind: 'route', key: 'route|ann|stand|data', after: 3 }, undefined],
  ['Ann answers the route for an invented participant', ann, { kind: 'route', key: 'route|ghost-7|stand|data', after: 3 }, 'not-yours'],
  ['Ann removes Bob\'s route answer', ann, { kind: 'route', key: 'route|bob|stand|data', before: 3 }, 'not-yours'],
  ['the facilitator clears the route answers', lead, { kind: 'route', key: 'route|bob|stand|data', before: 3 }, undefined],
  ['Ann gives a theme a priority and a roadmap item a choice', ann, { kind: 'route', key: 'route|ann|priority|data', after: 'hoog' }, undefined],
  ['Ann chooses for a roadmap item', ann, { kind: 'route', key: 'route|ann|choice|edu-v', after: 'nog-niet' }, undefined],
  ['Ann takes back her own answer', ann, { kind: 'route', key: 'route|ann|stand|data', before: 3 }, undefined],
  ['Ann puts a stand off the five-step scale', ann, { kind: 'route', key: 'route|ann|stand|data', after: 6 }, 'shape'],
  ['Ann puts a stand between two steps', ann, { kind: 'route', key: 'route|ann|stand|data', after: 2.5 }, 'shape'],
  ['Ann gives a priority that is no priority', ann, { kind: 'route', key: 'route|ann|priority|data', after: 'x'.repeat(900) }, 'shape'],
  ['Ann answers a question that does not exist', ann, { kind: 'route', key: 'route|ann|comment|data', after: 'hoog' }, 'shape'],
  ['Ann stuffs a subject of 5,000 characters', ann, { kind: 'route', key: `route|ann|stand|${'a'.repeat(5000)}`, after: 3 }, 'shape'],
  ['Ann writes a key that is no route answer', ann, { kind: 'route', key: 'ann', after: 3 }, 'shape'],
  ['Ann removes a malformed entry of her own', ann, { kind: 'route', key: 'x|ann|y', before: 3 }, undefined],
  ['Ann removes a malformed entry of Bob\'s', ann, { kind: 'route', key: 'x|bob|y', before: 3 }, 'not-yours'],
];

describe('rights', () => {
  it.each(cases)('%s', (_what, actor, change, expected, where = context) => {
    expect(refusalOf(actor, change, where)).toBe(expected);
  });

  it.each([
    [{ votesPerParticipant: 3, step: 'vote', ended: false }, 3],
    [{ votesPerParticipant: 3, step: 'fill', ended: undefined }, 3],
    [{ votesPerParticipant: 3, step: 'results', ended: false }, 0],
    [{ votesPerParticipant: 3, step: 'vote', ended: true }, 0],
    [{ votesPerParticipant: 0, step: 'vote', ended: false }, 0],
    [{ votesPerParticipant: '3', step: 'vote', ended: false }, 0],
  ])('dots open with %j: %i', (settings, expected) => {
    expect(dotsOpen(settings)).toBe(expected);
  });

  it.each([
    ['during the vote, by default', { votesPerParticipant: 3, step: 'vote', ended: false, cardsOpenWhileVoting: undefined }, true],
    ['during the vote, the facilitator left the cards open', { votesPerParticipant: 3, step: 'vote', ended: false, cardsOpenWhileVoting: true }, false],
    ['during the vote with voting turned off', { votesPerParticipant: 0, step: 'vote', ended: false, cardsOpenWhileVoting: undefined }, false],
    ['while filling in, with dots already set', { votesPerParticipant: 3, step: 'fill', ended: false, cardsOpenWhileVoting: undefined }, false],
    ['at the results', { votesPerParticipant: 3, step: 'results', ended: false, cardsOpenWhileVoting: undefined }, false],
    ['a wrong type reads as frozen (the default)', { votesPerParticipant: 3, step: 'vote', ended: false, cardsOpenWhileVoting: 'yes' }, true],
  ])('cards frozen %s: %s', (_, settings, expected) => {
    expect(cardsFrozen(settings)).toBe(expected);
  });

  it.each([
    ['ann#0', { voter: 'ann', dot: 0 }],
    ['a#b#12', { voter: 'a#b', dot: 12 }],
    ['#1', undefined],
    ['ann#', undefined],
    ['ann#1e3', undefined],
    ['ann#01', undefined],
    ['ann#00', undefined],
    ['ann#10', { voter: 'ann', dot: 10 }],
    ['ann#99999', undefined],
  ])('dot key %s', (key, expected) => {
    expect(parseDotKey(key)).toEqual(expected);
  });

  it.each([
    ['route|ann|stand|data', { plate: 'route', participant: 'ann', field: 'stand', subject: 'data' }],
    ['route|ann|stand', undefined],
    ['route|ann|stand|data|extra', undefined],
    ['route|ann|mood|data', undefined],
    ['route|ann|constructor|data', undefined],
  ])('route key %s', (key, expected) => {
    expect(parseRouteKey(key)).toEqual(expected);
  });
});
