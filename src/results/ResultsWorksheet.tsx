import { useTranslation } from 'react-i18next';
import { worksheetTop, type ExportedWorksheet } from '../worksheets/exportFormat';
import { STAND_STEP_KEYS } from '../worksheets/route';
import { TopFive } from './TopFive';

/** Counts as "label count" pairs, leaving out the zeros: a board reads what was chosen, not what was not. */
function nonZero(pairs: [string, number][]): string {
  return pairs.filter(([, count]) => count > 0).map(([label, count]) => `${label}: ${count}`).join(' · ');
}

/** One answered worksheet of the results, grouped as on its plate. */
export function ResultsWorksheet({ worksheet, authors = true }: { worksheet: ExportedWorksheet; authors?: boolean }) {
  const { t } = useTranslation();
  return (
    <section className="results-plate" data-results-plate={worksheet.plateId}>
      <h2>{worksheet.plateTitle}</h2>
      <p className="results-prompt">{worksheet.prompt}</p>
      <TopFive top={worksheetTop(worksheet)} columns={worksheet.columns.length} />
      {worksheet.route?.map((theme) => {
        const stands = nonZero(theme.stands.map((count, index) => [`${index + 1}. ${t(STAND_STEP_KEYS[index])}`, count]));
        const priorities = nonZero((['hoog', 'midden', 'laag'] as const).map((priority) => [t(`route.${priority}`), theme.priorities[priority]]));
        return (
          <div key={theme.id} className="results-column" data-results-theme={theme.id}>
            <h3>{theme.title}</h3>
            {stands && <p>{t('route.stand')}: {stands}</p>}
            {priorities && <p>{t('route.priority')}: {priorities}</p>}
            {theme.items.length > 0 && (
              <ul>
                {theme.items.map((item) => (
                  <li key={item.id}>
                    {item.year} {item.text}: {nonZero((['samen', 'zelf', 'nog-niet'] as const).map((choice) => [t(`route.${choice}`), item.choices[choice]]))}
                  </li>
                ))}
              </ul>
            )}
          </div>
        );
      })}
      {!worksheet.route && worksheet.columns.map((column) => (
        <div key={column.id} className={`results-column${column.cards.length === 0 ? ' is-empty' : ''}`}>
          <h3>{column.title}</h3>
          {column.cards.length === 0 ? (
            <p className="worksheet-empty">{t('results.empty')}</p>
          ) : (
            <ul>
              {column.cards.map((card, index) => (
                <li key={index}>
                  <span className="card-text">{card.text}</span>
                  {card.detail && <span className="card-detail"> ({card.detail})</span>}
                  {authors && <span className="card-author"> — {t('results.by', { name: card.author })}</span>}
                  {card.votes > 0 && <span className="card-votes"> · {t('votes.count', { count: card.votes })}</span>}
                </li>
              ))}
            </ul>
          )}
        </div>
      ))}
    </section>
  );
}
