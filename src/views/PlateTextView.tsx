import { useTranslation } from 'react-i18next';
import type { Hotspot, Plate } from '../../plates/types';
import { sameBox } from '../engine/geometry';
import type { Language } from '../i18n';

interface TextViewProps {
  plate: Plate;
  activeHotspotId?: string;
  onOpen: (hotspotId: string) => void;
}

/**
 * The plate as structured text: bands become headings, blocks sub-headings,
 * and every hotspot a button, for screen readers and keyboard users.
 */
export function PlateTextView({ plate, activeHotspotId, onOpen }: TextViewProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const placed = new Set<string>();

  const hotspotButton = (hotspot: Hotspot) => {
    placed.add(hotspot.id);
    return (
      <button
        key={hotspot.id}
        type="button"
        className="text-hotspot"
        aria-pressed={hotspot.id === activeHotspotId}
        onClick={() => onOpen(hotspot.id)}
      >
        {t('plate.hotspot', { order: hotspot.order, label: hotspot.label[language] })}
      </button>
    );
  };

  const regions = plate.regions.map((region) => {
    const hotspots = plate.hotspots.filter((hotspot) => sameBox(region, hotspot.shape));
    if (!region.title && !region.body && !region.items && hotspots.length === 0) return null;
    const Heading = region.kind === 'layer' || region.kind === 'column' ? 'h3' : 'h4';
    return (
      <div key={region.id} className={`text-region text-region-${region.kind}`}>
        {region.title && (region.kind === 'label' ? <p className="text-label">{region.title[language]}</p> : <Heading>{region.title[language]}</Heading>)}
        {region.body && <p>{region.body[language]}</p>}
        {region.items && <ul>{region.items.map((item, index) => <li key={index}>{item[language]}</li>)}</ul>}
        {hotspots.map(hotspotButton)}
      </div>
    );
  });
  const unplaced = [...plate.hotspots].sort((a, b) => a.order - b.order).filter((hotspot) => !placed.has(hotspot.id));

  return (
    <div className="plate-text-view" data-plate={plate.id}>
      <h2 className="visually-hidden">{t('plate.textView')}</h2>
      {regions}
      {unplaced.length > 0 && <div className="text-region">{unplaced.map(hotspotButton)}</div>}
    </div>
  );
}
