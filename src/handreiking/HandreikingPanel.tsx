import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Plate } from '../../plates/types';
import type { Language } from '../i18n';
import { LazySectionText as SectionText } from './LazySectionText';
import { tourNeighbours } from './tour';

interface PanelProps {
  plate: Plate;
  hotspotId?: string;
  onOpen: (hotspotId: string | undefined) => void;
}

/** The handreiking text beside the plate: the opened hotspot's sections, or the plate's introduction. */
export function HandreikingPanel({ plate, hotspotId, onOpen }: PanelProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const headingRef = useRef<HTMLHeadingElement>(null);
  const scrollRef = useRef<HTMLDivElement>(null);
  const hotspot = plate.hotspots.find((candidate) => candidate.id === hotspotId);
  const { previous, next, first } = tourNeighbours(plate, hotspotId);

  useEffect(() => {
    scrollRef.current?.scrollTo({ top: 0 });
  }, [hotspotId]);

  return (
    <aside className="handreiking-panel" aria-label={t('panel.label')} data-own-keys>
      <div className="panel-scroll" ref={scrollRef}>
        {hotspot ? (
          <>
            <p className="panel-kicker">{t('panel.stepOf', { order: hotspot.order, count: plate.hotspots.length })}</p>
            <h2 ref={headingRef} className="panel-title" tabIndex={-1}>
              <span className="panel-number" aria-hidden="true">{hotspot.order}</span>
              {hotspot.label[language]}
            </h2>
            {hotspot.sections.map((id) => <SectionText key={id} id={id} shownTitle={hotspot.label[language]} />)}
          </>
        ) : (
          <>
            <p className="panel-kicker">{t('panel.introduction')}</p>
            <h2 className="panel-title">{plate.title[language]}</h2>
            <SectionText id={plate.intro} shownTitle={plate.title[language]} />
            {plate.tip && (
              <button type="button" className="tip-button" onClick={() => onOpen(plate.tip!.startAt)}>
                {plate.tip.label[language]}
              </button>
            )}
            {first && (
              <button type="button" className="primary-button" onClick={() => onOpen(first.id)}>
                {t('panel.startTour')}
              </button>
            )}
            {plate.exercise && (
              <div className="exercise">
                <SectionText id={plate.exercise} />
              </div>
            )}
          </>
        )}
      </div>
      {hotspot && (
        <nav className="panel-nav" aria-label={t('panel.label')}>
          <button type="button" onClick={() => onOpen(previous?.id)} disabled={!previous}>
            ← {t('panel.previous')}
          </button>
          <button type="button" onClick={() => onOpen(undefined)}>{t('panel.introduction')}</button>
          <button type="button" onClick={() => onOpen(next?.id)} disabled={!next}>
            {t('panel.next')} →
          </button>
        </nav>
      )}
    </aside>
  );
}
