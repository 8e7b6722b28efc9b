import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { plateById } from '../plates';
import { setLanguage, type Language } from './i18n';
import { SearchBox } from './search/SearchBox';
import { bindHistory, useAppStore } from './store/appStore';
import { HomeView } from './views/HomeView';
import { PlateView } from './views/PlateView';
import { SectionView } from './views/SectionView';
import { followLink } from './views/followLink';
import { ErrorBoundary } from './views/ErrorBoundary';
import { focusMainHeading, keepFocusOffBody } from './views/focusRescue';
import { cleanCode } from './session/api';
import { facilitatorKey } from './session/identity';
import { useSessionUi } from './session/sessionUi';

// Live sessions load their own code (Yjs, the sync provider, the QR code) only when used.
const SessionView = lazy(() => import('./session/SessionView').then((module) => ({ default: module.SessionView })));
const StartSessionView = lazy(() => import('./session/StartSessionView').then((module) => ({ default: module.StartSessionView })));
const ResultsView = lazy(() => import('./results/ResultsView').then((module) => ({ default: module.ResultsView })));
const WallView = lazy(() => import('./wall/WallView').then((module) => ({ default: module.WallView })));
const SectorView = lazy(() => import('./sector/SectorView').then((module) => ({ default: module.SectorView })));
const JoinView = lazy(() => import('./session/JoinView').then((module) => ({ default: module.JoinView })));

function Page() {
  const { t } = useTranslation();
  const route = useAppStore((state) => state.route);
  if (route.page === 'plate') {
    const plate = plateById(route.plateId);
    return plate ? <PlateView key={plate.id} plate={plate} route={route} /> : <h1 className="not-found">{t('plate.notFound')}</h1>;
  }
  if (route.page === 'section') return <SectionView sectionId={route.sectionId} />;
  if (route.page === 'start') return <StartSessionView />;
  if (route.page === 'join') return <JoinView key={route.code} code={route.code} />;
  if (route.page === 'session') return <SessionView key={route.code} route={route} />;
  if (route.page === 'wall') return <WallView key={route.code} code={route.code} />;
  if (route.page === 'sector') return <SectorView key={route.code ?? 'new'} code={route.code} />;
  if (route.page === 'results') return <ResultsView key={route.code ?? 'solo'} code={route.code} />;
  return <HomeView />;
}

export function App() {
  const { t, i18n } = useTranslation();
  const navigate = useAppStore((state) => state.navigate);
  const page = useAppStore((state) => state.route.page);
  const other: Language = i18n.language === 'en' ? 'nl' : 'en';
  const route = useAppStore((state) => state.route);
  useEffect(bindHistory, []);
  useEffect(keepFocusOffBody, []);
  // On a phone the header folds into a menu and a search button; any navigation folds it again.
  const [menuOpen, setMenuOpen] = useState(false);
  const [searchOpen, setSearchOpen] = useState(false);
  useEffect(() => {
    setMenuOpen(false);
    setSearchOpen(false);
  }, [route]);

  // After a change of page (not a follow move or a part opened) the focus goes to the new page's main heading.
  const pageKey = `${route.page}/${'code' in route ? (route.code ?? '') : ''}/${route.page === 'plate' ? route.plateId : ''}`;
  const shownKey = useRef(pageKey);
  useEffect(() => {
    if (shownKey.current === pageKey) return;
    shownKey.current = pageKey;
    // Lazy pages render a moment later: try for a short while.
    let tries = 0;
    const attempt = () => {
      if (!focusMainHeading() && tries++ < 20) timer = window.setTimeout(attempt, 50);
    };
    let timer = window.setTimeout(attempt, 0);
    return () => clearTimeout(timer);
  }, [pageKey]);

  return (
    <div className={`app app-${page === 'session' ? 'plate' : page}`}>
      <a className="skip-link" href="#content">{t('app.skipToContent')}</a>
      {route.page === 'session' && (
        <a
          className="skip-link"
          href="#worksheet-heading"
          onClick={(event) => {
            event.preventDefault();
            useSessionUi.getState().goToWorksheet(cleanCode(route.code));
          }}
        >
          {t('app.skipToWorksheet')}
        </a>
      )}
      {route.page === 'session' && facilitatorKey(cleanCode(route.code)) && (
        <a
          className="skip-link"
          href="#session-tools"
          onClick={(event) => {
            event.preventDefault();
            useSessionUi.getState().goToTools(cleanCode(route.code));
          }}
        >
          {t('app.skipToTools')}
        </a>
      )}
      <header className="app-header">
        <a className="brand" href="/" onClick={followLink(() => navigate({ page: 'home' }))}>
          <span className="brand-mark" aria-hidden="true">P</span>
          <span>{t('app.name')}</span>
        </a>
        <button
          type="button"
          className="header-toggle search-toggle"
          aria-expanded={searchOpen}
          aria-controls="header-search"
          aria-label={t('app.searchOpen')}
          onClick={() => setSearchOpen(!searchOpen)}
        >
          <svg viewBox="0 0 24 24" width="22" height="22" aria-hidden="true" focusable="false">
            <circle cx="10" cy="10" r="6.5" fill="none" stroke="currentColor" strokeWidth="2.5" />
            <path d="M15 15l6 6" stroke="currentColor" strokeWidth="2.5" strokeLinecap="round" />
          </svg>
        </button>
        <div id="header-search" className={`header-search${searchOpen ? ' is-open' : ''}`}>
          <SearchBox />
        </div>
        <button type="button" className="header-toggle menu-toggle" aria-expanded={menuOpen} aria-controls="header-menu" onClick={() => setMenuOpen(!menuOpen)}>
          {t('app.menu')}
        </button>
        <div id="header-menu" className={`header-menu${menuOpen ? ' is-open' : ''}`}>
          <nav className="header-links" aria-label={t('app.name')}>
            <a href="/doe-mee" onClick={followLink(() => navigate({ page: 'join' }))}>{t('app.joinSession')}</a>
            <a href="/sessie/nieuw" onClick={followLink(() => navigate({ page: 'start' }))}>{t('app.startSession')}</a>
          </nav>
          <button type="button" className="language-switch" lang={other} aria-label={t('app.switchLanguageLabel')} onClick={() => setLanguage(other)}>
            {t('app.switchLanguage')}
          </button>
        </div>
      </header>
      <main id="content" tabIndex={-1}>
        {/* A new page starts without the failure of the last one. */}
        <ErrorBoundary key={pageKey}>
          <Suspense fallback={null}>
            <Page />
          </Suspense>
        </ErrorBoundary>
      </main>
    </div>
  );
}
