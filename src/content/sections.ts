/**
 * Handreiking sections: one Markdown file per section in `seeds/`, with a
 * small front matter block (id, title, plate). Parsing is pure so the content
 * test and the app read the files the same way.
 */

export interface Section {
  id: string;
  title: string;
  /** The plate the section belongs to; absent for general sections (voorwoord, bronnen …). */
  plate?: string;
  /** Markdown body, rendered with react-markdown (raw HTML is never rendered). */
  body: string;
}

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/;

export function parseSection(fileName: string, raw: string): Section {
  const match = FRONT_MATTER.exec(raw);
  if (!match) throw new Error(`${fileName}: missing front matter`);
  const fields = new Map<string, string>();
  for (const line of match[1].split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon < 1) continue;
    fields.set(line.slice(0, colon).trim(), line.slice(colon + 1).trim().replace(/^["']|["']$/g, ''));
  }
  const id = fields.get('id');
  const title = fields.get('title');
  if (!id || !title) throw new Error(`${fileName}: front matter needs id and title`);
  const expected = fileName.replace(/^.*\//, '').replace(/\.md$/, '');
  if (id !== expected) throw new Error(`${fileName}: id "${id}" does not match the file name`);
  const plate = fields.get('plate');
  return { id, title, ...(plate ? { plate } : {}), body: match[2].trim() };
}

/** The languages of the handreiking: Dutch is the source, English our translation. */
export type SectionLanguage = 'nl' | 'en';

/** A section as shown: in the language asked for, or in Dutch where no translation exists. */
export interface ShownSection extends Section {
  lang: SectionLanguage;
}

/**
 * The sections to show in a language: every Dutch section, replaced by its
 * translation where there is one. The Dutch file decides which sections exist
 * and to which plate they belong; a translation never adds a section.
 */
export function localizeSections(
  dutch: ReadonlyMap<string, Section>,
  translations: ReadonlyMap<string, Section> | undefined,
  lang: SectionLanguage,
): Map<string, ShownSection> {
  const shown = new Map<string, ShownSection>();
  for (const [id, section] of dutch) {
    const translation = translations?.get(id);
    shown.set(id, translation ? { ...translation, ...(section.plate ? { plate: section.plate } : {}), lang } : { ...section, lang: 'nl' });
  }
  return shown;
}

export function indexSections(files: Record<string, string>): Map<string, Section> {
  const sections = new Map<string, Section>();
  for (const [fileName, raw] of Object.entries(files)) {
    const section = parseSection(fileName, raw);
    if (sections.has(section.id)) throw new Error(`duplicate section id ${section.id}`);
    sections.set(section.id, section);
  }
  return sections;
}

/** Markdown without its markup, for search and for counting words. */
export function plainText(markdown: string): string {
  return markdown
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_`#>]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}
