/**
 * The facilitator's part of a bijeenkomst: link this session to an event
 * with its code, under the school's name or anonymously, and unlink it. The
 * server checks the facilitator's key; only the session's totals are shared.
 */
import { useEffect, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { EventApiError, linkSession, sessionEvent, unlinkSession, type EventErrorReason, type SessionEvent } from './api';

/** Told when this browser links or unlinks a session, so the notice beside the worksheet follows at once. */
export const LINK_CHANGED = 'praatplaten:event-link';

/** `facilitatorKey`: this browser's key for the session, if it has one (the server checks it). */
export function EventLinkControls({ code, facilitatorKey: key }: { code: string; facilitatorKey: string | undefined }) {
  const { t } = useTranslation();
  const id = useId();
  const [link, setLink] = useState<SessionEvent>();
  const [eventCode, setEventCode] = useState('');
  const [named, setNamed] = useState(false);
  const [school, setSchool] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<EventErrorReason>();
  useEffect(() => {
    sessionEvent(code).then(setLink, () => setLink({ event: null, school: null }));
  }, [code]);
  if (!key || !link) return null;
  const act = async (action: () => Promise<SessionEvent | void>) => {
    setBusy(true);
    setError(undefined);
    try {
      setLink((await action()) ?? { event: null, school: null });
      window.dispatchEvent(new Event(LINK_CHANGED));
    } catch (failure) {
      setError(failure instanceof EventApiError ? failure.reason : 'unknown');
    } finally {
      setBusy(false);
    }
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void act(() => linkSession(code, key, eventCode.trim(), named ? school : ''));
  };
  return (
    <fieldset className="control-group event-link" data-control-group="event">
      <legend>{t('sector.link.title')}</legend>
      {link.event ? (
        <div className="control-row">
          <p className="event-linked" role="status">
            {t('sector.link.linked', { title: link.event.title || link.event.code, code: link.event.code, school: link.school ?? t('sector.link.anonymousName') })}
          </p>
          <button type="button" disabled={busy} onClick={() => void act(() => unlinkSession(code, key))}>{t('sector.link.unlink')}</button>
        </div>
      ) : (
        <form onSubmit={submit} className="event-link-form">
          <p className="control-hint">{t('sector.link.intro')}</p>
          <div className="control-row">
            <label htmlFor={`${id}-code`}>{t('sector.link.code')}</label>
            <input id={`${id}-code`} name="event-code" value={eventCode} size={8} autoComplete="off" required onChange={(event) => setEventCode(event.target.value)} />
          </div>
          <div className="control-row" role="radiogroup" aria-label={t('sector.link.school')}>
            <label><input type="radio" name={`${id}-named`} value="anonymous" checked={!named} onChange={() => setNamed(false)} /> {t('sector.link.anonymous')}</label>
            <label><input type="radio" name={`${id}-named`} value="named" checked={named} onChange={() => setNamed(true)} /> {t('sector.link.named')}</label>
          </div>
          {named && (
            <div className="control-row">
              <label htmlFor={`${id}-school`}>{t('sector.link.school')}</label>
              <input id={`${id}-school`} name="school" value={school} maxLength={80} required onChange={(event) => setSchool(event.target.value)} />
            </div>
          )}
          <div className="control-row">
            <button type="submit" disabled={busy}>{t('sector.link.submit')}</button>
          </div>
        </form>
      )}
      {error && <p className="sector-error" role="alert">{t(`sector.errors.${error}`)}</p>}
    </fieldset>
  );
}
