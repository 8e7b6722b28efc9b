import { useEffect, useState, type FormEvent } from 'react';
import { apiErrorKey } from './apiErrors';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../store/appStore';
import { cleanCode, findSession, SessionNotFound } from './api';
import { displayName, MAX_NAME_LENGTH, setDisplayName } from './identity';

/** Join with a code and a display name; nothing else is asked. */
export function JoinView({ code: givenCode, onJoined }: { code?: string; onJoined?: (name: string) => void }) {
  const { t } = useTranslation();
  const navigate = useAppStore((state) => state.navigate);
  const [code, setCode] = useState(givenCode ?? '');
  const [name, setName] = useState(displayName());
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');

  // A link or QR code brings the code along: say at once when it leads nowhere.
  useEffect(() => {
    if (!givenCode) return;
    let current = true;
    findSession(cleanCode(givenCode)).catch((failure: unknown) => {
      if (current && failure instanceof SessionNotFound) setError(t('session.notFound'));
    });
    return () => {
      current = false;
    };
  }, [givenCode, t]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const clean = cleanCode(code);
    setBusy(true);
    setError('');
    try {
      await findSession(clean);
      setDisplayName(name);
      if (onJoined) onJoined(name.trim());
      else navigate({ page: 'session', code: clean });
    } catch (failure) {
      console.warn('joining failed', failure);
      setError(failure instanceof SessionNotFound ? t('session.notFound') : t(apiErrorKey(failure)));
      setBusy(false);
    }
  };

  return (
    <div className="form-page">
      <h1>{t('session.joinTitle')}</h1>
      <p>{t('session.joinIntro')}</p>
      <form onSubmit={submit} className="stacked-form">
        <label htmlFor="join-code">{t('session.codeLabel')}</label>
        <input
          id="join-code"
          className="code-input"
          value={code}
          maxLength={12}
          autoCapitalize="characters"
          autoComplete="off"
          spellCheck={false}
          onChange={(event) => setCode(event.target.value)}
          required
          aria-describedby={error ? 'join-error' : undefined}
        />
        <label htmlFor="join-name">{t('session.nameLabel')}</label>
        <input id="join-name" value={name} maxLength={MAX_NAME_LENGTH} autoComplete="nickname" onChange={(event) => setName(event.target.value)} required />
        <button type="submit" className="primary-button" disabled={busy}>{busy ? t('session.busy') : t('session.joinButton')}</button>
        {error && (
          <div role="alert" id="join-error" className="form-error">
            <p><strong>{error}</strong></p>
            {error === t('session.notFound') && <p>{t('session.notFoundHelp')}</p>}
          </div>
        )}
      </form>
    </div>
  );
}
