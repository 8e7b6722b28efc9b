import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import type { Plate, WorksheetColumn } from '../../plates/types';
import type { Language } from '../i18n';
import type { WorksheetActor } from './actor';
import { AddCard } from './AddCard';
import { CardItem } from './CardItem';
import { ColumnHeading } from './ColumnHeading';
import type { SessionControl } from './control';
import { cardsByColumn, cardsOf, readCards, type Card } from './model';
import { mayChangeCard } from '../domain/rights';
import { RouteWorksheet } from './RouteWorksheet';
import { SharingNotice } from '../sector/SharingNotice';
import { WallBeside } from '../wall/WallBeside';
import { rankCards, visibleCards, worksheetRules, type Viewer } from './rules';
import { castVote, dotsOf, tally, withdrawVote } from './votes';

export type { WorksheetActor } from './actor';

interface WorksheetPanelProps {
  plate: Plate;
  doc: Y.Doc;
  /** This participant's own cards while answers are hidden (a live session); new cards go there then. */
  ownDoc?: Y.Doc;
  control: SessionControl;
  actor: WorksheetActor;
  /** Whose drafts the answer fields keep: the session code, or "solo". */
  scope: string;
  onReword?: (column: string, wording: string) => void;
  /** For the room: hidden answers stay hidden, and the cards are the wall's, fitted beside the plate (see WallBeside). */
  projector?: boolean;
}

