import { useTranslation } from 'react-i18next';
import { plates } from '../../plates';
import { formatRoute } from '../router';
import { useGeneralSections } from './useGeneralSections';
import type { Language } from '../i18n';
import { useAppStore } from '../store/appStore';
import { PlateThumbnail } from './PlateThumbnail';
import { followLink } from './followLink';

export function HomeView() {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const navigate = useAppStore((state) => state.navigate);
  const generalSections = useGeneralSections();
  return (
    <div className="home">
      <div className="home-intro">
        <h1>{t('home.title')}</h1>
        <p>{t('home.intro', { count: plates.filter((plate) => !plate.source).length })}</p>
      </div>
      <div className="home-together">
        <div>
          <h2>{t('home.together')}</h2>
          <p>{t('home.togetherIntro')}</p>
        </div>
        <div className="home-together-actions">
          <a className="primary-link" href="/sessie/nieuw" onClick={followLink(() => navigate({ page: 'start' }))}>{t('app.startSession')}</a>
          <a className="secondary-link" href="/doe-mee" onClick={followLink(() => navigate({ page: 'join' }))}>{t('app.joinSession')}</a>
        </div>
      </div>
      <h2 className="home-plates-heading">{t('home.plates')}</h2>
      <ul className="plate-cards">
        {plates.map((plate) => {
          const route = { page: 'plate', plateId: plate.id } as const;
          return (
            <li key={plate.id} className="plate-card">
              <a href={formatRoute(route)} onClick={followLink(() => navigate(route))} data-plate-link={plate.id}>
                <PlateThumbnail plate={plate} language={language} width={420} />
                <span className="plate-card-number">
                  {plate.source ? t('home.plateFrom', { number: plate.number, source: plate.source[language] }) : t('home.plateNumber', { number: plate.number })}
                </span>
                <span className="plate-card-title">{plate.title[language]}</span>
                <span className="plate-card-summary">{plate.summary[language]}</span>
                <span className="plate-card-count">{t('home.hotspotCount', { count: plate.hotspots.length })}</span>
              </a>
            </li>
          );
        })}
      </ul>
      {generalSections.length > 0 && (
        <>
          <h2>{t('home.handreiking')}</h2>
          <ul className="section-links">
            {generalSections.map((section) => {
              const route = { page: 'section', sectionId: section.id } as const;
              return (
                <li key={section.id}>
                  <a href={formatRoute(route)} onClick={followLink(() => navigate(route))} lang={section.lang}>{section.title}</a>
                </li>
              );
            })}
          </ul>
        </>
      )}
    </div>
  );
}
