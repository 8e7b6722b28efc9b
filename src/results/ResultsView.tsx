import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import { plates } from '../../plates';
import type { Language } from '../i18n';
import { cleanCode } from '../session/api';
import { displayName, facilitatorKey } from '../session/identity';
import { sessionPlace } from '../session/sessionUi';
import { useLiveSession } from '../session/useLiveSession';
import { SOLO_CONTROL } from '../solo/SoloWorksheet';
import { useSoloDoc } from '../solo/soloWork';
import { useAppStore } from '../store/appStore';
import { readControl, type SessionControl } from '../worksheets/control';
import { buildExport, toMarkdown, type ResultsExport } from '../worksheets/exportFormat';

/** The results of a live session, or of one's own solo work when there is no code. */
export function ResultsView({ code }: { code?: string }) {
  return code ? <SessionResults code={cleanCode(code)} /> : <SoloResults />;
}

function SessionResults({ code }: { code: string }) {
  const { t } = useTranslation();
  const session = useLiveSession(code, displayName() || t('results.title'), facilitatorKey(code));
  if (!session) return null;
  return <Results doc={session.worksheet} control={readControl(session.control)} code={code} />;
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

function Results({ doc, control, code }: { doc: Y.Doc; control: SessionControl; code?: string }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const navigate = useAppStore((state) => state.navigate);
  const [today] = useState(() => new Date());
  const title = code ? control.title || code : t('results.soloTitle');
  const results: ResultsExport = buildExport(doc, control, plates, language, { title, now: today });
  const fileName = `praatplaten-${code ?? 'eigen'}-${today.toISOString().slice(0, 10)}`;
  const markdown = () =>
    toMarkdown(results, {
      votes: (count) => t('votes.count', { count }),
      by: (name) => t('results.by', { name }),
      exported: t('results.exported'),
      empty: t('results.empty'),
      route: (key) => t(`route.${key}`),
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
        <h1>{title}</h1>
        <p>{t('results.date')}: {today.toLocaleDateString(language === 'nl' ? 'nl-NL' : 'en-GB', { day: 'numeric', month: 'long', year: 'numeric' })}</p>
        <p className="no-print">{t('results.intro')}</p>
      </header>
      {results.worksheets.map((worksheet) => (
        <section key={worksheet.plateId} className="results-plate" data-results-plate={worksheet.plateId}>
          <h2>{worksheet.plateTitle}</h2>
          <p className="results-prompt">{worksheet.prompt}</p>
          {worksheet.route?.map((theme) => (
            <div key={theme.id} className="results-column" data-results-theme={theme.id}>
              <h3>{theme.title}</h3>
              <p>{t('route.stand')}: {theme.stands.map((count, index) => `${index + 1}. ${t(`route.step${index + 1}`)}: ${count}`).join(' · ')}</p>
              <p>{t('route.priority')}: {(['hoog', 'midden', 'laag'] as const).map((priority) => `${t(`route.${priority}`)} ${theme.priorities[priority]}`).join(' · ')}</p>
              <ul>
                {theme.items.map((item) => (
                  <li key={item.id}>
                    {item.year} {item.text}: {(['samen', 'zelf', 'nog-niet'] as const).map((choice) => `${t(`route.${choice}`)} ${item.choices[choice]}`).join(' · ')}
                  </li>
                ))}
              </ul>
            </div>
          ))}
          {!worksheet.route && worksheet.columns.map((column) => (
            <div key={column.id} className="results-column">
              <h3>{column.title}</h3>
              {column.cards.length === 0 ? (
                <p className="worksheet-empty">{t('results.empty')}</p>
              ) : (
                <ul>
                  {column.cards.map((card, index) => (
                    <li key={index}>
                      <span className="card-text">{card.text}</span>
                      {card.detail && <span className="card-detail"> ({card.detail})</span>}
                      <span className="card-author"> — {t('results.by', { name: card.author })}</span>
                      {card.votes > 0 && <span className="card-votes"> · {t('votes.count', { count: card.votes })}</span>}
                    </li>
                  ))}
                </ul>
              )}
            </div>
          ))}
        </section>
      ))}
    </article>
  );
}
