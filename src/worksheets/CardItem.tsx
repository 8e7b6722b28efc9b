import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import { editCard, MAX_CARD_TEXT, moveCard, removeCard, type Card } from './model';

export interface Voting {
  mine: number;
  canVote: boolean;
  vote: () => void;
  withdraw: () => void;
}

interface CardItemProps {
  card: Card;
  doc: Y.Doc;
  /** Shown only when the counts may be seen (see rules.ts). */
  votes?: number;
  voting?: Voting;
  people: boolean;
  columns?: { id: string; title: string }[];
  canEdit: boolean;
  canRemove: boolean;
}

/** After a button removes itself (the last dot given, the last dot taken back), the focus moves to its counterpart. */
function keepFocusIn(item: HTMLElement | null, selectors: string[]) {
  requestAnimationFrame(() => {
    if (!item || (document.activeElement && document.activeElement !== document.body && item.contains(document.activeElement))) return;
    for (const selector of selectors) {
      const next = item.querySelector<HTMLElement>(selector);
      if (next) return next.focus();
    }
  });
}

export function CardItem({ card, doc, votes, voting, people, columns, canEdit, canRemove }: CardItemProps) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const item = useRef<HTMLLIElement>(null);
  const text = useRef<HTMLTextAreaElement>(null);
  // "Bewerken" edits the text: the focus goes there (at its end), not to the next control in line.
  useEffect(() => {
    const field = text.current;
    if (!editing || !field) return;
    field.focus();
    field.setSelectionRange(field.value.length, field.value.length);
  }, [editing]);
  const textId = useId();
  const detailId = useId();
  const moveId = useId();
  return (
    <li className="card" data-card={card.id} ref={item}>
      {editing ? (
        <div className="card-editor">
          <label htmlFor={textId}>{people ? t('worksheet.personName') : t('worksheet.cardText')}</label>
          <textarea
            id={textId}
            ref={text}
            value={card.text}
            maxLength={MAX_CARD_TEXT}
            rows={people ? 1 : 3}
            onChange={(event) => editCard(doc, card.id, 'text', event.target.value)}
            // A new line typed at the end is not part of the answer once the field is left.
            onBlur={(event) => {
              const trimmed = event.target.value.trimEnd();
              if (trimmed !== event.target.value) editCard(doc, card.id, 'text', trimmed);
            }}
          />
          {people && (
            <>
              <label htmlFor={detailId}>{t('worksheet.personRole')}</label>
              <input id={detailId} value={card.detail} maxLength={MAX_CARD_TEXT} onChange={(event) => editCard(doc, card.id, 'detail', event.target.value)} />
            </>
          )}
          <button
            type="button"
            onClick={() => {
              setEditing(false);
              keepFocusIn(item.current, ['.edit-button']);
            }}
          >
            {t('worksheet.done')}
          </button>
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
        {voting && voting.mine > 0 && votes === undefined && (
          <span className="card-votes my-votes" data-my-votes={voting.mine}>{t('votes.mine', { count: voting.mine })}</span>
        )}
        {voting && voting.canVote && (
          <button
            type="button"
            className="vote-button"
            aria-label={t('votes.voteOn', { text: card.text.slice(0, 60) })}
            onClick={() => {
              voting.vote();
              keepFocusIn(item.current, ['.vote-button', '.withdraw-button']);
            }}
          >
            {t('votes.vote')}
          </button>
        )}
        {voting && voting.mine > 0 && (
          <button
            type="button"
            className="link-button withdraw-button"
            aria-label={t('votes.withdrawFrom', { text: card.text.slice(0, 60) })}
            onClick={() => {
              voting.withdraw();
              keepFocusIn(item.current, ['.withdraw-button', '.vote-button', '.edit-button']);
            }}
          >
            {t('votes.withdraw')}
          </button>
        )}
        {canEdit && !editing && (
          <button type="button" className="link-button edit-button" onClick={() => setEditing(true)}>{t('worksheet.edit')}</button>
        )}
        {canEdit && columns && <MoveCard id={moveId} current={card.column} columns={columns} onMove={(column) => {
          moveCard(doc, card.id, column);
          // The card is drawn again in its new column: the focus goes with it.
          requestAnimationFrame(() => document.querySelector<HTMLElement>(`[data-card="${CSS.escape(card.id)}"] .card-move select`)?.focus());
        }} />}
        {canRemove && (
          <button type="button" className="link-button danger" onClick={() => removeCard(doc, card.id)}>{t('worksheet.remove')}</button>
        )}
      </div>
    </li>
  );
}

interface MoveCardProps {
  id: string;
  current: string;
  columns: { id: string; title: string }[];
  onMove: (column: string) => void;
}

/**
 * Moving a card takes a choice and a click: a list that moved the card on
 * every change would move it on an arrow key or End (keyboards change a closed
 * list's value), and the next thing typed would land elsewhere.
 */
function MoveCard({ id, current, columns, onMove }: MoveCardProps) {
  const { t } = useTranslation();
  const [chosen, setChosen] = useState(current);
  const choice = columns.some((column) => column.id === chosen) ? chosen : current;
  const ready = choice !== current;
  return (
    <span className="card-move">
      <label htmlFor={id} className="visually-hidden">{t('worksheet.moveTo')}</label>
      <select id={id} value={choice} onChange={(event) => setChosen(event.target.value)}>
        {columns.map((column) => (
          <option key={column.id} value={column.id}>{column.id === current ? `${t('worksheet.moveTo')} …` : column.title}</option>
        ))}
      </select>
      <button
        type="button"
        className="link-button move-button"
        aria-disabled={!ready}
        onClick={() => {
          if (!ready) return;
          onMove(choice);
          setChosen(choice);
        }}
      >
        {t('worksheet.move')}
      </button>
    </span>
  );
}
