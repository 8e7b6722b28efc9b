import { useState } from 'react';
import { apiErrorKey } from './apiErrors';
import { useTranslation } from 'react-i18next';
import type { LiveSession } from './liveSession';

/**
 * What went wrong between this browser and the server, in plain words: a
 * change the server refused, a session the server does not know (with restore
 * for the facilitator), a full session, a message too large to send.
 */
export function SessionTrouble({ session, title }: { session: LiveSession; title: string }) {
  const { t } = useTranslation();
  const status = session.status;
  return (
    <>
      {session.refusal && (
        <div className="session-trouble refusal" role="alert" data-refusal={session.refusal.reason}>
          <p>
            {t(`refusal.${session.refusal.reason}`, { defaultValue: t('refusal.shape') })}
            {session.refusal.mended && ` ${t('refusal.mended')}`}
          </p>
          <button type="button" aria-label={t('refusal.dismiss')} onClick={() => session.dismissRefusal()}>×</button>
        </div>
      )}
      {status === 'unknown' && <UnknownSession session={session} title={title} />}
      {status === 'full' && <p className="session-trouble" role="status">{t('trouble.full')}</p>}
      {status === 'benched' && <p className="session-trouble" role="alert">{t('trouble.benched')}</p>}
      {status === 'too-big' && (
        <div className="session-trouble" role="alert">
          <p>{t('trouble.tooBig')}</p>
          <button type="button" onClick={() => session.reconnect()}>{t('trouble.retry')}</button>
        </div>
      )}
    </>
  );
}

function UnknownSession({ session, title }: { session: LiveSession; title: string }) {
  const { t } = useTranslation();
  const [state, setState] = useState<{ busy?: boolean; error?: string }>({});
  const restore = () => {
    setState({ busy: true });
    session.restore(title).then(() => setState({}), (error: unknown) => {
      console.warn('restoring the session failed', error);
      setState({ error: t(apiErrorKey(error)) });
    });
  };
  return (
    <div className="session-trouble" role="alert" data-trouble="unknown">
      <p><strong>{t('trouble.unknownTitle')}</strong></p>
      <p>{t('trouble.unknownHelp')}</p>
      {session.isFacilitator && (
        <>
          <p>{t('trouble.unknownFacilitator')}</p>
          <button type="button" onClick={restore} disabled={state.busy}>{state.busy ? t('trouble.restoring') : t('trouble.restore')}</button>
          {state.error && <p className="form-error">{t('trouble.restoreFailed', { error: state.error })}</p>}
        </>
      )}
    </div>
  );
}