/** A plate's "Aan de slag" as a live worksheet: a column per question, cards under each. */
export function WorksheetPanel({ plate, doc, ownDoc, control, actor, scope, onReword, projector = false }: WorksheetPanelProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const worksheet = plate.worksheet;
  if (!worksheet) return <p className="worksheet-none">{t('worksheet.none')}</p>;
  const viewer: Viewer = projector ? 'room' : actor.isFacilitator ? 'facilitator' : 'participant';
  const rules = worksheetRules(control, viewer);
  const allowed = control.votesPerParticipant;
  const votes = allowed ? tally(doc, allowed) : new Map<string, number>();
  const myDots = allowed ? dotsOf(doc, actor.authorId, allowed) : [];
  const dotsLeft = myDots.filter((dot) => dot === undefined).length;
  const allCards = ownDoc ? mergeCards(readCards(doc, plate.id), readCards(ownDoc, plate.id)) : readCards(doc, plate.id);
  // A card is changed where it lives; a new one goes to one's own document while answers are hidden.
  const docOf = (cardId: string) => (ownDoc && cardsOf(ownDoc).has(cardId) ? ownDoc : doc);
  const newCardsTo = ownDoc && control.hidden && !actor.isFacilitator ? ownDoc : doc;
  const owner = { id: actor.authorId, name: actor.name, role: actor.isFacilitator ? 'facilitator' : 'participant' } as const;
  const visible = visibleCards(allCards, rules, viewer, actor.authorId);
  const columns = cardsByColumn(rules.rankByVotes ? rankCards(visible, votes) : visible, worksheet.columns);
  // A participant's browser never receives others' hidden cards, so their number is unknown there;
  // the facilitator's "own" document is the read-only view of everyone's hidden cards.
  const hiddenCount = ownDoc && !actor.isFacilitator ? undefined : allCards.length - visible.length;
  const mayChange = (card: Card) => mayChangeCard(owner, card) && !(actor.isFacilitator && docOf(card.id) === ownDoc);
  const titleOf = (column: WorksheetColumn) => control.rewordings[`${plate.id}/${column.id}`] ?? column.title[language];
  const people = worksheet.kind === 'people';

  return (
    <section className={`worksheet${projector ? ' worksheet-projector' : ''}`} aria-labelledby="worksheet-heading" data-worksheet={plate.id}>
      <h2 id="worksheet-heading" className="visually-hidden" tabIndex={-1}>{t('worksheet.title')}</h2>
      {/* On the projector the question runs across the top of the plate (ProjectorPrompt). */}
      {!projector && <p className="worksheet-prompt">{worksheet.prompt[language]}</p>}
      {!projector && worksheet.hint && <p className="worksheet-hint">{worksheet.hint[language]}</p>}
      {control.ended && <p className="worksheet-locked" role="status">{t('moderation.ended')}</p>}
      {control.locked && !control.ended && <p className="worksheet-locked" role="status">{t('worksheet.locked')}</p>}
      {rules.cardsFrozen && !control.locked && !control.ended && worksheet.kind !== 'route' && (
        <p className="worksheet-locked" role="status" data-frozen>{actor.isFacilitator && !projector ? t('votes.frozenFacilitator') : t('votes.frozen')}</p>
      )}
      {rules.hideOthers && worksheet.kind !== 'route' && (
        <p className="worksheet-hidden" role="status" data-hidden-count={hiddenCount}>
          {hiddenCount === undefined ? t('moderation.hiddenNotePrivate') : t('moderation.hiddenNote', { count: hiddenCount })}
        </p>
      )}
      {control.hidden && !rules.hideOthers && <p className="worksheet-hidden">{t('moderation.hiddenForAll')}</p>}
      {rules.canVote && <p className="votes-left" role="status">{t('votes.left', { count: dotsLeft })}</p>}
      {rules.votingOpen && !rules.showCounts && !projector && <p className="votes-secret">{t('votes.countsHidden')}</p>}
      {worksheet.kind === 'route' && scope !== 'solo' && <SharingNotice code={scope} />}
      {worksheet.kind === 'route' && (
        <RouteWorksheet plate={plate} doc={doc} control={control} actor={actor} canWrite={rules.canWrite} projector={projector} />
      )}
      {worksheet.kind !== 'route' && projector && !rules.hideOthers && (
        <WallBeside plate={plate} control={control} cards={visible} votes={votes} rules={rules} />
      )}
      {worksheet.kind !== 'route' && !projector && worksheet.columns.map((column) => {
        const cards = columns.get(column.id) ?? [];
        return (
          <div key={column.id} className="worksheet-column" data-column={column.id}>
            <ColumnHeading
              title={titleOf(column)}
              count={cards.length}
              rewordable={Boolean(worksheet.rewordable && actor.isFacilitator && onReword)}
              onReword={(wording) => onReword?.(column.id, wording)}
            />
            {cards.length === 0 ? (
              <p className="worksheet-empty">{t('worksheet.empty')}</p>
            ) : (
              <ul className="cards">
                {cards.map((card) => (
                  <CardItem
                    key={card.id}
                    card={card}
                    doc={docOf(card.id)}
                    votes={rules.showCounts ? (votes.get(card.id) ?? 0) : undefined}
                    voting={
                      rules.canVote
                        ? {
                            mine: myDots.filter((dot) => dot === card.id).length,
                            canVote: dotsLeft > 0,
                            vote: () => castVote(doc, actor.authorId, allowed, card.id),
                            withdraw: () => withdrawVote(doc, actor.authorId, allowed, card.id),
                          }
                        : undefined
                    }
                    people={people}
                    columns={worksheet.movable ? worksheet.columns.map((other) => ({ id: other.id, title: titleOf(other) })) : undefined}
                    canEdit={rules.canWriteCards && mayChange(card)}
                    canRemove={rules.canWriteCards && mayChange(card)}
                  />
                ))}
              </ul>
            )}
            {rules.canWriteCards && <AddCard key={`${plate.id}/${column.id}`} scope={scope} plate={plate.id} column={column} people={people} doc={newCardsTo} actor={actor} />}
          </div>
        );
      })}
    </section>
  );
}

/** Shared cards and one's own, each once, oldest first. */
function mergeCards(shared: Card[], own: Card[]): Card[] {
  const ids = new Set(shared.map((card) => card.id));
  return [...shared, ...own.filter((card) => !ids.has(card.id))].sort((a, b) => a.createdAt - b.createdAt || a.id.localeCompare(b.id));
}
