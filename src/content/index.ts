import { indexSections, localizeSections, type Section, type SectionLanguage, type ShownSection } from './sections';

const files = import.meta.glob<string>('../../seeds/*.md', { query: '?raw', import: 'default', eager: true });

/** The Dutch handreiking, the source text. */
export const sections: ReadonlyMap<string, Section> = indexSections(files);

export function sectionById(id: string): Section | undefined {
  return sections.get(id);
}

/** Sections that belong to no plate: voorwoord, verder vooruitkijken, bronnen. */
export const generalSections: readonly Section[] = [...sections.values()].filter((section) => !section.plate);

const dutch: ReadonlyMap<string, ShownSection> = localizeSections(sections, undefined, 'nl');
let english: ReadonlyMap<string, ShownSection> | undefined;
let englishLoading: Promise<ReadonlyMap<string, ShownSection>> | undefined;

/** The sections in a language, loading the translation when it is first asked for. */
export function loadSections(language: SectionLanguage): Promise<ReadonlyMap<string, ShownSection>> {
  if (language === 'nl') return Promise.resolve(dutch);
  return (englishLoading ??= import('./english').then(
    ({ englishSections }) => (english = localizeSections(sections, englishSections, 'en')),
    // Without the network the translation cannot arrive: show the Dutch text, marked as Dutch, rather than nothing.
    () => dutch,
  ));
}

/** The sections in a language if they are loaded already, so a render need not wait. */
export function loadedSections(language: SectionLanguage): ReadonlyMap<string, ShownSection> | undefined {
  return language === 'nl' ? dutch : english;
}

export type { Section, SectionLanguage, ShownSection };
