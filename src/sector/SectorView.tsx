/**
 * /sector: start a bijeenkomst (event). /sector/CODE: its sector view, for
 * the organiser (the key from this browser, or an organiser link `#k=…`) and
 * for read-only links (`#r=…`); both travel in a header, never in a URL the
 * server sees. The totals come from the server, which computed them from the
 * linked sessions: this page never receives a school's answers.
 */
import { useTranslation } from 'react-i18next';
import type { Language } from '../i18n';
import { useAppStore } from '../store/appStore';
import { followLink } from '../views/followLink';
import { download } from './exportImage';
import { totalsCsv } from './exportCsv';
import { NewEventView } from './NewEventView';
import { OrganiserTools } from './OrganiserTools';
import { SectorPanels, themeTitles } from './SectorPanels';
import { FINAL, useCredential, useTotals } from './useSectorTotals';
import { MIN_SCHOOLS, type SectorTotals } from './totals';
import './sector.css';

export function SectorView({ code }: { code?: string }) {
  return code ? <EventView code={code.toUpperCase()} /> : <NewEventView />;
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
        : <SectorPanels totals={totals} language={language} />)}
      <section className="sector-tools no-print" aria-labelledby="sector-export">
        <h2 id="sector-export">{t('sector.exportTitle')}</h2>
        <div className="control-row">
          <button type="button" disabled={!totals || totals.suppressed} onClick={() => totals && exportCsv(totals, code, language, t)}>{t('sector.csv')}</button>
          <button type="button" onClick={() => print()}>{t('sector.print')}</button>
        </div>
        {organiser && <OrganiserTools code={code} organiserKey={credential} version={reply?.version} />}
      </section>
    </div>
  );
}

type Translate = ReturnType<typeof useTranslation>['t'];

const ANSWER_KEYS = ['samen', 'zelf', 'nog-niet', 'verdeeld', 'hoog', 'midden', 'laag'] as const;
const isAnswerKey = (value: string): value is (typeof ANSWER_KEYS)[number] => (ANSWER_KEYS as readonly string[]).includes(value);

function exportCsv(totals: SectorTotals, code: string, language: Language, t: Translate): void {
  const titles = themeTitles(language);
  const text = totalsCsv(totals, [...titles.keys()], {
    header: t('sector.csvColumns').split('|'),
    school: (row) => row.name ?? t('sector.anonymous', { number: row.anonymous }),
    theme: (id) => titles.get(id) ?? id,
    answer: (value) => (isAnswerKey(value) ? t(`sector.answer.${value}`) : value),
  }, language);
  download(`sector-${code}.csv`, new Blob([text], { type: 'text/csv;charset=utf-8' }));
}
