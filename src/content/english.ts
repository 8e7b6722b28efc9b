import { indexSections } from './sections';

/**
 * The English handreiking: `seeds/en/<id>.md`, our own translation of each
 * Dutch section, with the same id and plate. A chunk of its own, loaded only
 * when the interface is English.
 */
const files = import.meta.glob<string>('../../seeds/en/*.md', { query: '?raw', import: 'default', eager: true });

export const englishSections = indexSections(files);
