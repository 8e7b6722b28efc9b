import { useEffect, useMemo, useRef, useState, type CSSProperties } from 'react';
import { Layer, Stage } from 'react-konva';
import type Konva from 'konva';
import { useTranslation } from 'react-i18next';
import type { Plate } from '../../plates/types';
import type { Camera } from '../engine/camera';
import type { Language } from '../i18n';
import { HotspotMarkers, overflowingRegions, PlateDrawing } from './PlateDrawing';
import { createLevelOfDetail } from './levelOfDetail';
import { createMotionCache } from './motionCache';
import { markerRadius } from './regionLayout';
import { usePlateInput } from './usePlateInput';

interface PlateCanvasProps {
  plate: Plate;
  camera: Camera;
  activeHotspotId?: string;
  onOpen: (hotspotId: string) => void;
  onUserMove?: () => void;
  onStage?: (stage: Konva.Stage | null) => void;
}

/**
 * The plate as a zoomable canvas. Konva draws the poster and the markers; a
 * transparent layer of real buttons sits on top, transformed with the same
 * viewport, so every hotspot is a focusable control with a visible focus.
 */
export function PlateCanvas({ plate, camera, activeHotspotId, onOpen, onUserMove, onStage }: PlateCanvasProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const [wrapper, setWrapper] = useState<HTMLDivElement | null>(null);
  const [size, setSize] = useState({ width: 0, height: 0 });
  const [highlightId, setHighlightId] = useState<string>();
  const stageRef = useRef<Konva.Stage>(null);
  const overlayRef = useRef<HTMLDivElement>(null);
  const tourOrder = useMemo(() => [...plate.hotspots].sort((a, b) => a.order - b.order), [plate]);
  const overflowing = useMemo(() => overflowingRegions(plate, language).join(' '), [plate, language]);

  usePlateInput(wrapper, camera, { onUserMove });

  useEffect(() => {
    if (!wrapper) return;
    // A new plate brings a new camera: give it the screen at once, so the route is applied to a real size.
    const rect = wrapper.getBoundingClientRect();
    camera.resize({ width: Math.round(rect.width), height: Math.round(rect.height) });
    // Focusing a hotspot must not scroll the wrapper (half the plate would go blank); the camera moves instead.
    const unscroll = () => {
      if (wrapper.scrollLeft || wrapper.scrollTop) wrapper.scrollTo(0, 0);
    };
    wrapper.addEventListener('scroll', unscroll);
    const observer = new ResizeObserver(([entry]) => {
      const width = Math.round(entry.contentRect.width);
      const height = Math.round(entry.contentRect.height);
      setSize({ width, height });
      camera.resize({ width, height });
    });
    observer.observe(wrapper);
    return () => {
      observer.disconnect();
      wrapper.removeEventListener('scroll', unscroll);
    };
  }, [wrapper, camera]);

  // A hotspot reached with Tab outside the view brings the camera to it.
  const bringIntoView = (hotspot: Plate['hotspots'][number]) => {
    if (camera.shows(hotspot.shape)) return;
    camera.flyTo(hotspot.shape, 0);
    onUserMove?.();
  };

  useEffect(() => {
    let settle = 0;
    let first = true;
    const drawing = () => stageRef.current?.findOne<Konva.Layer>('.plate')?.getChildren()[0] as Konva.Group | undefined;
    // Semantic zoom: the texts legible at the new zoom are switched once the view settles,
    // while the bitmap of the motion cache is dropped anyway; never during a movement.
    const levelOfDetail = createLevelOfDetail(drawing);
    const motionCache = createMotionCache(drawing, 200, () => levelOfDetail.show(camera.current.scale));
    const apply = ({ x, y, scale }: { x: number; y: number; scale: number }) => {
      const stage = stageRef.current;
      if (stage) {
        if (first) levelOfDetail.show(scale);
        else motionCache.moved(scale);
        first = false;
        stage.position({ x, y });
        stage.scale({ x: scale, y: scale });
        stage.batchDraw();
      }
      const overlay = overlayRef.current;
      if (!overlay) return;
      overlay.style.transform = `translate(${x}px, ${y}px) scale(${scale})`;
      // The focus ring keeps its screen width; updating it once the view settles
      // spares a style recalculation of every hotspot on every frame.
      clearTimeout(settle);
      settle = window.setTimeout(() => overlay.style.setProperty('--inverse-scale', String(1 / scale)), 120);
    };
    apply(camera.current);
    const unsubscribe = camera.subscribe(apply);
    return () => {
      clearTimeout(settle);
      motionCache.dispose();
      unsubscribe();
    };
  }, [camera, size, plate, language]);

  useEffect(() => {
    onStage?.(stageRef.current);
    if (stageRef.current) {
      // Konva draws on the next animation frame; the mark lets the benchmark time the first plate.
      requestAnimationFrame(() => performance.mark('plate-drawn'));
    }
    return () => onStage?.(null);
  }, [onStage, size.width > 0]);

  return (
    <div
      ref={setWrapper}
      className="plate-canvas"
      data-plate={plate.id}
      data-overflowing-regions={overflowing}
      role="group"
      aria-label={t('plate.canvasLabel', { title: plate.title[language], count: plate.hotspots.length })}
      aria-describedby="plate-keyboard-hint"
      tabIndex={0}
    >
      {size.width > 0 && (
        <Stage ref={stageRef} width={size.width} height={size.height} listening={false}>
          <Layer listening={false} name="plate">
            <PlateDrawing plate={plate} language={language} />
          </Layer>
          <Layer listening={false} name="hotspots">
            <HotspotMarkers hotspots={plate.hotspots} radius={markerRadius(plate)} activeId={activeHotspotId} highlightId={highlightId} />
          </Layer>
        </Stage>
      )}
      <div ref={overlayRef} className="hotspot-overlay">
        {tourOrder.map((hotspot) => {
          const { x, y, width, height } = hotspot.shape;
          // Smaller hotspots lie above the larger ones that contain them.
          const style: CSSProperties = { left: x, top: y, width, height, zIndex: Math.round(1e7 / (width * height)) };
          return (
            <button
              key={hotspot.id}
              type="button"
              className="hotspot"
              data-hotspot={hotspot.id}
              style={style}
              aria-label={t('plate.hotspot', { order: hotspot.order, label: hotspot.label[language] })}
              aria-pressed={hotspot.id === activeHotspotId}
              onClick={() => onOpen(hotspot.id)}
              onPointerEnter={() => setHighlightId(hotspot.id)}
              onPointerLeave={() => setHighlightId((id) => (id === hotspot.id ? undefined : id))}
              onFocus={(event) => {
                setHighlightId(hotspot.id);
                // Keyboard focus only: a click moving the camera under the pointer would miss its own target.
                if (event.currentTarget.matches(':focus-visible')) bringIntoView(hotspot);
              }}
              onBlur={() => setHighlightId((id) => (id === hotspot.id ? undefined : id))}
            />
          );
        })}
      </div>
    </div>
  );
}
