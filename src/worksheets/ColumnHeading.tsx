import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

interface ColumnHeadingProps {
  title: string;
  count: number;
  rewordable: boolean;
  onReword: (wording: string) => void;
}

/** A worksheet question with its number of answers; the facilitator may word it for this session. */
export function ColumnHeading({ title, count, rewordable, onReword }: ColumnHeadingProps) {
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
