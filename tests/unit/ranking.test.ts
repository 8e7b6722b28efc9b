/** Ranking by dots: one line per case, the cards' dots in the order they were written. */
import { describe, expect, it } from 'vitest';
import { placeByVotes, topPlaces } from '../../src/worksheets/ranking';

/** Cards named a, b, c, … with these dots. */
const cards = (dots: number[]) => dots.map((votes, index) => ({ id: String.fromCharCode(97 + index), votes }));
const byVotes = (card: { votes: number }) => card.votes;
const show = (entries: { item: { id: string }; place: number; shared: boolean }[]) =>
  entries.map(({ item, place, shared }) => `${place}${shared ? '=' : ''}${item.id}`).join(' ');

describe('places by dots', () => {
  const cases: [string, number[], string][] = [
    ['most dots first', [1, 3, 2], '1b 2c 3a'],
    ['equal dots share a place and keep the order of writing', [2, 5, 2, 1], '1b 2=a 2=c 4d'],
    ['the place after a tie skips the shared ones', [4, 4, 4, 1], '1=a 1=b 1=c 4d'],
    ['cards without dots come last, sharing their place', [0, 2, 0], '1b 2=a 2=c'],
    ['nothing to rank', [], ''],
  ];
  it.each(cases)('%s', (_, dots, expected) => {
    expect(show(placeByVotes(cards(dots), byVotes))).toBe(expected);
  });
});

describe('the top five', () => {
  const cases: [string, number[], string, boolean, number?][] = [
    ['five clear places', [9, 8, 7, 6, 5, 4], '1a 2b 3c 4d 5e', false],
    ['a tie inside the five changes nothing', [9, 8, 8, 6, 5, 4], '1a 2=b 2=c 4d 5e', false],
    ['cards tied with the fifth all stay, and say so', [9, 8, 7, 6, 5, 5, 5, 1], '1a 2b 3c 4d 5=e 5=f 5=g', true, 5],
    ['a tie from the fourth place on widens it from there', [9, 8, 7, 5, 5, 5, 5], '1a 2b 3c 4=d 4=e 4=f 4=g', true, 4],
    ['a tie just after the fifth is not in it', [9, 8, 7, 6, 5, 4, 4], '1a 2b 3c 4d 5e', false],
    ['cards without dots never rank', [2, 0, 1, 0, 0, 0], '1a 2c', false],
    ['fewer than five with dots', [0, 3, 3], '1=b 1=c', false],
    ['no dots at all', [0, 0], '', false],
  ];
  it.each(cases)('%s', (_, dots, expected, widened, tiedPlace) => {
    const top = topPlaces(cards(dots), byVotes);
    expect(show(top.places)).toBe(expected);
    expect(top.widened).toBe(widened);
    expect(top.tiedPlace).toBe(tiedPlace);
  });
});
