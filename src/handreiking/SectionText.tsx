import Markdown from 'react-markdown';
import { useTranslation } from 'react-i18next';
import { sectionById } from '../content';
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
  const { t } = useTranslation();
  const navigate = useAppStore((state) => state.navigate);
  const section = sectionById(id);
  if (!section) return headingLevel === 2 ? <h1 role="alert">{t('section.notFound')}</h1> : <p role="alert">{t('panel.missing')}</p>;
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <section className="section-text" aria-labelledby={`section-${id}`} data-section={id}>
      <Heading id={`section-${id}`} className={sameWords(section.title, shownTitle) ? 'visually-hidden' : undefined}>
        {section.title}
      </Heading>
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
