import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { majority, median, medianOfCounts, routeEntries, routeEntry, SchoolTally, sectorTotals, summarizeSchool, type RouteEntry, type School, type ThemeDefinition } from '../../src/sector/totals';
import { setChoice, setPriority, setStand, type Choice, type Priority } from '../../src/worksheets/route';

const PLATE = 'digitaliseringsroute';
const THEMES: ThemeDefinition[] = [
  { id: 'cyber', items: ['pool', 'audit'] },
  { id: 'data', items: ['wallet'] },
];

/** One participant's answers, in a short notation: stand per theme, priority per theme, choice per item. */
interface Answers { stand?: Record<string, number>; priority?: Record<string, Priority>; choice?: Record<string, Choice> }

/** A session's worksheet as a real Y.Doc, written the way the app writes it. */
function sessionDoc(participants: Answers[]): Y.Doc {
  const doc = new Y.Doc();
  participants.forEach((answers, index) => {
    const id = `p${index}`;
    for (const [theme, step] of Object.entries(answers.stand ?? {})) setStand(doc, PLATE, id, theme, step);
    for (const [theme, priority] of Object.entries(answers.priority ?? {})) setPriority(doc, PLATE, id, theme, priority);
    for (const [item, choice] of Object.entries(answers.choice ?? {})) setChoice(doc, PLATE, id, item, choice);
  });
  return doc;
}

const school = (id: string, participants: Answers[], name?: string): School => ({
  id, ...(name ? { name } : {}), summary: summarizeSchool(routeEntries(sessionDoc(participants), PLATE), THEMES),
});

describe('one school', () => {
  it.each<[string, number[], number]>([
    ['one participant', [4], 4],
    ['an odd number: the middle one', [1, 5, 3], 3],
    ['an even number: the two middle ones averaged', [2, 3, 4, 5], 3.5],
    ['order does not matter', [5, 1, 2], 2],
  ])('its stand is the median of its participants (%s)', (_case, stands, expected) => {
    expect(median(stands)).toBe(expected);
    const summary = summarizeSchool(routeEntries(sessionDoc(stands.map((stand) => ({ stand: { cyber: stand } }))), PLATE), THEMES);
    expect(summary.cyber.stand).toBe(expected);
    expect(summary.cyber.participants).toBe(stands.length);
  });

  it.each<[string[], string | undefined]>([
    [[], undefined],
    [['hoog'], 'hoog'],
    [['hoog', 'laag', 'hoog'], 'hoog'],
    [['hoog', 'laag'], 'verdeeld'],
  ])('what most participants chose counts, a tie is "verdeeld": %j', (values, expected) => {
    expect(majority(values)).toBe(expected);
  });

  it.each<[number[], number | undefined]>([[[0, 0, 0, 0, 0], undefined], [[0, 0, 1, 0, 0], 3], [[1, 0, 1, 1, 1], 3.5], [[2, 0, 0, 0, 1], 1]])(
    'the median from counts per step %j is %s, as from the values',
    (counts, expected) => {
      expect(medianOfCounts(counts)).toBe(expected);
      const values = counts.flatMap((count, index) => Array<number>(count).fill(index + 1));
      if (values.length) expect(median(values)).toBe(expected);
    },
  );

  it('a tally kept up as answers change and are taken back equals one counted from scratch', () => {
    const doc = sessionDoc([
      { stand: { cyber: 2, data: 4 }, priority: { cyber: 'hoog' }, choice: { pool: 'samen', audit: 'zelf' } },
      { stand: { cyber: 5 }, priority: { cyber: 'laag' }, choice: { pool: 'zelf' } },
    ]);
    const tally = new SchoolTally(THEMES);
    const kept = new Map<string, RouteEntry>();
    const route = doc.getMap<unknown>('route');
    for (const [key, value] of route) {
      const entry = routeEntry(key, value, PLATE)!;
      kept.set(key, entry);
      tally.add(entry);
    }
    route.observe((event) => {
      for (const key of event.keysChanged) {
        const before = kept.get(key);
        if (before) tally.remove(before);
        const entry = routeEntry(key, route.get(key), PLATE);
        if (entry) {
          kept.set(key, entry);
          tally.add(entry);
        } else kept.delete(key);
      }
    });
    setStand(doc, PLATE, 'p0', 'cyber', 4);
    setPriority(doc, PLATE, 'p1', 'cyber', 'hoog');
    setChoice(doc, PLATE, 'p1', 'pool', 'samen');
    route.delete(`${PLATE}|p0|stand|data`);
    route.delete(`${PLATE}|p0|choice|audit`);
    expect(tally.summary()).toEqual(summarizeSchool(routeEntries(doc, PLATE), THEMES));
    expect(tally.summary()).toEqual({ cyber: { participants: 2, stand: 4.5, priority: 'hoog', leaning: 'samen', items: { pool: 'samen' } } });
  });

  it('answers of another plate, unknown themes and invalid values are not counted', () => {
    const doc = sessionDoc([{ stand: { cyber: 2 } }]);
    const route = doc.getMap('route');
    route.set('meerjarenplan|p9|stand|cyber', 5);
    route.set(`${PLATE}|p9|stand|nergens`, 5);
    route.set(`${PLATE}|p9|stand|cyber`, 9);
    route.set(`${PLATE}|p9|priority|cyber`, 'heel hoog');
    const summary = summarizeSchool(routeEntries(doc, PLATE), THEMES);
    expect(summary).toEqual({ cyber: { participants: 1, stand: 2, items: {} } });
  });

  it('a choice counts for the theme its roadmap item belongs to', () => {
    const summary = summarizeSchool(routeEntries(sessionDoc([
      { choice: { pool: 'samen', audit: 'samen' } },
      { choice: { pool: 'zelf', audit: 'samen' } },
    ]), PLATE), THEMES);
    expect(summary.cyber).toEqual({ participants: 2, leaning: 'samen', items: { pool: 'verdeeld', audit: 'samen' } });
    expect(summary.data).toBeUndefined();
  });
});

