import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { plateById, plates } from '../../plates';
import type { Plate } from '../../plates/types';
import { HandreikingPanel } from '../handreiking/HandreikingPanel';
import type { Language } from '../i18n';
import { formatRoute, type Route } from '../router';
import { useAppStore } from '../store/appStore';
import { PlateView } from '../views/PlateView';
import { AsideTabs } from '../views/AsideTabs';
import { followLink } from '../views/followLink';
import type { View } from '../engine/viewport';
import { readControl, rewordColumn, setFollowTarget, setTitle as setControlTitle, type SessionControl } from '../worksheets/control';
import { WorksheetPanel } from '../worksheets/WorksheetPanel';
import { cleanCode, deleteSession, findSession, SessionDeleted } from './api';
import { authorId, displayName, facilitatorKey, forgetFacilitatorKey, rememberFacilitatorKey } from './identity';
import { importInto } from '../results/exportFormat';
import { FacilitatorControls } from './FacilitatorControls';
import { InviteDialog } from './InviteDialog';
import { QrCode } from './QrCode';
import { dismissInvite, pendingInvite, takeAnswers } from './invite';
import { JoinView } from './JoinView';
import type { LiveSession } from './liveSession';
import { SessionBar } from './SessionBar';
import { SessionTrouble } from './SessionTrouble';
import { ErrorBoundary } from '../views/ErrorBoundary';
import { useLiveSession } from './useLiveSession';

type SessionRoute = Extract<Route, { page: 'session' }>;

export function SessionView({ route }: { route: SessionRoute }) {
  const code = cleanCode(route.code);
  // A facilitator link carries the key once: keep it in this browser and take it out of the address bar.
  const [key] = useState(() => {
    const fromLink = new URLSearchParams(location.search).get('key');
    if (fromLink) {
      rememberFacilitatorKey(code, fromLink);
      history.replaceState(null, '', formatRoute(route));
    }
    return facilitatorKey(code);
  });
  const [name, setName] = useState(displayName());
  if (!name) return <JoinView code={code} onJoined={setName} />;
  return <LiveSessionView code={code} route={route} name={name} facilitatorKey={key} />;
}

function firstPlate(): Plate {
  return plates.find((plate) => plate.worksheet) ?? plates[0];
}

interface LiveSessionViewProps {
  code: string;
  route: SessionRoute;
  name: string;
  facilitatorKey?: string;
}

