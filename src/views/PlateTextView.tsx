import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Hotspot, Plate } from '../../plates/types';
import { sameBox } from '../engine/geometry';
import { plateOutline, type OutlineNode } from '../engine/plateOutline';
import type { Language } from '../i18n';

interface TextViewProps {
  plate: Plate;
  activeHotspotId?: string;
  onOpen: (hotspotId: string) => void;
}

const HEADINGS = ['h3', 'h4', 'h5', 'h6'] as const;

/**
 * The plate as structured text, nested as the plate is: bands (layers,
 * columns, levels, werksporen) become headings with their blocks under them,
 * and every hotspot a button, for screen readers and keyboard users.
 */
export function PlateTextView({ plate, activeHotspotId, onOpen }: TextViewProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const hotspotsOf = useMemo(
    () => new Map(plate.regions.map((region) => [region, plate.hotspots.filter((hotspot) => sameBox(region, hotspot.shape))])),
    [plate],
  );
  const outline = useMemo(
    () => plateOutline(plate, new Set(plate.regions.filter((region) => hotspotsOf.get(region)!.length > 0))),
    [plate, hotspotsOf],
  );
  const placed = new Set(outline.flatMap(function ids(node): string[] {
    return [...(node.asGroup ? [] : hotspotsOf.get(node.region)!.map((hotspot) => hotspot.id)), ...node.children.flatMap(ids)];
  }));

  const hotspotButton = (hotspot: Hotspot) => (
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

  const renderNode = (node: OutlineNode, depth: number) => {
    const { region } = node;
    const Heading = HEADINGS[Math.min(depth, HEADINGS.length - 1)];
    const key = `${node.asGroup ? 'group-' : ''}${region.id}`;
    if (region.kind === 'label' && node.children.length === 0) {
      return (
        <div key={key} className="text-region text-region-label">
          {region.title && <p className="text-label">{region.title[language]}</p>}
          {region.body && <p>{region.body[language]}</p>}
          {region.items && <ul>{region.items.map((item, index) => <li key={index}>{item[language]}</li>)}</ul>}
        </div>
      );
    }
    return (
      <section key={key} className={`text-region text-region-${region.kind}`}>
        {region.title && <Heading>{region.title[language]}</Heading>}
        {!node.asGroup && region.body && <p>{region.body[language]}</p>}
        {!node.asGroup && region.items && <ul>{region.items.map((item, index) => <li key={index}>{item[language]}</li>)}</ul>}
        {!node.asGroup && hotspotsOf.get(region)!.map(hotspotButton)}
        {node.children.map((child) => renderNode(child, region.title ? depth + 1 : depth))}
      </section>
    );
  };

  const unplaced = [...plate.hotspots].sort((a, b) => a.order - b.order).filter((hotspot) => !placed.has(hotspot.id));

  return (
    <div className="plate-text-view" data-plate={plate.id}>
      <h2 className="visually-hidden">{t('plate.textView')}</h2>
      {outline.map((node) => renderNode(node, 0))}
      {unplaced.length > 0 && <div className="text-region">{unplaced.map(hotspotButton)}</div>}
    </div>
  );
}
