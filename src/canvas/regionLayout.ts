/**
 * Where the text of a region goes: title, body and bullet items stacked inside
 * the region's padding. Measured with Konva's own text layout so what we
 * measure is what gets drawn; regions whose text does not fit are reported.
 */
import Konva from 'konva';
import type { Hotspot, Region } from '../../plates/types';
import { sameBox } from '../engine/geometry';
import type { Language } from '../i18n';

export const PLATE_FONT = '"Liberation Sans", Arial, Helvetica, sans-serif';

/** Space kept free for a hotspot's numbered marker in the region's top-left corner. */
export const MARKER_RADIUS = 20;
const MARKER_SPACE = MARKER_RADIUS * 2 + 10;

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

export function hasMarker(region: Region, hotspots: readonly Hotspot[]): boolean {
  return hotspots.some(({ shape }) => sameBox(shape, region));
}

export function layoutRegion(region: Region, language: Language, marker: boolean): RegionLayout {
  const padding = region.padding ?? 16;
  const align = region.align ?? 'left';
  const isBand = region.kind === 'layer' || region.kind === 'column';
  const titleSize = region.titleSize ?? (isBand ? 30 : 26);
  const bodySize = region.bodySize ?? 18;
  const innerWidth = region.width - 2 * padding;
  const pieces: TextPiece[] = [];
  let y = region.y + padding;
  const left = region.x + padding;

  if (region.title) {
    const indent = marker ? MARKER_SPACE - padding + 4 : 0;
    const piece: TextPiece = {
      key: 'title', text: region.title[language], x: left + Math.max(0, indent), y,
      width: innerWidth - Math.max(0, indent), fontSize: titleSize, fontStyle: 'bold', lineHeight: 1.15, align,
    };
    pieces.push(piece);
    y += Math.max(measureHeight(piece), marker ? MARKER_SPACE - padding : 0) + 8;
  } else if (marker) {
    y += MARKER_SPACE - padding;
  }
  if (region.body) {
    const piece: TextPiece = {
      key: 'body', text: region.body[language], x: left, y, width: innerWidth,
      fontSize: bodySize, fontStyle: 'normal', lineHeight: 1.3, align,
    };
    pieces.push(piece);
    y += measureHeight(piece) + 6;
  }
  region.items?.forEach((item, index) => {
    const piece: TextPiece = {
      key: `item-${index}`, text: `•  ${item[language]}`, x: left, y, width: innerWidth,
      fontSize: bodySize, fontStyle: 'normal', lineHeight: 1.3, align: 'left',
    };
    pieces.push(piece);
    y += measureHeight(piece) + 4;
  });
  // Bands only need room for their heading; their blocks are separate regions.
  const used = isBand ? (pieces[0] ? pieces[0].y + measureHeight(pieces[0]) : y) : y - 4;
  return { pieces, overflows: used > region.y + region.height + 1 };
}
