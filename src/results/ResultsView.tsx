import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import { plates } from '../../plates';
import type { Language } from '../i18n';
import { cleanCode, createResultsLink } from '../session/api';
import { apiErrorKey } from '../session/apiErrors';
import { displayName, facilitatorKey } from '../session/identity';
import { sessionPlace } from '../session/sessionUi';
import { useLiveSession } from '../session/useLiveSession';
import { SOLO_CONTROL } from '../solo/SoloWorksheet';
import { useSoloDoc } from '../solo/soloWork';
import { useAppStore } from '../store/appStore';
import { readControl, type SessionControl } from '../worksheets/control';
import { answeredOnly, buildExport, toMarkdown, type ResultsExport } from '../worksheets/exportFormat';
import { ResultsWorksheet } from './ResultsWorksheet';
import { placeWord, topHeading } from './TopFive';

/** The results of a live session, or of one's own solo work when there is no code. */
export function ResultsView({ code }: { code?: string }) {
  return code ? <SessionResults code={cleanCode(code)} /> : <SoloResults />;
}

/**
 * A session's results are for its facilitator, and for whoever has the read-only link the
 * facilitator made (`#r=…`, never sent to a server); a participant, or anyone else with the
 * code, sees their own answers only.
 */
function SessionResults({ code }: { code: string }) {
  const { t } = useTranslation();
  const [viewer] = useState(() => new URLSearchParams(location.hash.slice(1)).get('r') ?? undefined);
  const key = facilitatorKey(code);
  const session = useLiveSession(code, displayName() || t('results.title'), key, viewer);
  if (!session?.joined) return null;
  const everything = session.isFacilitator || session.isViewer;
  return (
    <Results doc={session.worksheet} control={readControl(session.control)} code={code} onlyAuthor={everything ? undefined : (session.participantId ?? '')}>
      {session.isFacilitator && key && <ResultsLink code={code} facilitatorKey={key} />}
      {!everything && <p className="results-own-only" role="status">{t('results.ownOnly')}</p>}
    </Results>
  );
}

/** The facilitator hands out a read-only link to the results (the board, a colleague who was not there). */
function ResultsLink({ code, facilitatorKey: key }: { code: string; facilitatorKey: string }) {
  const { t } = useTranslation();
  const [link, setLink] = useState<string>();
  const [error, setError] = useState<string>();
  const make = () => {
    createResultsLink(code, key).then(
      (token) => setLink(`${location.origin}/resultaten/${code}#r=${encodeURIComponent(token)}`),
      (failure: unknown) => {
        console.warn('making a results link failed', failure);
        setError(t(apiErrorKey(failure)));
      },
    );
  };
  return (
    <div className="results-link no-print">
      {link ? (
        <>
          <label htmlFor="results-link">{t('results.readLink')}</label>
          <input id="results-link" readOnly value={link} onFocus={(event) => event.currentTarget.select()} />
        </>
      ) : (
        <button type="button" onClick={make}>{t('results.makeReadLink')}</button>
      )}
      {error && <p className="form-error" role="alert">{error}</p>}
    </div>
  );
}

function SoloResults() {
  const doc = useSoloDoc();
  return doc ? <Results doc={doc} control={SOLO_CONTROL} /> : null;
}

function download(name: string, type: string, content: string) {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

function Results({ doc, control, code, onlyAuthor, children }: { doc: Y.Doc; control: SessionControl; code?: string; onlyAuthor?: string; children?: ReactNode }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const navigate = useAppStore((state) => state.navigate);
  const [today] = useState(() => new Date());
  const title = code ? control.title || code : t('results.soloTitle');
  const results: ResultsExport = buildExport(doc, control, plates, language, { title, now: today, ...(onlyAuthor !== undefined ? { onlyAuthor } : {}) });
  const answered = answeredOnly(results.worksheets);
  const fileName = `praatplaten-${code ?? 'eigen'}-${today.toISOString().slice(0, 10)}`;
  const markdown = () =>
    toMarkdown(results, {
      votes: (count) => t('votes.count', { count }),
      // One's own work needs no "by": it is all by the one reading it.
      by: (name) => (code ? t('results.by', { name }) : ''),
      exported: t('results.exported'),
      empty: t('results.empty'),
      route: (key) => t(`route.${key}`),
      top: (top) => topHeading(t, top),
      place: (place, shared) => placeWord(t, place, shared),
    });

  return (
    <article className="results-page">
      <div className="results-actions no-print">
        <button type="button" onClick={() => navigate(code ? { page: 'session', code, ...sessionPlace(code) } : { page: 'home' })}>
          ← {code ? t('results.back') : t('results.backSolo')}
        </button>
        <button type="button" onClick={() => download(`${fileName}.md`, 'text/markdown;charset=utf-8', markdown())}>{t('results.markdown')}</button>
        <button type="button" onClick={() => download(`${fileName}.json`, 'application/json', JSON.stringify(results, null, 2))}>{t('results.json')}</button>
        <button type="button" onClick={() => print()}>{t('results.print')}</button>
      </div>
      <header className="results-header">
        <h1 tabIndex={-1}>{title}</h1>
        <p>{t('results.date')}: {today.toLocaleDateString(language === 'nl' ? 'nl-NL' : 'en-GB', { day: 'numeric', month: 'long', year: 'numeric' })}</p>
        <p className="no-print">{code ? t('results.intro') : t('results.introSolo')}</p>
        {children}
      </header>
      {answered.map((worksheet) => <ResultsWorksheet key={worksheet.plateId} worksheet={worksheet} authors={Boolean(code)} />)}
      {answered.length === 0 && <p className="worksheet-empty">{t('results.none')}</p>}
    </article>
  );
}
