/**
 * /sector: start a bijeenkomst (event). /sector/CODE: its sector view, for
 * the organiser (the key from this browser, or an organiser link `#k=…`) and
 * for read-only links (`#r=…`); both travel in a header, never in a URL the
 * server sees. The totals come from the server, which computed them from the
 * linked sessions: this page never receives a school's answers.
 */
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { plateById } from '../../plates';
import type { Language } from '../i18n';
import { loadSections } from '../content';
import { useAppStore } from '../store/appStore';
import { followLink } from '../views/followLink';
import {
  createEvent, createReaderLink, deleteEvent, EventApiError, fetchTotals, storedOrganiserKey, storeOrganiserKey, type EventErrorReason, type TotalsReply,
} from './api';
import { download } from './exportImage';
import { totalsCsv } from './exportCsv';
import { ROUTE_PLATE } from './goals';
import './sector.css';
import { CHOICE_COLOURS, PRIORITY_COLOURS, SpreadChart, StackChart } from './SectorCharts';
import { MIN_SCHOOLS, type SectorTotals } from './totals';

const CHOICE_KEYS = ['samen', 'zelf', 'nog-niet', 'verdeeld'] as const;
const PRIORITY_KEYS = ['hoog', 'midden', 'laag', 'verdeeld'] as const;
/** Failures after which asking again does not help. */
const FINAL: EventErrorReason[] = ['no-access', 'event-deleted', 'event-not-found'];

export function SectorView({ code }: { code?: string }) {
  return code ? <EventView code={code.toUpperCase()} /> : <NewEventView />;
}

function NewEventView() {
  const { t } = useTranslation();
  const navigate = useAppStore((state) => state.navigate);
  const [title, setTitle] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<EventErrorReason>();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      const created = await createEvent(title);
      storeOrganiserKey(created.code, created.organiserKey);
      navigate({ page: 'sector', code: created.code });
    } catch (failure) {
      setError(failure instanceof EventApiError ? failure.reason : 'unknown');
      setBusy(false);
    }
  };
  return (
    <div className="sector-page sector-new">
      <h1 tabIndex={-1}>{t('sector.newTitle')}</h1>
      <p>{t('sector.newIntro')}</p>
      <form onSubmit={submit} className="sector-form">
        <label htmlFor="event-title">{t('sector.eventTitle')}</label>
        <input id="event-title" value={title} maxLength={120} placeholder={t('sector.eventTitlePlaceholder')} onChange={(event) => setTitle(event.target.value)} />
        <button type="submit" disabled={busy}>{busy ? t('sector.busy') : t('sector.create')}</button>
      </form>
      {error && <p className="sector-error" role="alert">{t(`sector.errors.${error}`)}</p>}
    </div>
  );
}

/** The organiser's key or a read-only token, from the address (then kept out of it) or from this browser. */
function useCredential(code: string): { credential?: string; organiser: boolean } {
  const [found] = useState(() => {
    const hash = new URLSearchParams(location.hash.slice(1));
    const key = hash.get('k');
    if (key) {
      storeOrganiserKey(code, key);
      // The organiser's key stays out of the address bar, which the room may see on the projector.
      history.replaceState(history.state, '', location.pathname + location.search);
      return { credential: key, organiser: true };
    }
    const reader = hash.get('r');
    if (reader) return { credential: reader, organiser: false };
    const stored = storedOrganiserKey(code);
    return { credential: stored, organiser: Boolean(stored) };
  });
  return found;
}

interface TotalsState {
  reply?: TotalsReply;
  error?: EventErrorReason;
  updatedAt?: Date;
}

/** The totals, kept live with a long poll: the server answers as soon as it has newer ones. */
function useTotals(code: string, credential: string | undefined): TotalsState {
  const [state, setState] = useState<TotalsState>({});
  useEffect(() => {
    if (!credential) return;
    const controller = new AbortController();
    let since: number | undefined;
    const run = async () => {
      while (!controller.signal.aborted) {
        try {
          const reply = await fetchTotals(code, credential, since, controller.signal);
          since = reply.version;
          setState({ reply, updatedAt: new Date() });
        } catch (failure) {
          if (controller.signal.aborted) return;
          const reason = failure instanceof EventApiError ? failure.reason : 'unknown';
          setState((previous) => ({ ...previous, error: reason }));
          if (FINAL.includes(reason)) return;
          await new Promise((resolve) => setTimeout(resolve, 2000));
        }
      }
    };
    void run();
    return () => controller.abort();
  }, [code, credential]);
  return state;
}

