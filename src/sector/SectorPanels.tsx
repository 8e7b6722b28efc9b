/** The sector view's content: the three charts, the kandidaten voor samen with plate 3's afwegingskader, and the stands per school. */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { plateById } from '../../plates';
import type { Language } from '../i18n';
import { loadSections } from '../content';
import { useAppStore } from '../store/appStore';
import { followLink } from '../views/followLink';
import { CHOICE_COLOURS, PRIORITY_COLOURS } from './ChartFigure';
import { ROUTE_PLATE } from './goals';
import { SpreadChart } from './SpreadChart';
import { StackChart } from './StackChart';
import type { SectorTotals } from './totals';

const CHOICE_KEYS = ['samen', 'zelf', 'nog-niet', 'verdeeld'] as const;
const PRIORITY_KEYS = ['hoog', 'midden', 'laag', 'verdeeld'] as const;

export function themeTitles(language: Language): Map<string, string> {
  const columns = plateById(ROUTE_PLATE)?.worksheet?.columns ?? [];
  return new Map(columns.map((column) => [column.id, column.title[language]]));
}

function itemTexts(language: Language): Map<string, string> {
  const columns = plateById(ROUTE_PLATE)?.worksheet?.columns ?? [];
  return new Map(columns.flatMap((column) => (column.items ?? []).map((item) => [item.id, item.text[language]] as const)));
}

export function SectorPanels({ totals, language }: { totals: SectorTotals; language: Language }) {
  const { t } = useTranslation();
  const titles = themeTitles(language);
  const label = (id: string) => titles.get(id) ?? id;
  const spreadRows = totals.themes.map((theme) => ({
    id: theme.theme,
    label: label(theme.theme),
    count: theme.schools,
    ...(theme.goal === undefined ? {} : { goal: theme.goal }),
    ...(theme.stands ? { values: theme.stands.values, mean: theme.stands.mean, median: theme.stands.median, min: theme.stands.min, max: theme.stands.max, atGoal: theme.stands.atGoal } : {}),
  }));
  const choiceRows = totals.themes.map((theme) => ({
    id: theme.theme, label: label(theme.theme), ...(theme.choices ? { counts: CHOICE_KEYS.map((key) => theme.choices![key]) } : {}),
  }));
  const priorityRows = totals.themes.map((theme) => ({
    id: theme.theme, label: label(theme.theme), ...(theme.priorities ? { counts: PRIORITY_KEYS.map((key) => theme.priorities![key]) } : {}),
  }));
  const hasGoal = totals.themes.some((theme) => theme.goal !== undefined);
  return (
    <>
      <div className="sector-grid">
        <div className="sector-main">
          <SpreadChart rows={spreadRows} />
          {hasGoal && <p className="sector-goal-note">{t('sector.goalNote')}</p>}
        </div>
        <Candidates totals={totals} language={language} />
        <StackChart
          id="choices"
          title={t('sector.choicesTitle')}
          intro={t('sector.choicesIntro')}
          categories={CHOICE_KEYS.map((key) => ({ key, label: t(`sector.answer.${key}`) }))}
          colours={CHOICE_COLOURS}
          rows={choiceRows}
        />
        <StackChart
          id="priorities"
          title={t('sector.prioritiesTitle')}
          intro={t('sector.prioritiesIntro')}
          categories={PRIORITY_KEYS.map((key) => ({ key, label: t(`sector.answer.${key}`) }))}
          colours={PRIORITY_COLOURS}
          rows={priorityRows}
        />
      </div>
      <PerSchool totals={totals} titles={titles} />
    </>
  );
}

function Candidates({ totals, language }: { totals: SectorTotals; language: Language }) {
  const { t } = useTranslation();
  const navigate = useAppStore((state) => state.navigate);
  const titles = themeTitles(language);
  const items = itemTexts(language);
  const [criteria, setCriteria] = useState<string[]>([]);
  useEffect(() => {
    let current = true;
    // Plate 3's afwegingskader, from the handreiking's own text.
    void loadSections(language).then((sections) => {
      const body = sections.get('meerjarenplan-wanneer-collectief')?.body ?? '';
      if (current) setCriteria(body.split('\n').filter((line) => line.startsWith('- ')).map((line) => line.slice(2).trim()));
    });
    return () => {
      current = false;
    };
  }, [language]);
  return (
    <section className="sector-candidates" aria-labelledby="candidates-title">
      <h2 id="candidates-title">{t('sector.candidatesTitle')}</h2>
      <p className="sector-intro">{t('sector.candidatesIntro')}</p>
      {totals.candidates.length ? (
        <ol className="candidate-list">
          {totals.candidates.map((candidate) => (
            <li key={candidate.theme} data-candidate={candidate.theme}>
              <strong>{titles.get(candidate.theme) ?? candidate.theme}</strong>{' '}
              <span className="candidate-count">{t('sector.candidateCount', { samen: candidate.samen, of: candidate.of })}</span>
              {candidate.items.length > 0 && (
                <ul>
                  {candidate.items.map((item) => (
                    <li key={item.id}>{items.get(item.id) ?? item.id} <span className="candidate-count">({t('sector.candidateCount', { samen: item.samen, of: item.of })})</span></li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ol>
      ) : <p>{t('sector.noCandidates')}</p>}
      {criteria.length > 0 && (
        <div className="afwegingskader">
          <h3>{t('sector.afwegingskader')}</h3>
          <ul>{criteria.map((criterion) => <li key={criterion}>{criterion}</li>)}</ul>
          <a
            className="no-print"
            href="/plaat/meerjarenplan/wanneer-collectief"
            onClick={followLink(() => navigate({ page: 'plate', plateId: 'meerjarenplan', hotspotId: 'wanneer-collectief' }))}
          >
            {t('sector.afwegingskaderLink')}
          </a>
        </div>
      )}
    </section>
  );
}

function PerSchool({ totals, titles }: { totals: SectorTotals; titles: Map<string, string> }) {
  const { t, i18n } = useTranslation();
  const themes = [...titles.keys()];
  return (
    <details className="sector-table sector-per-school">
      <summary>{t('sector.perSchool')}</summary>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('sector.school')}</th>
            {themes.map((theme) => <th key={theme} scope="col">{titles.get(theme)}</th>)}
          </tr>
        </thead>
        <tbody>
          {totals.schools.map((school) => {
            const name = school.name ?? t('sector.anonymous', { number: school.anonymous });
            return (
              <tr key={name}>
                <th scope="row">{name}</th>
                {themes.map((theme) => {
                  const stand = school.themes[theme]?.stand;
                  return <td key={theme}>{stand === undefined ? '–' : stand.toLocaleString(i18n.language === 'en' ? 'en-GB' : 'nl-NL')}</td>;
                })}
              </tr>
            );
          })}
        </tbody>
      </table>
    </details>
  );
}
