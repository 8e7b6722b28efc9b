import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import type { Plate, WorksheetColumn } from '../../plates/types';
import type { Language } from '../i18n';
import type { SessionControl } from './control';
import { addCard, cardsByColumn, editCard, MAX_CARD_TEXT, moveCard, readCards, removeCard, type Card } from './model';
import { RouteWorksheet } from './RouteWorksheet';
import { castVote, dotsOf, tally, withdrawVote } from './votes';

export interface WorksheetActor {
  name: string;
  authorId: string;
  isFacilitator: boolean;
}

interface WorksheetPanelProps {
  plate: Plate;
  doc: Y.Doc;
  control: SessionControl;
  actor: WorksheetActor;
  onLock?: (locked: boolean) => void;
  onReword?: (column: string, wording: string) => void;
  /** Large type for the room: no input forms, hidden answers stay hidden, cards ranked by votes. */
  projector?: boolean;
}

/** A plate's "Aan de slag" as a live worksheet: a column per question, cards under each. */
export function WorksheetPanel({ plate, doc, control, actor, onLock, onReword, projector = false }: WorksheetPanelProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const worksheet = plate.worksheet;
  if (!worksheet) return <p className="worksheet-none">{t('worksheet.none')}</p>;
  const canWrite = !projector && (actor.isFacilitator || (!control.locked && !control.ended));
  const allowed = control.votesPerParticipant;
  const votes = allowed ? tally(doc, allowed) : new Map<string, number>();
  const myDots = allowed ? dotsOf(doc, actor.authorId, allowed) : [];
  const dotsLeft = myDots.filter((dot) => dot === undefined).length;
  // Hidden answers: participants see only their own, and so does the room on the projector.
  const hideOthers = control.hidden && (projector || !actor.isFacilitator);
  const allCards = readCards(doc, plate.id);
  const visible = hideOthers ? allCards.filter((card) => card.authorId === actor.authorId && !projector) : allCards;
  const ranked = allowed > 0 && projector ? [...visible].sort((a, b) => (votes.get(b.id) ?? 0) - (votes.get(a.id) ?? 0)) : visible;
  const columns = cardsByColumn(ranked, worksheet.columns);
  const hiddenCount = allCards.length - visible.length;
  const titleOf = (column: WorksheetColumn) => control.rewordings[`${plate.id}/${column.id}`] ?? column.title[language];

  return (
    <section className={`worksheet${projector ? ' worksheet-projector' : ''}`} aria-labelledby="worksheet-heading" data-worksheet={plate.id}>
      <h2 id="worksheet-heading" className="visually-hidden">{t('worksheet.title')}</h2>
      <p className="worksheet-prompt">{worksheet.prompt[language]}</p>
      {worksheet.hint && <p className="worksheet-hint">{worksheet.hint[language]}</p>}
      {actor.isFacilitator && onLock && (
        <button type="button" className="lock-button" aria-pressed={control.locked} onClick={() => onLock(!control.locked)}>
          {control.locked ? t('worksheet.unlock') : t('worksheet.lock')}
        </button>
      )}
      {control.ended && <p className="worksheet-locked" role="status">{t('moderation.ended')}</p>}
      {control.locked && !control.ended && <p className="worksheet-locked" role="status">{t('worksheet.locked')}</p>}
      {hideOthers && worksheet.kind !== 'route' && <p className="worksheet-hidden" role="status" data-hidden-count={hiddenCount}>{t('moderation.hiddenNote', { count: hiddenCount })}</p>}
      {control.hidden && !hideOthers && <p className="worksheet-hidden">{t('moderation.hiddenForAll')}</p>}
      {allowed > 0 && !projector && !control.ended && <p className="votes-left" role="status">{t('votes.left', { count: dotsLeft })}</p>}
      {worksheet.kind === 'route' && (
        <RouteWorksheet plate={plate} doc={doc} control={control} actor={actor} canWrite={canWrite} projector={projector} />
      )}
      {worksheet.kind !== 'route' && worksheet.columns.map((column) => {
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
                    doc={doc}
                    votes={allowed ? (votes.get(card.id) ?? 0) : undefined}
                    voting={
                      allowed && !projector && !control.ended
                        ? {
                            mine: myDots.filter((dot) => dot === card.id).length,
                            canVote: dotsLeft > 0,
                            vote: () => castVote(doc, actor.authorId, allowed, card.id),
                            withdraw: () => withdrawVote(doc, actor.authorId, allowed, card.id),
                          }
                        : undefined
                    }
                    people={worksheet.kind === 'people'}
                    columns={worksheet.movable ? worksheet.columns.map((other) => ({ id: other.id, title: titleOf(other) })) : undefined}
                    canEdit={canWrite}
                    canRemove={canWrite && (actor.isFacilitator || card.authorId === actor.authorId)}
                  />
                ))}
              </ul>
            )}
            {canWrite && <AddCard plate={plate.id} column={column} people={worksheet.kind === 'people'} doc={doc} actor={actor} />}
          </div>
        );
      })}
    </section>
  );
}

