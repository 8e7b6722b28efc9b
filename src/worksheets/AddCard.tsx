import { useId, useRef, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import type { WorksheetColumn } from '../../plates/types';
import type { WorksheetActor } from './actor';
import { draftKey, useDraft } from './drafts';
import { addCard, MAX_CARD_TEXT } from './model';

interface AddCardProps {
  /** Whose drafts these are: the session code, or "solo". */
  scope: string;
  plate: string;
  column: WorksheetColumn;
  people: boolean;
  doc: Y.Doc;
  actor: WorksheetActor;
}

/** A new answer for one column. What is typed is a draft outside React, so nothing the facilitator does loses it. */
export function AddCard({ scope, plate, column, people, doc, actor }: AddCardProps) {
  const { t } = useTranslation();
  const [text, setText] = useDraft(draftKey(scope, plate, column.id, 'text'));
  const [detail, setDetail] = useDraft(draftKey(scope, plate, column.id, 'detail'));
  const field = useRef<HTMLTextAreaElement & HTMLInputElement>(null);
  const textId = `add-card-${plate}-${column.id}`;
  const detailId = useId();
  const hintId = useId();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!text.trim()) return;
    addCard(doc, { plate, column: column.id, text: text.trim(), detail: detail.trim(), author: actor.name, authorId: actor.authorId });
    setText('');
    setDetail('');
    // The button disables itself now the field is empty; the focus stays where the next answer is typed.
    field.current?.focus();
  };
  const left = MAX_CARD_TEXT - text.length;
  return (
    <form className="add-card" onSubmit={submit} data-add-card={column.id}>
      <label htmlFor={textId}>{people ? t('worksheet.personName') : t('worksheet.newCard')}</label>
      {people ? (
        <input id={textId} ref={field} value={text} maxLength={MAX_CARD_TEXT} onChange={(event) => setText(event.target.value)} />
      ) : (
        <textarea
          id={textId}
          ref={field}
          value={text}
          maxLength={MAX_CARD_TEXT}
          rows={2}
          aria-describedby={hintId}
          onChange={(event) => setText(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) submit(event);
          }}
        />
      )}
      {!people && <p id={hintId} className="add-card-hint pointer-only">{t('worksheet.submitHint')}</p>}
      {people && (
        <>
          <label htmlFor={detailId}>{t('worksheet.personRole')}</label>
          <input id={detailId} value={detail} maxLength={MAX_CARD_TEXT} onChange={(event) => setDetail(event.target.value)} />
        </>
      )}
      {left < 100 && <span className="characters-left" aria-live="polite">{t('worksheet.charactersLeft', { count: left })}</span>}
      <button type="submit" aria-disabled={!text.trim()}>{t('worksheet.add')}</button>
    </form>
  );
}
