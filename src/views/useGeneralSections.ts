import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ShownSection } from '../content/sections';

/**
 * The voorwoord, verder vooruitkijken and bronnen in the interface's language (Dutch where a
 * translation is missing), loaded with the handreiking text after the first paint.
 */
export function useGeneralSections(): readonly ShownSection[] {
  const { i18n } = useTranslation();
  const language = i18n.language === 'en' ? 'en' : 'nl';
  const [sections, setSections] = useState<readonly ShownSection[]>([]);
  useEffect(() => {
    let current = true;
    void import('../content')
      .then(({ generalSections, loadSections }) => loadSections(language).then((shown) => generalSections.map((section) => shown.get(section.id)!)))
      .then((shown) => current && setSections(shown));
    return () => {
      current = false;
    };
  }, [language]);
  return sections;
}
