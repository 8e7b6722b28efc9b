import { useTranslation } from 'react-i18next';
import * as Y from 'yjs';
import { plates } from '../../plates';
import type { Plate } from '../../plates/types';
import type { Language } from '../i18n';
import { buildExport } from '../worksheets/exportFormat';
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
  if (!doc) return null;
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
    </div>
  );
}
