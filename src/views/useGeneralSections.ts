import { useEffect, useState } from 'react';
import type { Section } from '../content/sections';

/** Where the handreiking puts its general sections: the voorwoord opens it, the bronnen close it. */
const READING_ORDER = ['voorwoord', 'verder-vooruitkijken', 'bronnen'];

/** General sections in the handreiking's reading order; any other general section before the bronnen. */
export function inReadingOrder(sections: readonly Section[]): Section[] {
  const rank = (section: Section) => {
    const index = READING_ORDER.indexOf(section.id);
    return index >= 0 ? index : READING_ORDER.length - 1.5;
  };
  return [...sections].sort((a, b) => rank(a) - rank(b));
}

/** The voorwoord, verder vooruitkijken and bronnen, loaded with the handreiking text after the first paint. */
export function useGeneralSections(): readonly Section[] {
  const [sections, setSections] = useState<readonly Section[]>([]);
  useEffect(() => {
    let current = true;
    void import('../content').then(({ generalSections }) => current && setSections(inReadingOrder(generalSections)));
    return () => {
      current = false;
    };
  }, []);
  return sections;
}
