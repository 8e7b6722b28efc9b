import { memo } from 'react';
import { Circle, Group, Line, Rect, Text } from 'react-konva';
import type { Hotspot, Plate, Region } from '../../plates/types';
import { FULL_DETAIL, isDrawn } from '../engine/legibility';
import type { Language } from '../i18n';
import { PLATE_TEXT } from './levelOfDetail';
import { layoutRegion, markerFontSize, markerIn, PLATE_FONT } from './regionLayout';

function RegionShape({ region }: { region: Region }) {
  if (region.kind === 'arrow') {
    const { x, y, width: w, height: h } = region;
    const head = Math.min(h / 2, w / 3);
    return (
      <Line
        closed
        points={[x, y + h * 0.2, x + w - head, y + h * 0.2, x + w - head, y, x + w, y + h / 2, x + w - head, y + h, x + w - head, y + h * 0.8, x, y + h * 0.8]}
        fill={region.fill}
        stroke={region.stroke}
        strokeWidth={region.stroke ? 2 : 0}
      />
    );
  }
  if (!region.fill && !region.stroke) return null;
  return (
    <Rect
      x={region.x}
      y={region.y}
      width={region.width}
      height={region.height}
      fill={region.fill}
      stroke={region.stroke}
      strokeWidth={region.stroke ? 3 : 0}
      cornerRadius={region.radius ?? (region.kind === 'block' ? 12 : 0)}
    />
  );
}

/**
 * The static poster: backgrounds, bands, blocks and their text, drawn in full
 * (as printed); a plate view hides what is too small to read with
 * `createLevelOfDetail`. Never listens to events.
 */
export const PlateDrawing = memo(function PlateDrawing({ plate, language }: { plate: Plate; language: Language }) {
  return (
    <Group>
      <Rect x={0} y={0} width={plate.width} height={plate.height} fill={plate.background} />
      {plate.regions.map((region) => {
        const layout = layoutRegion(region, language, markerIn(region, plate));
        return (
          <Group key={region.id}>
            <RegionShape region={region} />
            {layout.pieces.map((piece) => (
              <Text
                key={piece.key}
                name={PLATE_TEXT}
                {...{ legibility: piece.legibility }}
                visible={isDrawn(piece.legibility, FULL_DETAIL, 0)}
                x={piece.x}
                y={piece.y}
                width={piece.width}
                text={piece.text}
                fontSize={piece.fontSize}
                fontStyle={piece.fontStyle}
                fontFamily={PLATE_FONT}
                lineHeight={piece.lineHeight}
                align={piece.align}
                fill={region.color ?? '#1f1a2e'}
                wrap="word"
              />
            ))}
          </Group>
        );
      })}
    </Group>
  );
});

export function overflowingRegions(plate: Plate, language: Language): string[] {
  return plate.regions
    .filter((region) => layoutRegion(region, language, markerIn(region, plate)).overflows)
    .map((region) => region.id);
}

interface MarkersProps {
  hotspots: readonly Hotspot[];
  /** The plate's marker radius (`markerRadius`). */
  radius: number;
  activeId?: string;
  highlightId?: string;
}

/** Numbered markers for the hotspots, with an outline on the highlighted and the opened one. */
export function HotspotMarkers({ hotspots, radius, activeId, highlightId }: MarkersProps) {
  const fontSize = markerFontSize(radius);
  return (
    <Group>
      {hotspots.map((hotspot) => {
        const { x, y, width, height } = hotspot.shape;
        const active = hotspot.id === activeId;
        const highlighted = hotspot.id === highlightId;
        return (
          <Group key={hotspot.id}>
            {(active || highlighted) && (
              <Rect
                x={x - 4}
                y={y - 4}
                width={width + 8}
                height={height + 8}
                cornerRadius={14}
                stroke={active ? '#c8501e' : '#1b4f9c'}
                strokeWidth={active ? 6 : 5}
                dash={active ? undefined : [14, 8]}
              />
            )}
            <Circle
              x={x + radius + 4}
              y={y + radius + 4}
              radius={radius}
              fill={active ? '#c8501e' : highlighted ? '#1b4f9c' : '#2b1d45'}
              stroke="#ffffff"
              strokeWidth={3}
              perfectDrawEnabled={false}
            />
            <Text
              x={x + 4}
              y={y + 4}
              width={radius * 2}
              height={radius * 2}
              text={String(hotspot.order)}
              align="center"
              verticalAlign="middle"
              fontSize={fontSize}
              fontStyle="bold"
              fontFamily={PLATE_FONT}
              fill="#ffffff"
            />
          </Group>
        );
      })}
    </Group>
  );
}
