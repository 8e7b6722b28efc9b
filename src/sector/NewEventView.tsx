/** /sector: the organiser names a bijeenkomst and gets its code; the key stays in this browser. */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../store/appStore';
import { createEvent, EventApiError, storeOrganiserKey, type EventErrorReason } from './api';

export function NewEventView() {
  const { t } = useTranslation();
  const navigate = useAppStore((state) => state.navigate);
  const [title, setTitle] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<EventErrorReason>();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      const created = await createEvent(title);
      storeOrganiserKey(created.code, created.organiserKey);
      navigate({ page: 'sector', code: created.code });
    } catch (failure) {
      setError(failure instanceof EventApiError ? failure.reason : 'unknown');
      setBusy(false);
    }
  };
  return (
    <div className="sector-page sector-new">
      <h1 tabIndex={-1}>{t('sector.newTitle')}</h1>
      <p>{t('sector.newIntro')}</p>
      <form onSubmit={submit} className="sector-form">
        <label htmlFor="event-title">{t('sector.eventTitle')}</label>
        <input id="event-title" value={title} maxLength={120} placeholder={t('sector.eventTitlePlaceholder')} onChange={(event) => setTitle(event.target.value)} />
        <button type="submit" disabled={busy}>{busy ? t('sector.busy') : t('sector.create')}</button>
      </form>
      {error && <p className="sector-error" role="alert">{t(`sector.errors.${error}`)}</p>}
    </div>
  );
}
