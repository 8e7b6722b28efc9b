import type Konva from 'konva';
import type { Plate } from '../../plates/types';
import type { Language } from '../i18n';

/** Long side of the downloaded image in pixels: sharp on a full-HD slide, even cropped. */
const EXPORT_LONG_SIDE = 4000;

/** The whole plate as a PNG, without markers, whatever the current zoom. */
export function platePngDataUrl(stage: Konva.Stage, plate: Plate): string {
  const layer = stage.findOne<Konva.Layer>('.plate');
  if (!layer) throw new Error('plate layer missing');
  // A bitmap kept while the view moves would export blurred; draw from the vectors.
  for (const child of layer.getChildren()) child.clearCache();
  const scale = stage.scaleX();
  const pixelRatio = EXPORT_LONG_SIDE / (Math.max(plate.width, plate.height) * scale);
  return layer.toDataURL({
    x: stage.x(),
    y: stage.y(),
    width: plate.width * scale,
    height: plate.height * scale,
    pixelRatio,
    mimeType: 'image/png',
  });
}

export function downloadPlatePng(stage: Konva.Stage, plate: Plate, language: Language): void {
  const link = document.createElement('a');
  link.href = platePngDataUrl(stage, plate);
  link.download = `${plate.number}-${plate.title[language].toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')}.png`;
  link.click();
}
