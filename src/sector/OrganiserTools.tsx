/** The organiser's tools on the sector view: the linked schools, a read-only link for the projector and laptops, the organiser link, deleting the event. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../store/appStore';
import { createReaderLink, deleteEvent, EventApiError, storeOrganiserKey, type EventErrorReason } from './api';
import { LinkedSchools } from './LinkedSchools';

export function OrganiserTools({ code, organiserKey, version }: { code: string; organiserKey: string | undefined; version: number | undefined }) {
  const { t } = useTranslation();
  const navigate = useAppStore((state) => state.navigate);
  const [readerLink, setReaderLink] = useState<string>();
  const [error, setError] = useState<EventErrorReason>();
  if (!organiserKey) return null;
  const fail = (failure: unknown) => setError(failure instanceof EventApiError ? failure.reason : 'unknown');
  return (
    <div className="sector-organiser">
      <h3>{t('sector.organiserTitle')}</h3>
      <LinkedSchools code={code} organiserKey={organiserKey} version={version} />
      <div className="control-row">
        <button type="button" data-make-reader-link onClick={() => createReaderLink(code, organiserKey).then((token) => setReaderLink(`${location.origin}/sector/${code}#r=${encodeURIComponent(token)}`), fail)}>
          {t('sector.readerLink')}
        </button>
      </div>
      {readerLink && (
        <p className="sector-link">
          <label htmlFor="reader-link">{t('sector.readerLinkLabel')}</label>
          <input id="reader-link" readOnly value={readerLink} onFocus={(event) => event.currentTarget.select()} />
        </p>
      )}
      <details>
        <summary>{t('sector.organiserLink')}</summary>
        <input aria-label={t('sector.organiserLink')} readOnly value={`${location.origin}/sector/${code}#k=${encodeURIComponent(organiserKey)}`} onFocus={(event) => event.currentTarget.select()} />
      </details>
      <div className="danger-zone">
        <button
          type="button"
          className="danger-button"
          onClick={() => {
            if (!confirm(t('sector.deleteConfirm'))) return;
            deleteEvent(code, organiserKey).then(() => {
              storeOrganiserKey(code, undefined);
              navigate({ page: 'sector' });
            }, fail);
          }}
        >
          {t('sector.deleteEvent')}
        </button>
      </div>
      {error && <p className="sector-error" role="alert">{t(`sector.errors.${error}`)}</p>}
    </div>
  );
}
