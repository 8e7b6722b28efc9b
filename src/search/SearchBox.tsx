import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { plateById, plates } from '../../plates';
import type { Language } from '../i18n';
import type { Route } from '../router';
import { useAppStore } from '../store/appStore';
import type { SearchHit } from './searchIndex';

type SectionTitle = { title: string; lang?: Language };

interface Search {
  find: (query: string) => SearchHit[];
  /** A section's title and the language it is in (Dutch where a translation is missing). */
  sectionTitle: (id: string) => SectionTitle;
}
const searchLoading = new Map<Language, Promise<Search>>();
// Loaded and built on first use, not at start-up: most visits never search. One index per language:
// English mode searches the English handreiking and labels, Dutch mode the Dutch.
const loadSearch = (language: Language) => {
  let loading = searchLoading.get(language);
  if (!loading) {
    loading = Promise.all([import('./searchIndex'), import('../content').then(({ loadSections }) => loadSections(language))]).then(
      ([{ createSearch, searchDocuments }, sections]) => ({
        find: createSearch(searchDocuments(plates, sections, language), language),
        sectionTitle: (id: string): SectionTitle => {
          const section = sections.get(id);
          return section ? { title: section.title, lang: section.lang } : { title: '' };
        },
      }),
    );
    searchLoading.set(language, loading);
  }
  return loading;
};

function hitLabel(route: Route, language: Language, sectionTitle: (id: string) => SectionTitle): { title: string; context: string; lang?: Language } {
  if (route.page === 'plate') {
    const plate = plateById(route.plateId);
    const hotspot = plate?.hotspots.find((candidate) => candidate.id === route.hotspotId);
    const plateTitle = plate ? `${plate.number}. ${plate.title[language]}` : '';
    return hotspot ? { title: hotspot.label[language], context: plateTitle } : { title: plateTitle, context: '' };
  }
  if (route.page === 'section') return { ...sectionTitle(route.sectionId), context: '' };
  return { title: '', context: '' };
}

export function SearchBox() {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const navigate = useAppStore((state) => state.navigate);
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const inputId = useId();
  const [hits, setHits] = useState<SearchHit[]>([]);
  const [sectionTitle, setSectionTitle] = useState<(id: string) => SectionTitle>(() => () => ({ title: '' }));
  useEffect(() => {
    const trimmed = query.trim();
    if (trimmed.length < 2) {
      setHits([]);
      return;
    }
    let current = true;
    void loadSearch(language).then((search) => {
      if (!current) return;
      setSectionTitle(() => search.sectionTitle);
      setHits(search.find(trimmed));
    });
    return () => {
      current = false;
    };
  }, [query, language]);

  const go = (route: Route) => {
    navigate(route);
    setOpen(false);
    setQuery('');
  };

  return (
    <div role="search"
      className="search"
      onKeyDown={(event) => {
        if (event.key === 'Escape') setOpen(false);
      }}
    >
      <label htmlFor={inputId} className="visually-hidden">{t('search.label')}</label>
      <input
        id={inputId}
        type="search"
        value={query}
        placeholder={t('search.placeholder')}
        autoComplete="off"
        onChange={(event) => {
          setQuery(event.target.value);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && hits[0]) go(hits[0].route);
        }}
      />
      {open && query.trim().length >= 2 && (
        <div className="search-results">
          <p className="search-count" role="status">
            {hits.length ? t('search.results', { count: hits.length }) : t('search.noResults', { query })}
          </p>
          <ul>
            {hits.map((hit) => {
              const label = hitLabel(hit.route, language, sectionTitle);
              return (
                <li key={hit.id}>
                  <button type="button" onClick={() => go(hit.route)}>
                    <span className="hit-title" lang={label.lang !== language ? label.lang : undefined}>{label.title}</span>
                    {label.context && <span className="hit-context">{label.context}</span>}
                  </button>
                </li>
              );
            })}
          </ul>
        </div>
      )}
    </div>
  );
}
