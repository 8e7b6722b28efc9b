/**
 * The organiser's list of the schools linked to the event, by name or
 * anonymous, with when they linked; a school linked by mistake (or in jest)
 * can be removed. Fetched again whenever the totals change.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { eventLinks, EventApiError, removeLink, type EventErrorReason, type LinkedSchool } from './api';

export function LinkedSchools({ code, organiserKey, version }: { code: string; organiserKey: string; version: number | undefined }) {
  const { t, i18n } = useTranslation();
  const [links, setLinks] = useState<LinkedSchool[]>();
  const [error, setError] = useState<EventErrorReason>();
  const [changed, setChanged] = useState(0);
  useEffect(() => {
    let current = true;
    eventLinks(code, organiserKey).then(
      (found) => current && setLinks(found),
      (failure) => current && setError(failure instanceof EventApiError ? failure.reason : 'unknown'),
    );
    return () => {
      current = false;
    };
  }, [code, organiserKey, version, changed]);
  if (!links) return null;
  const time = (at: number) => new Date(at).toLocaleTimeString(i18n.language === 'en' ? 'en-GB' : 'nl-NL', { hour: '2-digit', minute: '2-digit' });
  return (
    <details className="sector-linked">
      <summary>{t('sector.linkedSchools', { count: links.length })}</summary>
      {links.length ? (
        <ul>
          {links.map((link) => (
            <li key={link.id} data-link={link.id}>
              {link.school ?? t('sector.link.anonymousName')} <span className="candidate-count">· {t('sector.linkedAt', { time: time(link.linkedAt) })}</span>{' '}
              <button
                type="button"
                onClick={() => {
                  if (!confirm(t('sector.removeConfirm'))) return;
                  removeLink(code, organiserKey, link.id).then(() => setChanged((count) => count + 1), (failure) => setError(failure instanceof EventApiError ? failure.reason : 'unknown'));
                }}
              >
                {t('sector.removeLink')}
              </button>
            </li>
          ))}
        </ul>
      ) : <p>{t('sector.noLinks')}</p>}
      {error && <p className="sector-error" role="alert">{t(`sector.errors.${error}`)}</p>}
    </details>
  );
}