function LiveSessionView({ code, route, name, facilitatorKey: key }: LiveSessionViewProps) {
  const { t } = useTranslation();
  const navigate = useAppStore((state) => state.navigate);
  const session = useLiveSession(code, name, key);
  const [invite] = useState(() => pendingInvite(code));
  const [inviteOpen, setInviteOpen] = useState(Boolean(invite?.title));
  const [title, setTitle] = useState(invite?.title ?? '');
  const [gone, setGone] = useState<'deleted'>();
  const [following, setFollowing] = useState(true);
  const [projector, setProjector] = useState(false);
  const plate = plateById(route.plateId ?? '') ?? firstPlate();
  const plateRoute = useMemo(() => ({ ...route, plateId: plate.id }), [route, plate.id]);
  const control = session ? readControl(session.control) : undefined;
  const isFacilitator = Boolean(session?.isFacilitator);

  useEffect(() => {
    let current = true;
    findSession(code)
      .then((found) => current && setTitle(found.title))
      // Unknown (404) is not gone: the live connection decides, keeping this browser's copy.
      .catch((error: unknown) => current && error instanceof SessionDeleted && setGone('deleted'));
    return () => {
      current = false;
    };
  }, [code]);

  // The title lives in the control document too, so results and exports carry it.
  useEffect(() => {
    if (session && isFacilitator && title && control?.title !== title) setControlTitle(session.control, title);
  }, [session, isFacilitator, title, control?.title]);

  // A session started from an export or from solo work begins with those answers, once, when
  // connected: then they go out in parts, each under the server's message limit.
  const connected = session?.status === 'connected';
  useEffect(() => {
    const answers = session && connected ? takeAnswers(code) : undefined;
    if (session && answers) importInto(session.worksheet, answers, plates, authorId());
  }, [session, connected, code]);

  // Participants tell the room whether they follow; the facilitator sees how many do.
  useEffect(() => {
    if (session && !isFacilitator) session.setPresence({ following });
  }, [session, isFacilitator, following]);

  // The facilitator's plate and opened part become the follow target at once; the viewport once it settles.
  useEffect(() => {
    if (session && isFacilitator) setFollowTarget(session.control, { plateId: plate.id, ...(route.hotspotId ? { hotspotId: route.hotspotId } : {}) });
  }, [session, isFacilitator, plate.id, route.hotspotId]);
  const publishView = useCallback(
    (view: View) => {
      if (session && isFacilitator) {
        setFollowTarget(session.control, { plateId: plate.id, ...(route.hotspotId ? { hotspotId: route.hotspotId } : {}), view: roundView(view) });
      }
    },
    [session, isFacilitator, plate.id, route.hotspotId],
  );

  // Following: go where the facilitator is.
  const target = control?.follow;
  const targetKey = JSON.stringify(target ?? null);
  const goToTarget = () => {
    if (!target) return;
    navigate(
      { page: 'session', code, plateId: target.plateId, ...(target.hotspotId ? { hotspotId: target.hotspotId } : {}), ...(target.view ? { view: target.view } : {}) },
      { replace: true },
    );
  };
  useEffect(() => {
    if (!session || isFacilitator || !following || !target) return;
    if (target.plateId === route.plateId && target.hotspotId === route.hotspotId && JSON.stringify(target.view) === JSON.stringify(route.view)) return;
    goToTarget();
    // targetKey stands for target: the object itself is new after every update.
  }, [session, isFacilitator, following, targetKey]);
  const leaveFollow = useCallback(() => {
    if (!isFacilitator) setFollowing(false);
  }, [isFacilitator]);
  // Rejoining always moves the view back, even when the facilitator has not moved since.
  const rejoin = () => {
    setFollowing(true);
    goToTarget();
  };

  const unknownHere = session?.status === 'unknown' && session.localCopy === 'empty';
  if (gone || session?.status === 'deleted' || unknownHere) {
    return (
      <div className="form-page" role="alert">
        <h1>{unknownHere ? t('session.notFound') : t('session.deleted')}</h1>
        {unknownHere && <p>{t('session.notFoundHelp')}</p>}
        <a href="/doe-mee" onClick={followLink(() => navigate({ page: 'join' }))}>{t('session.joinTitle')}</a>
      </div>
    );
  }
  if (!session || !control) return null;

  const remove = async () => {
    if (!key || !confirm(t('session.deleteConfirm'))) return;
    await deleteSession(code, key);
    forgetFacilitatorKey(code);
    setGone('deleted');
  };

  return (
    <div className={`session-view${projector ? ' projector' : ''}`}>
      <PlateView
        key={plate.id}
        plate={plate}
        route={plateRoute}
        onUserMove={leaveFollow}
        onViewSettled={publishView}
        header={
          <>
            <SessionBar session={session} control={control} title={title} onInvite={() => setInviteOpen(true)} />
            <SessionTrouble session={session} title={title || control.title} />
            {!isFacilitator && <FollowBanner following={following} onFollow={rejoin} />}
            {!projector && <PlateTabs code={code} current={plate.id} onChoose={leaveFollow} />}
          </>
        }
        aside={(open) => (
          <SessionAside
            plate={plate}
            session={session}
            control={control}
            name={name}
            hotspotId={route.hotspotId}
            open={open}
            projector={projector}
            invite={projector ? { code, title } : undefined}
            facilitatorTools={
              key ? (
                <FacilitatorControls
                  plate={plate}
                  session={session}
                  control={control}
                  projector={projector}
                  onProjector={setProjector}
                  onResults={() => navigate({ page: 'results', code })}
                  onDelete={remove}
                />
              ) : undefined
            }
          />
        )}
      />
      <InviteDialog
        code={code}
        title={title}
        facilitatorKey={key}
        open={inviteOpen}
        onClose={() => {
          setInviteOpen(false);
          dismissInvite(code);
        }}
      />
    </div>
  );
}