describe('the sector', () => {
  it.each<[string, School[], { answering: number; suppressed: boolean }]>([
    ['no schools', [], { answering: 0, suppressed: true }],
    ['two schools answered', [school('a', [{ stand: { cyber: 3 } }]), school('b', [{ stand: { cyber: 4 } }])], { answering: 2, suppressed: true }],
    ['two answered, one linked without answers', [school('a', [{ stand: { cyber: 3 } }]), school('b', [{ stand: { cyber: 4 } }]), school('c', [])], { answering: 2, suppressed: true }],
    ['three schools answered', [school('a', [{ stand: { cyber: 3 } }]), school('b', [{ stand: { cyber: 4 } }]), school('c', [{ stand: { cyber: 1 } }])], { answering: 3, suppressed: false }],
  ])('no breakdown for fewer than three schools (%s)', (_case, schools, expected) => {
    const totals = sectorTotals(schools, THEMES);
    expect(totals).toMatchObject({ linked: schools.length, ...expected });
    if (expected.suppressed) expect(totals).toMatchObject({ themes: [], candidates: [], schools: [] });
  });

  it('each figure rests on at least three schools: a theme two schools answered shows only its count', () => {
    const totals = sectorTotals([
      school('a', [{ stand: { cyber: 3, data: 2 } }]),
      school('b', [{ stand: { cyber: 4, data: 5 } }]),
      school('c', [{ stand: { cyber: 1 } }]),
    ], THEMES);
    const data = totals.themes.find((theme) => theme.theme === 'data')!;
    expect(data).toEqual({ theme: 'data', schools: 2, items: [] });
    expect(totals.schools.every((row) => row.themes.data?.stand === undefined)).toBe(true);
  });

  it('the spread is the schools’ medians, with the sector goal marked', () => {
    const totals = sectorTotals([
      school('a', [{ stand: { cyber: 1 } }, { stand: { cyber: 2 } }]),
      school('b', [{ stand: { cyber: 3 } }, { stand: { cyber: 4 } }, { stand: { cyber: 5 } }]),
      school('c', [{ stand: { cyber: 5 } }]),
      school('d', [{ stand: { cyber: 2 } }]),
    ], THEMES, { cyber: 3 });
    expect(totals.themes[0].stands).toEqual({ values: [1.5, 2, 4, 5], mean: 3.13, median: 3, min: 1.5, max: 5, atGoal: 2 });
    expect(totals.themes[0].goal).toBe(3);
  });

  it('priorities and choices are counted per school, not per participant', () => {
    const big = Array.from({ length: 30 }, () => ({ priority: { cyber: 'laag' as const }, choice: { pool: 'zelf' as const } }));
    const totals = sectorTotals([
      school('a', big),
      school('b', [{ priority: { cyber: 'hoog' }, choice: { pool: 'samen' } }]),
      school('c', [{ priority: { cyber: 'hoog' }, choice: { pool: 'samen' } }]),
    ], THEMES);
    expect(totals.themes[0].priorities).toEqual({ hoog: 2, midden: 0, laag: 1, verdeeld: 0 });
    expect(totals.themes[0].choices).toEqual({ samen: 2, zelf: 1, 'nog-niet': 0, verdeeld: 0 });
    expect(totals.themes[0].items).toEqual([{ id: 'pool', counts: { samen: 2, zelf: 1, 'nog-niet': 0, verdeeld: 0 } }]);
  });

  it('kandidaten voor samen: themes at least half the schools lean to doing together, most first', () => {
    const choose = (cyber: Choice, data: Choice): Answers[] => [{ choice: { pool: cyber, audit: cyber, wallet: data } }];
    const totals = sectorTotals([
      school('a', choose('samen', 'samen')),
      school('b', choose('samen', 'zelf')),
      school('c', choose('samen', 'nog-niet')),
      school('d', choose('zelf', 'samen')),
    ], THEMES);
    expect(totals.candidates).toEqual([
      { theme: 'cyber', samen: 3, of: 4, items: [{ id: 'pool', samen: 3, of: 4 }, { id: 'audit', samen: 3, of: 4 }] },
      { theme: 'data', samen: 2, of: 4, items: [{ id: 'wallet', samen: 2, of: 4 }] },
    ]);
  });

  it('a school is named only when its facilitator gave a name; the others are numbered in the order of their random ids', () => {
    const totals = sectorTotals([
      school('9f', [{ stand: { cyber: 3 } }]),
      school('0a', [{ stand: { cyber: 4 } }], 'ROC Noord'),
      school('5c', [{ stand: { cyber: 1 } }]),
    ], THEMES);
    expect(totals.schools.map((row) => row.name ?? `anoniem ${row.anonymous}`)).toEqual(['ROC Noord', 'anoniem 1', 'anoniem 2']);
    expect(JSON.stringify(totals)).not.toContain('p0');
  });
});
