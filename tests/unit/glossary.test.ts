import { describe, expect, it } from 'vitest';
import { plates } from '../../plates';
import { sections } from '../../src/content';
import { englishSections } from '../../src/content/english';
import { glossary, glossaryDepartures, term, type ParallelText } from '../../src/content/glossary';
import nl from '../../src/i18n/nl.json';
import en from '../../src/i18n/en.json';

/** Every text of a plate that has a Dutch and an English version, with where it is. */
function plateTexts(node: unknown, where: string): ParallelText[] {
  if (Array.isArray(node)) return node.flatMap((child, index) => plateTexts(child, `${where}[${index}]`));
  if (node === null || typeof node !== 'object') return [];
  const record = node as Record<string, unknown>;
  if (typeof record.nl === 'string' && typeof record.en === 'string') return [{ where, nl: record.nl, en: record.en }];
  return Object.entries(record).flatMap(([key, child]) => plateTexts(child, `${where}.${key}`));
}

function messages(tree: object, prefix = ''): Map<string, string> {
  return new Map(Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'object' && value !== null ? [...messages(value, `${prefix}${key}.`)] : [[`${prefix}${key}`, String(value)] as const]));
}

const onPlates = plates.flatMap((plate) => plateTexts(plate, plate.id));
/** Markdown link targets are addresses (/plaat/…), not text. */
const withoutLinkTargets = (markdown: string) => markdown.replace(/\]\([^)]*\)/g, ']');
const inSections = [...sections.values()].map((section): ParallelText => {
  const english = englishSections.get(section.id);
  return { where: `seeds/${section.id}.md`, nl: withoutLinkTargets(`${section.title}\n${section.body}`), en: english ? withoutLinkTargets(`${english.title}\n${english.body}`) : '' };
});
const english = messages(en);
const inInterface = [...messages(nl)].map(([key, dutch]): ParallelText => ({ where: `i18n ${key}`, nl: dutch, en: english.get(key) ?? '' }));

describe('the glossary', () => {
  it.each([
    // Dutch, English, departs
    ['Evenwaardig', 'Of equal worth', false],
    ['Evenwaardig', 'Of equal value', true],
    ['evenwaardige kansen', 'opportunities of equal value', true],
    ['Lef om door te pakken.', 'The nerve to push on.', true],
    ['die dit jaar worden gelanceerd', 'both launched this year', true],
    ['die dit jaar worden gelanceerd', 'both being launched this year', false],
    ['Op de plaat', 'On the poster', true],
    ['Op de plaat', 'On the plate', false],
    ['Praatplaten', 'Talking posters', false],
    ['De route: samen kansrijk opleiden', 'The route: training for good prospects, together', true],
    ['op basis van het gedeelde doel', 'based on the shared goal', false],
    ['Landelijk collectief', 'National, collective', true],
  ] as const)('"%s" as "%s" departs from it: %s', (dutch, englishText, departs) => {
    expect(glossaryDepartures({ where: 'example', nl: dutch, en: englishText }).length > 0).toBe(departs);
  });

  it('gives each term one English: no two entries share a Dutch term', () => {
    const dutch = Object.values(glossary).map((entry) => entry.nl.toLowerCase());
    expect(dutch.length).toBe(new Set(dutch).size);
  });

  it('holds for every text on the plates', () => {
    expect(onPlates.length).toBeGreaterThan(500);
    expect(onPlates.flatMap((text) => glossaryDepartures(text))).toEqual([]);
  });

  it('holds for every section of the English handreiking', () => {
    expect(inSections.flatMap((text) => glossaryDepartures(text))).toEqual([]);
  });

  it('holds for the interface', () => {
    expect(inInterface.flatMap((text) => glossaryDepartures(text))).toEqual([]);
  });

  it('is where the plates take the terms the issue found translated twice', () => {
    const titles = (plateId: string) => plates.find((plate) => plate.id === plateId)!.regions.flatMap((region) => [region.title, region.body, ...(region.items ?? [])]).filter((text) => text !== undefined);
    expect(titles('smjp')).toContainEqual(term('evenwaardig'));
    expect(titles('smjp')).toContainEqual(term('kansrijkOpleiden'));
    expect(titles('smjp')).toContainEqual(term('samenKansrijkOpleiden'));
    expect(titles('meerjarenplan')).toContainEqual(term('landelijkCollectief'));
  });
});
