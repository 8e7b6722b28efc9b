import { Layer, Stage } from 'react-konva';
import type { Plate } from '../../plates/types';
import { PlateDrawing } from '../canvas/PlateDrawing';
import type { Language } from '../i18n';

/** A small drawing of the whole plate for the home page; decorative, the card carries the name. */
export function PlateThumbnail({ plate, language, width }: { plate: Plate; language: Language; width: number }) {
  const scale = width / plate.width;
  return (
    <div className="plate-thumbnail" aria-hidden="true">
      <Stage width={width} height={Math.round(plate.height * scale)} scaleX={scale} scaleY={scale} listening={false}>
        <Layer listening={false}>
          <PlateDrawing plate={plate} language={language} />
        </Layer>
      </Stage>
    </div>
  );
}
