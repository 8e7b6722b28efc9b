import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../store/appStore';
import { createSession } from './api';
import { displayName, MAX_NAME_LENGTH, rememberFacilitatorKey, setDisplayName } from './identity';
import { importFits, ImportError, parseExport } from '../worksheets/exportFormat';
import { apiErrorKey } from './apiErrors';
import { pendingAnswers, requestInvite, startWithAnswers } from './invite';

export function StartSessionView() {
  const { t } = useTranslation();
  const navigate = useAppStore((state) => state.navigate);
  const [title, setTitle] = useState('');
  const [name, setName] = useState(displayName());
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const [answers, setAnswers] = useState(pendingAnswers);
  const [importMessage, setImportMessage] = useState('');
  const answerCount = answers?.worksheets.reduce((sum, sheet) => sum + sheet.columns.reduce((inner, column) => inner + column.cards.length, 0), 0) ?? 0;

  const importFile = async (file: File | undefined) => {
    if (!file) return;
    try {
      const parsed = parseExport(await file.text());
      // Refused as a whole, before anything is sent: a session cannot hold it.
      const { fits, bytes } = importFits(parsed);
      if (!fits) {
        setImportMessage(t('results.importTooBig', { megabytes: (bytes / 1024 / 1024).toFixed(1) }));
        return;
      }
      startWithAnswers(parsed);
      setAnswers(parsed);
      setImportMessage('');
    } catch (failure) {
      console.warn('import refused', failure);
      setImportMessage(t('results.importFailed', { error: t(failure instanceof ImportError ? `importErrors.${failure.problem}` : 'importErrors.unreadable') }));
    }
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError('');
    try {
      const { code, facilitatorKey } = await createSession(title.trim());
      rememberFacilitatorKey(code, facilitatorKey);
      setDisplayName(name);
      requestInvite(code, title.trim());
      navigate({ page: 'session', code });
    } catch (failure) {
      console.warn('starting a session failed', failure);
      setError(t('session.createFailed', { error: t(apiErrorKey(failure)) }));
      setBusy(false);
    }
  };

  return (
    <div className="form-page">
      <h1>{t('session.startTitle')}</h1>
      <p>{t('session.startIntro')}</p>
      <form onSubmit={submit} className="stacked-form">
        <label htmlFor="session-title">{t('session.titleLabel')}</label>
        <input id="session-title" value={title} maxLength={120} placeholder={t('session.titlePlaceholder')} onChange={(event) => setTitle(event.target.value)} required />
        <label htmlFor="facilitator-name">{t('session.yourName')}</label>
        <input id="facilitator-name" value={name} maxLength={MAX_NAME_LENGTH} autoComplete="nickname" onChange={(event) => setName(event.target.value)} required />
        <label htmlFor="import-answers">{t('results.import')}</label>
        <input id="import-answers" type="file" accept="application/json,.json" onChange={(event) => void importFile(event.target.files?.[0])} />
        {answerCount > 0 && <p role="status" data-import-count={answerCount}>{t('results.imported', { count: answerCount })}</p>}
        {importMessage && <p role="alert" className="form-error">{importMessage}</p>}
        <button type="submit" className="primary-button" disabled={busy}>{busy ? t('session.busy') : t('session.create')}</button>
        {error && <p role="alert" className="form-error">{error}</p>}
      </form>
    </div>
  );
}
