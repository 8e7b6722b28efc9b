import { indexSections, type Section } from './sections';

const files = import.meta.glob<string>('../../seeds/*.md', { query: '?raw', import: 'default', eager: true });

export const sections: ReadonlyMap<string, Section> = indexSections(files);

export function sectionById(id: string): Section | undefined {
  return sections.get(id);
}

/** Sections that belong to no plate: voorwoord, verder vooruitkijken, bronnen. */
export const generalSections: readonly Section[] = [...sections.values()].filter((section) => !section.plate);

export type { Section };
