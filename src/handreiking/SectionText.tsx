import { use } from 'react';
import Markdown from 'react-markdown';
import { useTranslation } from 'react-i18next';
import { loadedSections, loadSections, type SectionLanguage } from '../content';
import { parseRoute } from '../router';
import { useAppStore } from '../store/appStore';
import { followLink } from '../views/followLink';

/** One handreiking section, rendered from Markdown; raw HTML in the source is never rendered. */
interface SectionTextProps {
  id: string;
  headingLevel?: 2 | 3;
  /** A heading already shown above the section; the section's own title is then left out when it says the same. */
  shownTitle?: string;
}

export function SectionText({ id, headingLevel = 3, shownTitle }: SectionTextProps) {
  const { t, i18n } = useTranslation();
  const navigate = useAppStore((state) => state.navigate);
  const language: SectionLanguage = i18n.language === 'en' ? 'en' : 'nl';
  // The English text is a chunk of its own; until it has arrived the nearest Suspense shows its fallback.
  const section = (loadedSections(language) ?? use(loadSections(language))).get(id);
  if (!section) return headingLevel === 2 ? <h1 role="alert">{t('section.notFound')}</h1> : <p role="alert">{t('panel.missing')}</p>;
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    // The section says which language it is in: Dutch where a translation is missing.
    <section className="section-text" aria-labelledby={`section-${id}`} data-section={id} lang={section.lang}>
      <Heading id={`section-${id}`} className={sameWords(section.title, shownTitle) ? 'visually-hidden' : undefined}>
        {section.title}
      </Heading>
      {section.lang !== language && <p className="section-untranslated" lang={language}>{t('section.untranslated')}</p>}
      <Markdown
        skipHtml
        components={{
          // Section headings inside the Markdown sit below the section's own heading.
          h1: 'h4', h2: 'h4', h3: 'h5',
          // Links to other plates (such as plate 5 to plate 1's goals) stay in the app.
          a: ({ href, children }) =>
            href?.startsWith('/') ? (
              <a href={href} onClick={followLink(() => navigate(parseRoute(href.split('?')[0])))}>{children}</a>
            ) : (
              <a href={href} rel="noreferrer noopener" target="_blank">{children}</a>
            ),
        }}
      >
        {section.body}
      </Markdown>
    </section>
  );
}

function sameWords(a: string, b: string | undefined): boolean {
  const words = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  return b !== undefined && words(a) === words(b);
}
