import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Section, ShownSection } from '../content/sections';

/** Where the handreiking puts its general sections: the voorwoord opens it, the bronnen close it. */
const READING_ORDER = ['voorwoord', 'verder-vooruitkijken', 'bronnen'];

/** General sections in the handreiking's reading order; any other general section before the bronnen. */
export function inReadingOrder<T extends Pick<Section, 'id'>>(sections: readonly T[]): T[] {
  const rank = (section: T) => {
    const index = READING_ORDER.indexOf(section.id);
    return index >= 0 ? index : READING_ORDER.length - 1.5;
  };
  return [...sections].sort((a, b) => rank(a) - rank(b));
}

/**
 * The voorwoord, verder vooruitkijken and bronnen in reading order and in the interface's language
 * (Dutch where a translation is missing), loaded with the handreiking text after the first paint.
 */
export function useGeneralSections(): readonly ShownSection[] {
  const { i18n } = useTranslation();
  const language = i18n.language === 'en' ? 'en' : 'nl';
  const [sections, setSections] = useState<readonly ShownSection[]>([]);
  useEffect(() => {
    let current = true;
    void import('../content')
      .then(({ generalSections, loadSections }) => loadSections(language).then((shown) => inReadingOrder(generalSections).map((section) => shown.get(section.id)!)))
      .then((shown) => current && setSections(shown));
    return () => {
      current = false;
    };
  }, [language]);
  return sections;
}
