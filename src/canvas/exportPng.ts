import type Konva from 'konva';
import type { Plate } from '../../plates/types';
import { FULL_DETAIL, isDrawn, type Legibility } from '../engine/legibility';
import type { Language } from '../i18n';
import { PLATE_TEXT } from './levelOfDetail';

/** Long side of the downloaded image in pixels: sharp on a full-HD slide, even cropped. */
const EXPORT_LONG_SIDE = 4000;

/** The whole plate as a PNG, without markers and with all its text, whatever the current zoom. */
export function platePngDataUrl(stage: Konva.Stage, plate: Plate): string {
  const layer = stage.findOne<Konva.Layer>('.plate');
  if (!layer) throw new Error('plate layer missing');
  // A bitmap kept while the view moves would export blurred; draw from the vectors.
  for (const child of layer.getChildren()) child.clearCache();
  const scale = stage.scaleX();
  const pixelRatio = EXPORT_LONG_SIDE / (Math.max(plate.width, plate.height) * scale);
  // The view may hide text too small to read at its zoom; the download is the plate as printed.
  const texts = layer.find(`.${PLATE_TEXT}`);
  const shown = texts.map((node) => node.visible());
  for (const node of texts) node.visible(isDrawn(node.getAttr('legibility') as Legibility, FULL_DETAIL, 0));
  try {
    return layer.toDataURL({
      x: stage.x(),
      y: stage.y(),
      width: plate.width * scale,
      height: plate.height * scale,
      pixelRatio,
      mimeType: 'image/png',
    });
  } finally {
    texts.forEach((node, index) => node.visible(shown[index]));
  }
}

export function downloadPlatePng(stage: Konva.Stage, plate: Plate, language: Language): void {
  const link = document.createElement('a');
  link.href = platePngDataUrl(stage, plate);
  link.download = `${plate.number}-${plate.title[language].toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')}.png`;
  link.click();
}
