import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Plate } from '../../plates/types';
import { HandreikingPanel } from '../handreiking/HandreikingPanel';

// Solo work brings Yjs and IndexedDB storage: loaded when the worksheet tab is opened.
const SoloWorksheet = lazy(() => import('../solo/SoloWorksheet').then((module) => ({ default: module.SoloWorksheet })));

interface PlateAsideProps {
  plate: Plate;
  hotspotId?: string;
  open: (hotspotId: string | undefined) => void;
}

/** Beside a plate outside a session: the handreiking text, and the worksheet to fill in alone. */
export function PlateAside({ plate, hotspotId, open }: PlateAsideProps) {
  const { t } = useTranslation();
  const [tab, setTab] = useState<'handreiking' | 'worksheet'>('handreiking');
  if (!plate.worksheet) return <HandreikingPanel plate={plate} hotspotId={hotspotId} onOpen={open} />;
  return (
    <div className="session-aside">
      <div className="aside-tabs" role="tablist" aria-label={t('panel.label')}>
        <button type="button" role="tab" id="tab-handreiking" aria-controls="panel-handreiking" aria-selected={tab === 'handreiking'} onClick={() => setTab('handreiking')}>
          {t('session.handreikingTab')}
        </button>
        <button type="button" role="tab" id="tab-worksheet" aria-controls="panel-worksheet" aria-selected={tab === 'worksheet'} onClick={() => setTab('worksheet')}>
          {t('solo.tab')}
        </button>
      </div>
      {tab === 'handreiking' ? (
        <div role="tabpanel" id="panel-handreiking" aria-labelledby="tab-handreiking" className="aside-panel aside-handreiking">
          <HandreikingPanel plate={plate} hotspotId={hotspotId} onOpen={open} />
        </div>
      ) : (
        <div role="tabpanel" id="panel-worksheet" aria-labelledby="tab-worksheet" className="aside-panel" data-own-keys>
          <Suspense fallback={null}>
            <SoloWorksheet plate={plate} />
          </Suspense>
        </div>
      )}
    </div>
  );
}