function EventView({ code }: { code: string }) {
  const { t, i18n } = useTranslation();
  const navigate = useAppStore((state) => state.navigate);
  const { credential, organiser } = useCredential(code);
  const { reply, error, updatedAt } = useTotals(code, credential);
  const language = i18n.language as Language;

  if (!credential || (error && FINAL.includes(error) && !reply) || error === 'event-deleted') {
    return (
      <div className="sector-page">
        <h1 tabIndex={-1}>{t('sector.title')}</h1>
        <p className="sector-error" role="alert">{error ? t(`sector.errors.${error}`) : t('sector.noKey')}</p>
        <p><a href="/sector" onClick={followLink(() => navigate({ page: 'sector' }))}>{t('sector.startOther')}</a></p>
      </div>
    );
  }
  const totals = reply?.totals;
  return (
    <div className="sector-page">
      <header className="sector-header">
        <h1 tabIndex={-1}>{reply?.title ? `${t('sector.title')}: ${reply.title}` : t('sector.title')}</h1>
        <p className="sector-code">
          {t('sector.code')}: <strong className="sector-code-value">{code}</strong> <span className="no-print">· {t('sector.howToLink')}</span>
        </p>
        <p className="sector-status" role="status">
          {totals && t('sector.counts', { linked: totals.linked, answering: totals.answering })}
          {updatedAt && <> · {t('sector.updated', { time: updatedAt.toLocaleTimeString(language === 'en' ? 'en-GB' : 'nl-NL') })}</>}
          {error && !FINAL.includes(error) && <> · <span className="sector-error">{t('sector.reconnecting')}</span></>}
        </p>
      </header>
      {totals && (totals.suppressed
        ? <p className="sector-too-few">{t('sector.tooFew', { min: MIN_SCHOOLS, count: totals.answering })}</p>
        : <SectorCharts totals={totals} language={language} />)}
      <section className="sector-tools no-print" aria-labelledby="sector-export">
        <h2 id="sector-export">{t('sector.exportTitle')}</h2>
        <div className="control-row">
          <button type="button" disabled={!totals || totals.suppressed} onClick={() => totals && exportCsv(totals, code, language, t)}>{t('sector.csv')}</button>
          <button type="button" onClick={() => print()}>{t('sector.print')}</button>
        </div>
        {organiser && <OrganiserTools code={code} organiserKey={credential} />}
      </section>
    </div>
  );
}

type Translate = ReturnType<typeof useTranslation>['t'];

function themeTitles(language: Language): Map<string, string> {
  const columns = plateById(ROUTE_PLATE)?.worksheet?.columns ?? [];
  return new Map(columns.map((column) => [column.id, column.title[language]]));
}

function itemTexts(language: Language): Map<string, string> {
  const columns = plateById(ROUTE_PLATE)?.worksheet?.columns ?? [];
  return new Map(columns.flatMap((column) => (column.items ?? []).map((item) => [item.id, item.text[language]] as const)));
}

function exportCsv(totals: SectorTotals, code: string, language: Language, t: Translate): void {
  const titles = themeTitles(language);
  const text = totalsCsv(totals, [...titles.keys()], {
    header: t('sector.csvColumns').split('|'),
    school: (row) => row.name ?? t('sector.anonymous', { number: row.anonymous }),
    theme: (id) => titles.get(id) ?? id,
    answer: (value) => t(`sector.answer.${value}`),
  }, language);
  download(`sector-${code}.csv`, new Blob([text], { type: 'text/csv;charset=utf-8' }));
}

function SectorCharts({ totals, language }: { totals: SectorTotals; language: Language }) {
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

function OrganiserTools({ code, organiserKey }: { code: string; organiserKey: string | undefined }) {
  const { t } = useTranslation();
  const navigate = useAppStore((state) => state.navigate);
  const [readerLink, setReaderLink] = useState<string>();
  const [error, setError] = useState<EventErrorReason>();
  if (!organiserKey) return null;
  const fail = (failure: unknown) => setError(failure instanceof EventApiError ? failure.reason : 'unknown');
  return (
    <div className="sector-organiser">
      <h3>{t('sector.organiserTitle')}</h3>
      <div className="control-row">
        <button type="button" onClick={() => createReaderLink(code, organiserKey).then((token) => setReaderLink(`${location.origin}/sector/${code}#r=${encodeURIComponent(token)}`), fail)}>
          {t('sector.readerLink')}
        </button>
      </div>
      {readerLink && (
        <p className="sector-link">
          <label htmlFor="reader-link">{t('sector.readerLinkLabel')}</label>
          <input id="reader-link" readOnly value={readerLink} onFocus={(event) => event.currentTarget.select()} />
        </p>
      )}
      <details>
        <summary>{t('sector.organiserLink')}</summary>
        <input aria-label={t('sector.organiserLink')} readOnly value={`${location.origin}/sector/${code}#k=${encodeURIComponent(organiserKey)}`} onFocus={(event) => event.currentTarget.select()} />
      </details>
      <div className="danger-zone">
        <button
          type="button"
          className="danger-button"
          onClick={() => {
            if (!confirm(t('sector.deleteConfirm'))) return;
            deleteEvent(code, organiserKey).then(() => {
              storeOrganiserKey(code, undefined);
              navigate({ page: 'sector' });
            }, fail);
          }}
        >
          {t('sector.deleteEvent')}
        </button>
      </div>
      {error && <p className="sector-error" role="alert">{t(`sector.errors.${error}`)}</p>}
    </div>
  );
}
