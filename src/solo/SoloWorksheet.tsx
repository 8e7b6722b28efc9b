import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import * as Y from 'yjs';
import { plates } from '../../plates';
import type { Plate } from '../../plates/types';
import type { Language } from '../i18n';
import { buildExport, ImportError, importInto, parseExport } from '../worksheets/exportFormat';
import { authorId, displayName } from '../session/identity';
import { startWithAnswers } from '../session/invite';
import { useAppStore } from '../store/appStore';
import { readControl } from '../worksheets/control';
import { WorksheetPanel } from '../worksheets/WorksheetPanel';
import { useSoloDoc } from './soloWork';

/** Solo work has no facilitator settings: nothing locked, hidden or voted. */
export const SOLO_CONTROL = readControl(new Y.Doc());

export function SoloWorksheet({ plate }: { plate: Plate }) {
  const { t, i18n } = useTranslation();
  const navigate = useAppStore((state) => state.navigate);
  const doc = useSoloDoc();
  const importId = useId();
  const [importMessage, setImportMessage] = useState('');
  if (!doc) return null;
  // An export (of a session, or of solo work elsewhere) adds its answers to one's own.
  const importFile = async (file: File | undefined) => {
    if (!file) return;
    try {
      const count = importInto(doc, parseExport(await file.text()), plates, authorId());
      setImportMessage(t('solo.imported', { count }));
    } catch (failure) {
      console.warn('import refused', failure);
      setImportMessage(t('results.importFailed', { error: t(failure instanceof ImportError ? `importErrors.${failure.problem}` : 'importErrors.unreadable') }));
    }
  };
  const startSession = () => {
    startWithAnswers(buildExport(doc, SOLO_CONTROL, plates, i18n.language as Language, { title: '' }));
    navigate({ page: 'start' });
  };
  return (
    <div className="solo-worksheet">
      <p className="solo-intro">{t('solo.intro')}</p>
      <WorksheetPanel plate={plate} doc={doc} control={SOLO_CONTROL} scope="solo" actor={{ name: displayName() || t('solo.name'), authorId: authorId(), isFacilitator: true }} />
      <div className="solo-actions">
        <button type="button" onClick={() => navigate({ page: 'results' })}>{t('solo.results')}</button>
        <button type="button" onClick={startSession}>{t('solo.startSession')}</button>
      </div>
      <div className="solo-import">
        <label htmlFor={importId}>{t('solo.import')}</label>
        <input id={importId} type="file" accept="application/json,.json" onChange={(event) => void importFile(event.target.files?.[0])} />
        {importMessage && <p role="status">{importMessage}</p>}
      </div>
    </div>
  );
}
