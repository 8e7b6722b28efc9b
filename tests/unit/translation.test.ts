import { describe, expect, it } from 'vitest';
import { plates } from '../../plates';
import { loadedSections, loadSections, sections } from '../../src/content';
import { englishSections } from '../../src/content/english';
import { localizeSections } from '../../src/content/sections';
import { createSearch, searchDocuments } from '../../src/search/searchIndex';
import { englishStem } from '../../src/search/englishStem';
import nl from '../../src/i18n/nl.json';
import en from '../../src/i18n/en.json';

/** The link targets in a Markdown text, in order. */
const links = (markdown: string) => [...markdown.matchAll(/\]\(([^)]*)\)/g)].map((match) => match[1]);
/** The Markdown skeleton: headings by level and list items, line by line. */
const skeleton = (markdown: string) =>
  markdown.split('\n').map((line) => /^(#+|\s*[-*+] |\s*\d+\. )/.exec(line)?.[1].trim().replace(/^\d+\.$/, '1.')).filter(Boolean);

describe('the English handreiking', () => {
  it('translates every Dutch section, and nothing else', () => {
    const missing = [...sections.keys()].filter((id) => !englishSections.has(id));
    const extra = [...englishSections.keys()].filter((id) => !sections.has(id));
    expect(missing, 'Dutch sections without seeds/en/<id>.md').toEqual([]);
    expect(extra, 'translations without a Dutch section').toEqual([]);
  });

  it('keeps each section on the same plate', () => {
    const moved = [...englishSections.values()].filter((section) => section.plate !== sections.get(section.id)?.plate).map((section) => section.id);
    expect(moved).toEqual([]);
  });

  it('keeps the links and the Markdown structure of the Dutch text', () => {
    for (const translation of englishSections.values()) {
      const source = sections.get(translation.id);
      if (!source) continue;
      expect(links(translation.body), translation.id).toEqual(links(source.body));
      expect(skeleton(translation.body), translation.id).toEqual(skeleton(source.body));
    }
  });

  it('has a translated title and body, without raw HTML', () => {
    for (const translation of englishSections.values()) {
      expect(translation.body.length, translation.id).toBeGreaterThan(20);
      expect(translation.body, `${translation.id} is still the Dutch text`).not.toBe(sections.get(translation.id)?.body);
      expect(translation.body, translation.id).not.toMatch(/<\/?[a-z][^>]*>/i);
      expect(translation.body, translation.id).not.toMatch(/[a-z]-\n[a-z]/);
      expect(translation.title.trim(), translation.id).not.toBe('');
    }
  });
});

describe('sections in a language', () => {
  it('Dutch mode shows the Dutch text, marked as Dutch', async () => {
    const dutch = await loadSections('nl');
    expect(loadedSections('nl')).toBe(dutch);
    for (const [id, section] of dutch) {
      expect(section.lang).toBe('nl');
      expect(section.body).toBe(sections.get(id)!.body);
    }
  });

  it('English mode shows the translation, marked as English, with the Dutch plate', async () => {
    const english = await loadSections('en');
    expect(loadedSections('en')).toBe(english);
    expect([...english.keys()]).toEqual([...sections.keys()]);
    for (const [id, section] of english) {
      const translation = englishSections.get(id);
      expect(section.plate, id).toBe(sections.get(id)!.plate);
      if (translation) expect(section, id).toMatchObject({ lang: 'en', title: translation.title, body: translation.body });
      else expect(section, id).toMatchObject({ lang: 'nl', body: sections.get(id)!.body });
    }
  });

  it('a section without its translation falls back to Dutch, marked lang="nl"', () => {
    const partial = new Map([...englishSections].filter(([id]) => id !== 'bronnen'));
    const shown = localizeSections(sections, partial, 'en');
    expect(shown.get('bronnen')).toMatchObject({ lang: 'nl', title: sections.get('bronnen')!.title });
    expect(shown.size).toBe(sections.size);
  });
});

describe('search in a language', () => {
  const find = (language: 'nl' | 'en') => {
    const shown = localizeSections(sections, language === 'en' ? englishSections : undefined, language);
    return createSearch(searchDocuments(plates, shown, language), language);
  };
  const sectionHits = (hits: ReturnType<ReturnType<typeof find>>) => hits.map((hit) => hit.route).filter((route) => route.page === 'section').map((route) => route.sectionId);

  it('English mode finds English handreiking text, Dutch mode does not', () => {
    // "sources" is the English title of the bronnen section; "documents below" is in its body.
    expect(sectionHits(find('en')('sources'))).toContain('bronnen');
    expect(sectionHits(find('en')('documents below'))).toContain('bronnen');
    expect(sectionHits(find('nl')('documents below'))).not.toContain('bronnen');
  });

  it('Dutch mode finds Dutch handreiking text, English mode does not', () => {
    expect(sectionHits(find('nl')('onderstaande documenten'))).toContain('bronnen');
    expect(sectionHits(find('en')('onderstaande documenten'))).not.toContain('bronnen');
  });

  it('English mode finds a hotspot by the English text of its section', () => {
    const hits = find('en')('Center for Teaching Learning key teams').map((hit) => hit.route);
    expect(hits).toContainEqual({ page: 'plate', plateId: 'programmas', hotspotId: expect.any(String) });
    const hotspot = plates.find((plate) => plate.id === 'programmas')!.hotspots.find((candidate) => candidate.sections.includes('programmas-npuls'))!;
    expect(hits).toContainEqual({ page: 'plate', plateId: 'programmas', hotspotId: hotspot.id });
  });

  it.each(['standardise', 'standardize', 'standardising', 'Standardizing', 'standardisation'])('English mode finds the section on standardising for "%s", first', (query) => {
    const hits = find('en')(query);
    expect(hits.length).toBeGreaterThan(0);
    const first = hits[0].route;
    const target = plates.flatMap((plate) => plate.hotspots.filter((hotspot) => hotspot.sections.includes('strategie-standaardiseren')).map((hotspot) => ({ plateId: plate.id, hotspotId: hotspot.id })));
    expect(target).toContainEqual({ plateId: (first as { plateId?: string }).plateId, hotspotId: (first as { hotspotId?: string }).hotspotId });
  });

  it.each([
    ['standardize', 'standard'], ['standardising', 'standard'], ['standardisation', 'standard'], ['organizations', 'organ'],
    ['teams', 'team'], ['policies', 'policy'], ['learning', 'learn'], ['access', 'access'], ['data', 'data'], ['uses', 'uses'], ['focus', 'focus'],
  ])('the English stem of %s is %s', (word, stem) => {
    expect(englishStem(word)).toBe(stem);
  });

  it('the example in the search box finds something in its own language', () => {
    for (const [language, messages] of [['nl', nl], ['en', en]] as const) {
      const example = /"([^"]+)"/.exec(messages.search.placeholder)![1];
      expect(find(language)(example).length, `${language}: ${example}`).toBeGreaterThan(0);
    }
  });
});
