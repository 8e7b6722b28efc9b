import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { TopCard } from '../worksheets/exportFormat';
import type { Top } from '../worksheets/ranking';

/** "Top 5", or, when cards tie for the last place, how many cards it holds and why. */
export function topHeading(t: TFunction, top: Pick<Top<unknown>, 'size' | 'widened' | 'tiedPlace' | 'places'>): string {
  return top.widened
    ? t('ranking.topWidened', { size: top.size, count: top.places.length, place: top.tiedPlace })
    : t('ranking.top', { size: top.size });
}

/** "1." or "3. (gedeeld)". */
export function placeWord(t: TFunction, place: number, shared: boolean): string {
  return shared ? t('ranking.sharedPlace', { place }) : t('ranking.place', { place });
}

/** A worksheet's top five on the results page (and in print). */
export function TopFive({ top, columns }: { top: Top<TopCard>; columns: number }) {
  const { t } = useTranslation();
  if (!top.places.length) return null;
  return (
    <div className="results-top" data-results-top data-widened={top.widened || undefined}>
      <h3>{topHeading(t, top)}</h3>
      <ol>
        {top.places.map(({ item: card, place, shared }, index) => (
          <li key={index} value={place} data-place={place} data-shared={shared || undefined}>
            <span className="results-place">{placeWord(t, place, shared)}</span>{' '}
            <span className="card-text">{card.text}</span>
            <span className="card-votes"> · {t('votes.count', { count: card.votes })}</span>
            {columns > 1 && <span className="card-author"> · {card.columnTitle}</span>}
          </li>
        ))}
      </ol>
    </div>
  );
}