/** Two decimals of zoom and whole plate units are plenty, and keep the control document small. */
function roundView(view: View): View {
  return { cx: Math.round(view.cx), cy: Math.round(view.cy), zoom: Math.round(view.zoom * 100) / 100 };
}

function FollowBanner({ following, onFollow }: { following: boolean; onFollow: () => void }) {
  const { t } = useTranslation();
  return (
    <div className={`follow-banner${following ? ' is-following' : ''}`} role="status" data-following={following}>
      {following ? (
        <span>{t('follow.following')}</span>
      ) : (
        <>
          <span>{t('follow.notFollowing')}</span>
          <button type="button" onClick={onFollow}>{t('follow.rejoin')}</button>
        </>
      )}
    </div>
  );
}

function PlateTabs({ code, current, onChoose }: { code: string; current: string; onChoose: () => void }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const navigate = useAppStore((state) => state.navigate);
  return (
    <nav className="plate-tabs" aria-label={t('session.plates')}>
      {plates.map((plate) => {
        const route = { page: 'session', code, plateId: plate.id } as const;
        return (
          <a
            key={plate.id}
            href={formatRoute(route)}
            aria-current={plate.id === current ? 'page' : undefined}
            onClick={followLink(() => {
              onChoose();
              navigate(route);
            })}
          >
            <span className="plate-tab-number">{plate.number}</span> {plate.title[language]}
          </a>
        );
      })}
    </nav>
  );
}

interface SessionAsideProps {
  plate: Plate;
  session: LiveSession;
  control: SessionControl;
  name: string;
  hotspotId?: string;
  open: (hotspotId: string | undefined) => void;
  projector: boolean;
  /** On the projector: the code and QR code stay in view until the facilitator hides them. */
  invite?: { code: string; title: string };
  facilitatorTools?: ReactNode;
}

/** Beside the plate: the live worksheet, or the handreiking text of an opened part. */
function SessionAside({ plate, session, control, name, hotspotId, open, projector, invite, facilitatorTools }: SessionAsideProps) {
  const { t, i18n } = useTranslation();
  const [tab, setTab] = useState<'worksheet' | 'handreiking'>(hotspotId ? 'handreiking' : 'worksheet');
  const [codeShown, setCodeShown] = useState(true);
  useEffect(() => {
    if (hotspotId) setTab('handreiking');
  }, [hotspotId]);
  const actor = { name, authorId: authorId(), isFacilitator: session.isFacilitator };

  const projectorInvite = invite && (codeShown ? (
    <div className="projector-invite">
      <div>
        <p className="projector-invite-go">{t('session.inviteGo', { url: `${location.host}/doe-mee` })}</p>
        <p className="projector-invite-code" data-session-code={invite.code}>{invite.code.slice(0, 3)} {invite.code.slice(3)}</p>
        <button type="button" onClick={() => setCodeShown(false)}>{t('moderation.hideCode')}</button>
      </div>
      <QrCode text={`${location.origin}/doe-mee/${invite.code}`} label={t('session.qrLabel', { code: invite.code })} />
    </div>
  ) : (
    <button type="button" className="show-code" onClick={() => setCodeShown(true)}>{t('moderation.showCode')}</button>
  ));

  return (
    <AsideTabs
      label={plate.title[i18n.language as Language]}
      selected={tab}
      onSelect={setTab}
      header={projectorInvite}
      tabs={[
        {
          id: 'worksheet',
          label: t('session.worksheetTab'),
          ownKeys: true,
          panel: (
            <>
              {facilitatorTools}
              <ErrorBoundary what={t('errors.worksheet')}>
                <WorksheetPanel
                  plate={plate}
                  doc={session.worksheet}
                  control={control}
                  actor={actor}
                  projector={projector}
                  onReword={(column, wording) => rewordColumn(session.control, plate.id, column, wording)}
                />
              </ErrorBoundary>
            </>
          ),
        },
        {
          id: 'handreiking',
          label: t('session.handreikingTab'),
          className: 'aside-handreiking',
          panel: <HandreikingPanel plate={plate} hotspotId={hotspotId} onOpen={open} />,
        },
      ]}
    />
  );
}
