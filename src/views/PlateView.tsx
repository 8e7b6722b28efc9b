import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type Konva from 'konva';
import { useTranslation } from 'react-i18next';
import type { Plate } from '../../plates/types';
import { PlateCanvas } from '../canvas/PlateCanvas';
import { downloadPlatePng } from '../canvas/exportPng';
import { legibleScaleOf } from '../canvas/levelOfDetail';
import { Camera } from '../engine/camera';
import type { View } from '../engine/viewport';
import type { Language } from '../i18n';
import { sameStop, withHotspot, type PlateRoute, type Route } from '../router';
import { rememberViewInUrl, useAppStore } from '../store/appStore';
import { PlateAside } from './PlateAside';
import { PlateTextView } from './PlateTextView';
import { usePrefersReducedMotion } from './usePrefersReducedMotion';

const FLIGHT_MS = 650;

interface PlateViewProps {
  plate: Plate;
  route: PlateRoute;
  /** What sits beside the plate; by default the handreiking text. */
  aside?: (open: (hotspotId: string | undefined) => void) => ReactNode;
  /** Shown above the plate (the live session's bar). */
  header?: ReactNode;
  /**
   * Shown in the toolbar in the place of the plate's title, which then stays only for
   * screen readers (the live session's plate tabs: one row less above the plate).
   */
  toolbarLead?: ReactNode;
  /** The user moved the view or opened a part themselves (not by following someone). */
  onUserMove?: () => void;
  /** The user opened a part (or the introduction) themselves. */
  onOpen?: (hotspotId: string | undefined) => void;
  /** The view has come to rest, a moment after the last change, on a screen of this size. */
  onViewSettled?: (view: View, screen: { width: number; height: number }) => void;
}

