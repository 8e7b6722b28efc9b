/**
 * Where the text of a region goes: title, body and bullet items stacked inside
 * the region's padding. Measured with Konva's own text layout so what we
 * measure is what gets drawn; regions whose text does not fit are reported.
 */
import Konva from 'konva';
import type { Hotspot, Plate, Rect, Region } from '../../plates/types';
import { inside, sameBox } from '../engine/geometry';
import type { Legibility } from '../engine/legibility';
import type { Language } from '../i18n';

export const PLATE_FONT = '"Liberation Sans", Arial, Helvetica, sans-serif';

/** The radius of a hotspot's numbered marker on a plate of the usual 1600 x 1000 units. */
const MARKER_RADIUS = 20;

/**
 * Markers grow with the plate, so their numbers are as legible at the fitted
 * view on a large plate as on the usual one.
 */
export function markerRadius(plate: Pick<Plate, 'width' | 'height'>): number {
  return Math.round(MARKER_RADIUS * Math.max(1, plate.width / 1600, plate.height / 1000));
}

/** The marker's number, in plate units. */
export function markerFontSize(radius: number): number {
  return Math.round(radius * 1.05);
}

export interface TextPiece {
  key: string;
  text: string;
  x: number;
  y: number;
  width: number;
  fontSize: number;
  fontStyle: 'bold' | 'normal';
  lineHeight: number;
  align: 'left' | 'center';
  /** When it is drawn (semantic zoom): its size, and for a stand-in the detail it gives way to. */
  legibility: Legibility;
}

export interface RegionLayout {
  pieces: TextPiece[];
  /** True when the text needs more room than the region has. */
  overflows: boolean;
}

const measurer = typeof document === 'undefined' ? undefined : new Konva.Text({ fontFamily: PLATE_FONT, wrap: 'word' });

function measureHeight(piece: TextPiece): number {
  if (!measurer) return piece.fontSize * piece.lineHeight;
  measurer.setAttrs({
    text: piece.text,
    width: piece.width,
    fontSize: piece.fontSize,
    fontStyle: piece.fontStyle,
    lineHeight: piece.lineHeight,
  });
  return measurer.height();
}

/** The radius of the marker drawn in this region's corner, or 0 when no hotspot covers exactly this region. */
export function markerIn(region: Region, plate: Pick<Plate, 'width' | 'height' | 'hotspots'>): number {
  return plate.hotspots.some(({ shape }: Hotspot) => sameBox(shape, region)) ? markerRadius(plate) : 0;
}

/** The font sizes a region prints its title and its body and items in. */
function textSizes(region: Region): number[] {
  const isBand = region.kind === 'layer' || region.kind === 'column';
  return [
    ...(region.title ? [region.titleSize ?? (isBand ? 30 : 26)] : []),
    ...(region.body || region.items?.length ? [region.bodySize ?? 18] : []),
  ];
}

/** The smallest text printed inside `box` (a hotspot's part), or undefined when it holds none. */
export function smallestTextIn(plate: Pick<Plate, 'regions'>, box: Rect): number | undefined {
  const sizes = plate.regions.filter((region) => inside(box, region)).flatMap(textSizes);
  return sizes.length ? Math.min(...sizes) : undefined;
}

/**
 * Title, body and items stacked from the top. A region's `summary` is a stand-in
 * laid out where the body begins, drawn only while the body is too small to
 * read; the body never moves, so nothing jumps when the detail appears.
 */
export function layoutRegion(region: Region, language: Language, marker: number): RegionLayout {
  const padding = region.padding ?? 16;
  const align = region.align ?? 'left';
  const isBand = region.kind === 'layer' || region.kind === 'column';
  const [titleSize, bodySize] = [region.titleSize ?? (isBand ? 30 : 26), region.bodySize ?? 18];
  const innerWidth = region.width - 2 * padding;
  const pieces: TextPiece[] = [];
  let y = region.y + padding;
  const left = region.x + padding;

  const markerSpace = marker ? marker * 2 + 10 : 0;
  if (region.title) {
    const indent = marker ? markerSpace - padding + 4 : 0;
    const piece: TextPiece = {
      key: 'title', text: region.title[language], x: left + Math.max(0, indent), y,
      width: innerWidth - Math.max(0, indent), fontSize: titleSize, fontStyle: 'bold', lineHeight: 1.15, align,
      legibility: { size: titleSize },
    };
    pieces.push(piece);
    y += Math.max(measureHeight(piece), marker ? markerSpace - padding : 0) + 8;
  } else if (marker) {
    y += markerSpace - padding;
  }
  if (region.summary && (region.body || region.items)) {
    const size = region.summarySize ?? titleSize;
    pieces.push({
      key: 'summary', text: region.summary[language], x: left, y, width: innerWidth,
      fontSize: size, fontStyle: 'normal', lineHeight: 1.2, align,
      legibility: { size, standsInFor: bodySize },
    });
  }
  if (region.body) {
    const piece: TextPiece = {
      key: 'body', text: region.body[language], x: left, y, width: innerWidth,
      fontSize: bodySize, fontStyle: 'normal', lineHeight: 1.3, align, legibility: { size: bodySize },
    };
    pieces.push(piece);
    y += measureHeight(piece) + 6;
  }
  region.items?.forEach((item, index) => {
    const piece: TextPiece = {
      key: `item-${index}`, text: `•  ${item[language]}`, x: left, y, width: innerWidth,
      fontSize: bodySize, fontStyle: 'normal', lineHeight: 1.3, align: 'left', legibility: { size: bodySize },
    };
    pieces.push(piece);
    y += measureHeight(piece) + 4;
  });
  // Bands only need room for their heading; their blocks are separate regions.
  const summary = pieces.find((piece) => piece.key === 'summary');
  const used = Math.max(
    isBand ? (pieces[0] ? pieces[0].y + measureHeight(pieces[0]) : y) : y - 4,
    summary ? summary.y + measureHeight(summary) : 0,
  );
  return { pieces, overflows: used > region.y + region.height + 1 };
}
