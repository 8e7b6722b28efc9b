import { useEffect, useState } from 'react';
import type { Section } from '../content/sections';

/** The voorwoord, verder vooruitkijken and bronnen, loaded with the handreiking text after the first paint. */
export function useGeneralSections(): readonly Section[] {
  const [sections, setSections] = useState<readonly Section[]>([]);
  useEffect(() => {
    let current = true;
    void import('../content').then(({ generalSections }) => current && setSections(generalSections));
    return () => {
      current = false;
    };
  }, []);
  return sections;
}