function ColumnHeading({ title, count, rewordable, onReword }: { title: string; count: number; rewordable: boolean; onReword: (wording: string) => void }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const [wording, setWording] = useState(title);
  const inputId = useId();
  if (editing) {
    return (
      <form
        className="reword-form"
        onSubmit={(event) => {
          event.preventDefault();
          onReword(wording);
          setEditing(false);
        }}
      >
        <label htmlFor={inputId}>{t('worksheet.rewordLabel')}</label>
        <textarea id={inputId} value={wording} maxLength={300} rows={3} onChange={(event) => setWording(event.target.value)} />
        <button type="submit">{t('worksheet.save')}</button>
        <button type="button" onClick={() => setEditing(false)}>{t('worksheet.cancel')}</button>
      </form>
    );
  }
  return (
    <div className="column-heading">
      <h3>{title}</h3>
      <span className="column-count">{t('worksheet.columnCount', { count })}</span>
      {rewordable && (
        <button type="button" className="link-button" onClick={() => { setWording(title); setEditing(true); }}>
          {t('worksheet.reword')}
        </button>
      )}
    </div>
  );
}

interface Voting {
  mine: number;
  canVote: boolean;
  vote: () => void;
  withdraw: () => void;
}

interface CardItemProps {
  card: Card;
  doc: Y.Doc;
  votes?: number;
  voting?: Voting;
  people: boolean;
  columns?: { id: string; title: string }[];
  canEdit: boolean;
  canRemove: boolean;
}

function CardItem({ card, doc, votes, voting, people, columns, canEdit, canRemove }: CardItemProps) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const textId = useId();
  const detailId = useId();
  const moveId = useId();
  return (
    <li className="card" data-card={card.id}>
      {editing ? (
        <div className="card-editor">
          <label htmlFor={textId}>{people ? t('worksheet.personName') : t('worksheet.cardText')}</label>
          <textarea id={textId} value={card.text} maxLength={MAX_CARD_TEXT} rows={people ? 1 : 3} onChange={(event) => editCard(doc, card.id, 'text', event.target.value)} />
          {people && (
            <>
              <label htmlFor={detailId}>{t('worksheet.personRole')}</label>
              <input id={detailId} value={card.detail} maxLength={MAX_CARD_TEXT} onChange={(event) => editCard(doc, card.id, 'detail', event.target.value)} />
            </>
          )}
          <button type="button" onClick={() => setEditing(false)}>{t('worksheet.done')}</button>
        </div>
      ) : (
        <>
          <p className="card-text">{card.text}</p>
          {people && card.detail && <p className="card-detail">{card.detail}</p>}
        </>
      )}
      <div className="card-footer">
        <span className="card-author">{t('worksheet.by', { name: card.author })}</span>
        {votes !== undefined && (
          <span className="card-votes" data-votes={votes}>
            <span aria-hidden="true">{'●'.repeat(Math.min(votes, 10))}{votes > 10 ? '+' : ''} </span>
            {t('votes.count', { count: votes })}
          </span>
        )}
        {voting && voting.canVote && (
          <button type="button" className="vote-button" aria-label={t('votes.voteOn', { text: card.text.slice(0, 60) })} onClick={voting.vote}>
            {t('votes.vote')}
          </button>
        )}
        {voting && voting.mine > 0 && (
          <button type="button" className="link-button" aria-label={t('votes.withdrawFrom', { text: card.text.slice(0, 60) })} onClick={voting.withdraw}>
            {t('votes.withdraw')}
          </button>
        )}
        {canEdit && !editing && (
          <button type="button" className="link-button" onClick={() => setEditing(true)}>{t('worksheet.edit')}</button>
        )}
        {canEdit && columns && (
          <>
            <label htmlFor={moveId} className="visually-hidden">{t('worksheet.moveTo')}</label>
            <select id={moveId} value={card.column} onChange={(event) => moveCard(doc, card.id, event.target.value)}>
              {columns.map((column) => <option key={column.id} value={column.id}>{t('worksheet.moveTo')}: {column.title}</option>)}
            </select>
          </>
        )}
        {canRemove && (
          <button type="button" className="link-button danger" onClick={() => removeCard(doc, card.id)}>{t('worksheet.remove')}</button>
        )}
      </div>
    </li>
  );
}

function AddCard({ plate, column, people, doc, actor }: { plate: string; column: WorksheetColumn; people: boolean; doc: Y.Doc; actor: WorksheetActor }) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [detail, setDetail] = useState('');
  const textId = useId();
  const detailId = useId();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!text.trim()) return;
    addCard(doc, { plate, column: column.id, text: text.trim(), detail: detail.trim(), author: actor.name, authorId: actor.authorId });
    setText('');
    setDetail('');
  };
  const left = MAX_CARD_TEXT - text.length;
  return (
    <form className="add-card" onSubmit={submit} data-add-card={column.id}>
      <label htmlFor={textId}>{people ? t('worksheet.personName') : t('worksheet.newCard')}</label>
      {people ? (
        <input id={textId} value={text} maxLength={MAX_CARD_TEXT} onChange={(event) => setText(event.target.value)} />
      ) : (
        <textarea
          id={textId}
          value={text}
          maxLength={MAX_CARD_TEXT}
          rows={2}
          onChange={(event) => setText(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) submit(event);
          }}
        />
      )}
      {people && (
        <>
          <label htmlFor={detailId}>{t('worksheet.personRole')}</label>
          <input id={detailId} value={detail} maxLength={MAX_CARD_TEXT} onChange={(event) => setDetail(event.target.value)} />
        </>
      )}
      {left < 100 && <span className="characters-left" aria-live="polite">{t('worksheet.charactersLeft', { count: left })}</span>}
      <button type="submit" disabled={!text.trim()}>{t('worksheet.add')}</button>
    </form>
  );
}
