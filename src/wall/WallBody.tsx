import { useTranslation } from 'react-i18next';
import type { Plate } from '../../plates/types';
import type { Language } from '../i18n';
import { placeWord, topHeading } from '../results/TopFive';
import type { SessionControl } from '../worksheets/control';
import { cardsByColumn, type Card } from '../worksheets/model';
import { topPlaces } from '../worksheets/ranking';
import { rankCards, type WorksheetRules } from '../worksheets/rules';

interface WallBodyProps {
  plate: Plate;
  control: SessionControl;
  /** The cards the room may see. */
  cards: Card[];
  votes: ReadonlyMap<string, number>;
  rules: WorksheetRules;
  /** Beside the plate in the projector view: headings under the worksheet's (h3), and a column's count as its number. */
  beside?: boolean;
}

/**
 * The wall's answers: after voting the group's top five, then every column with its count and
 * cards. Drawn on the wall and, stacked beside the plate, in the facilitator's projector view;
 * the type is fitted by useWallFit.
 */
export function WallBody({ plate, control, cards, votes, rules, beside = false }: WallBodyProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const worksheet = plate.worksheet;
  if (!worksheet || worksheet.kind === 'route') return null;
  const Heading = beside ? 'h3' : 'h2';
  const columns = cardsByColumn(rules.rankByVotes ? rankCards(cards, votes) : cards, worksheet.columns);
  const top = wallTop(cards, votes, rules);
  const titleOf = (id: string, fallback: string) => control.rewordings[`${plate.id}/${id}`] ?? fallback;
  return (
    <div className={`wall-body${top.places.length ? ' has-top' : ''}`}>
      {top.places.length > 0 && (
        <section className="wall-top" aria-labelledby="wall-top-heading" data-wall-top data-widened={top.widened || undefined}>
          <Heading id="wall-top-heading">{topHeading(t, top)}</Heading>
          <ol className="wall-cards">
            {top.places.map(({ item: card, votes: count, place, shared }) => (
              <WallCard key={card.id} card={card} votes={count} place={placeWord(t, place, shared)} />
            ))}
          </ol>
        </section>
      )}
      {worksheet.columns.map((column) => {
        const list = columns.get(column.id) ?? [];
        return (
          <section key={column.id} className="wall-column" aria-labelledby={`wall-${column.id}`} data-wall-column={column.id}>
            <Heading id={`wall-${column.id}`}>
              {titleOf(column.id, column.title[language])}
              {/* Beside the plate only the number shows; the word stays for screen readers. */}
              <span className="wall-count" data-count={list.length}>
                {list.length} <span className={beside ? 'visually-hidden' : undefined}>{t('wall.cardsUnit', { count: list.length })}</span>
              </span>
            </Heading>
            {list.length === 0 ? (
              <p className="wall-empty">{t('wall.empty')}</p>
            ) : (
              <ul className="wall-cards">
                {list.map((card) => <WallCard key={card.id} card={card} votes={rules.showCounts ? votes.get(card.id) ?? 0 : undefined} />)}
              </ul>
            )}
          </section>
        );
      })}
    </div>
  );
}

/** After voting, once the counts may be seen: the group's top five across all columns. */
function wallTop(cards: Card[], votes: ReadonlyMap<string, number>, rules: WorksheetRules) {
  return topPlaces(rules.showCounts && !rules.votingOpen ? cards : [], (card) => votes.get(card.id) ?? 0);
}

/** What the fitting depends on: the cards, their lengths and whether a top five shows. */
export function wallSignature(cards: Card[], votes: ReadonlyMap<string, number>, rules: WorksheetRules, language: string): string {
  return `${cards.map((card) => `${card.id}:${card.text.length}`).join()}|${wallTop(cards, votes, rules).places.length}|${language}`;
}

function WallCard({ card, votes, place }: { card: Card; votes?: number; place?: string }) {
  const { t } = useTranslation();
  return (
    <li className="wall-card" data-wall-card={card.id}>
      <p className="wall-card-text">{place && <span className="wall-place">{place} </span>}{card.text}</p>
      {card.detail && <p className="wall-card-detail">{card.detail}</p>}
      <p className="wall-card-footer">
        <span>{card.author}</span>
        {votes !== undefined && votes > 0 && <span className="wall-votes" data-votes={votes}>{t('votes.count', { count: votes })}</span>}
      </p>
    </li>
  );
}