export function PlateView({ plate, route, aside, header, toolbarLead, onUserMove, onOpen, onViewSettled }: PlateViewProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const navigate = useAppStore((state) => state.navigate);
  const textView = useAppStore((state) => state.textView);
  const setTextView = useAppStore((state) => state.setTextView);
  const reducedMotion = usePrefersReducedMotion();
  const camera = useMemo(() => new Camera(plate), [plate]);
  const [stage, setStage] = useState<Konva.Stage | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const [fullscreen, setFullscreen] = useState(false);
  const viewRef = useRef<HTMLDivElement>(null);
  const hotspot = plate.hotspots.find((candidate) => candidate.id === route.hotspotId);
  const routeRef = useRef(route);
  routeRef.current = route;
  const settledRef = useRef(onViewSettled);
  settledRef.current = onViewSettled;
  const userMoveRef = useRef(onUserMove);
  userMoveRef.current = onUserMove;

  // Apply the route to the camera: a viewport in the URL wins, otherwise fly to the hotspot.
  // A new plate has a new camera: its first route is applied without a flight.
  const appliedRoute = useRef<Route | null>(null);
  const quietZoomUntil = useRef(0);
  const appliedCamera = useRef(camera);
  if (appliedCamera.current !== camera) {
    appliedCamera.current = camera;
    appliedRoute.current = null;
  }
  useEffect(() => {
    if (!stage || appliedRoute.current === route) return;
    const firstTime = appliedRoute.current === null;
    appliedRoute.current = route;
    if (route.view) camera.show(route.view);
    else if (hotspot) camera.flyTo(hotspot.shape, firstTime || reducedMotion ? 0 : FLIGHT_MS, legibleScaleOf(plate, hotspot.shape));
    else if (!firstTime) camera.fitAnimated(reducedMotion ? 0 : FLIGHT_MS);
  }, [route, stage, camera, hotspot, reducedMotion]);

  // Keep the viewport in the URL and announce the zoom level, a moment after the view settles.
  useEffect(() => {
    let timer = 0;
    let lastPercent = Math.round(camera.zoom * 100);
    const unsubscribe = camera.subscribe(() => {
      clearTimeout(timer);
      timer = window.setTimeout(() => {
        const view = camera.view;
        // Only while this plate is the page shown: a late timer must not write a view into another page's address.
        if (!sameStop(useAppStore.getState().route, routeRef.current)) return;
        rememberViewInUrl({ ...routeRef.current, view });
        settledRef.current?.(view, camera.screenSize);
        const percent = Math.round(view.zoom * 100);
        // The flight to a part just opened is not news: "opened …" stays what was said last.
        if (percent !== lastPercent && Date.now() > quietZoomUntil.current) setAnnouncement(t('plate.zoomLevel', { percent }));
        lastPercent = percent;
      }, 250);
    });
    return () => {
      clearTimeout(timer);
      unsubscribe();
    };
  }, [camera, t]);

  const open = useCallback(
    (hotspotId: string | undefined) => {
      quietZoomUntil.current = Date.now() + FLIGHT_MS + 1000;
      onUserMove?.();
      onOpen?.(hotspotId);
      navigate(withHotspot(routeRef.current, plate.id, hotspotId));
      const opened = plate.hotspots.find((candidate) => candidate.id === hotspotId);
      setAnnouncement(opened ? t('panel.opened', { label: opened.label[language] }) : t('panel.introduction'));
    },
    [navigate, plate, t, language, onUserMove, onOpen],
  );

  useEffect(() => {
    const onChange = () => setFullscreen(document.fullscreenElement === viewRef.current);
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, []);

  // Toolbar zoom and fit are moves of one's own, exactly as the wheel is.
  const moveBy = (move: () => void) => () => {
    move();
    userMoveRef.current?.();
  };

  const toggleFullscreen = () => {
    if (document.fullscreenElement) void document.exitFullscreen();
    else void viewRef.current?.requestFullscreen();
  };

  return (
    <div className={`plate-view${fullscreen ? ' is-fullscreen' : ''}`} ref={viewRef}>
      <div className="plate-main">
        {header}
        <div className="plate-toolbar" role="toolbar" aria-label={t('plate.toolbar')}>
          <h1 className={`plate-heading${toolbarLead ? ' visually-hidden' : ''}`}>
            <span className="plate-heading-number">{plate.number}</span>
            <span className="plate-heading-title">{plate.title[language]}</span>
          </h1>
          {toolbarLead}
          <div className="toolbar-buttons">
            <button type="button" onClick={() => setTextView(!textView)} aria-pressed={textView}>
              {textView ? t('plate.canvasView') : t('plate.textView')}
            </button>
            {!textView && (
              <>
                <button type="button" className="icon-button" onClick={moveBy(() => camera.zoomBy(1 / 1.25))} aria-label={t('plate.zoomOut')} title={t('plate.zoomOut')}>−</button>
                <button type="button" className="icon-button" onClick={moveBy(() => camera.zoomBy(1.25))} aria-label={t('plate.zoomIn')} title={t('plate.zoomIn')}>+</button>
                <button type="button" onClick={moveBy(() => camera.fit())}>{t('plate.fit')}</button>
                <button type="button" className="pointer-only" onClick={toggleFullscreen} aria-pressed={fullscreen}>
                  {fullscreen ? t('plate.exitFullscreen') : t('plate.fullscreen')}
                </button>
                <button
                  type="button"
                  className="pointer-only"
                  disabled={!stage}
                  aria-label={t('plate.download')}
                  title={t('plate.download')}
                  onClick={() => stage && downloadPlatePng(stage, plate, language)}
                >
                  PNG
                </button>
              </>
            )}
          </div>
        </div>
        {textView ? (
          <PlateTextView plate={plate} activeHotspotId={route.hotspotId} onOpen={open} />
        ) : (
          <PlateCanvas plate={plate} camera={camera} activeHotspotId={route.hotspotId} onOpen={open} onStage={setStage} onUserMove={onUserMove} />
        )}
        <p id="plate-keyboard-hint" className="keyboard-hint pointer-only">{t('plate.keyboardHint')}</p>
      </div>
      {aside ? aside(open) : <PlateAside plate={plate} hotspotId={route.hotspotId} open={open} />}
      <div className="visually-hidden" role="status" aria-live="polite">{announcement}</div>
    </div>
  );
}
