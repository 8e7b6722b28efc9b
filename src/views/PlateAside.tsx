import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Plate } from '../../plates/types';
import { HandreikingPanel } from '../handreiking/HandreikingPanel';
import { AsideTabs } from './AsideTabs';

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
    <AsideTabs
      label={t('panel.label')}
      selected={tab}
      onSelect={setTab}
      tabs={[
        {
          id: 'handreiking',
          label: t('session.handreikingTab'),
          className: 'aside-handreiking',
          panel: <HandreikingPanel plate={plate} hotspotId={hotspotId} onOpen={open} />,
        },
        {
          id: 'worksheet',
          label: t('solo.tab'),
          ownKeys: true,
          panel: (
            <Suspense fallback={null}>
              <SoloWorksheet plate={plate} />
            </Suspense>
          ),
        },
      ]}
    />
  );
}
