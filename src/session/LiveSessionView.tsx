import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { plateById, plates } from '../../plates';
import type { Plate } from '../../plates/types';
import type { Route } from '../router';
import { useAppStore } from '../store/appStore';
import { followLink } from '../views/followLink';
import { PlateView } from '../views/PlateView';
import { importInto } from '../worksheets/exportFormat';
import { readControl } from '../worksheets/control';
import { deleteSession } from './api';
import { FacilitatorControls } from './FacilitatorControls';
import { FollowBanner, OpenedPartNote } from './FollowBanner';
import { forgetFacilitatorKey } from './identity';
import { InviteDialog } from './InviteDialog';
import { dismissInvite, pendingInvite, takeAnswers } from './invite';
import { PlateTabs } from './PlateTabs';
import { ProjectorPrompt } from './ProjectorPrompt';
import { SessionAside } from './SessionAside';
import { SessionBar } from './SessionBar';
import { SessionTrouble } from './SessionTrouble';
import { rememberSessionPlace, useAsideTab, useSessionUi } from './sessionUi';
import { useFollow } from './useFollow';
import { useLiveSession } from './useLiveSession';
import type { SessionPart } from './liveSession';
import { useSessionTitle } from './useSessionTitle';

type SessionRoute = Extract<Route, { page: 'session' }>;

interface LiveSessionViewProps {
  code: string;
  route: SessionRoute;
  name: string;
  facilitatorKey?: string;
}

const VIEW_PARTS: readonly SessionPart[] = ['control', 'people', 'connection'];

function firstPlate(): Plate {
  return plates.find((plate) => plate.worksheet) ?? plates[0];
}

export function LiveSessionView({ code, route, name, facilitatorKey: key }: LiveSessionViewProps) {
  const { t } = useTranslation();
  const navigate = useAppStore((state) => state.navigate);
  // The view draws the settings, who is there and the connection; the worksheet listens for itself.
  const session = useLiveSession(code, name, key, undefined, VIEW_PARTS);
  const [invite] = useState(() => pendingInvite(code));
  const [inviteOpen, setInviteOpen] = useState(Boolean(invite?.title));
  const [deleted, setDeleted] = useState(false);
  const [projector, setProjector] = useState(false);
  const control = session ? readControl(session.control) : undefined;
  const { title, deleted: deletedHere } = useSessionTitle(code, session, invite?.title, control?.title);
  const tab = useAsideTab(code);
  const { setTab, goToWorksheet } = useSessionUi.getState();
  // Without a plate in the address: where the group is, else the first plate with a worksheet.
  const plate = plateById(route.plateId ?? '') ?? plateById(control?.follow?.plateId ?? '') ?? firstPlate();
  const follow = useFollow({ session, control, route, plateId: plate.id, covered: inviteOpen });
  // One object per route: PlateView applies a new route object to the camera, so it must not be new on every render.
  const plateRoute = useMemo(() => ({ ...route, plateId: plate.id }), [route, plate.id]);

  // The plate belongs in the address, so a reload and "back to the session" return to it.
  useEffect(() => {
    if (session && route.plateId !== plate.id) navigate({ ...route, plateId: plate.id }, { replace: true });
  }, [session, route, plate.id]);
  useEffect(() => {
    rememberSessionPlace(code, { plateId: plate.id, ...(route.hotspotId ? { hotspotId: route.hotspotId } : {}) });
  }, [code, plate.id, route.hotspotId]);

  // A session started from an export or from solo work begins with those answers, once, when
  // connected: then they go out in parts, each under the server's message limit.
  const connected = session?.status === 'connected';
  useEffect(() => {
    const answers = session && connected && session.participantId ? takeAnswers(code) : undefined;
    if (session?.participantId && answers) importInto(session.worksheet, answers, plates, session.participantId);
  }, [session, connected, code]);

  // Unknown to the server with nothing kept in this browser: a wrong code. With a copy here: keep showing it.
  const unknownHere = session?.status === 'unknown' && session.localCopy === 'empty';
  if (deleted || deletedHere || session?.status === 'deleted' || unknownHere) {
    return (
      <div className="form-page" role="alert">
        <h1 tabIndex={-1}>{unknownHere ? t('session.notFound') : t('session.deleted')}</h1>
        {unknownHere && <p>{t('session.notFoundHelp')}</p>}
        <a href="/doe-mee" onClick={followLink(() => navigate({ page: 'join' }))}>{t('session.joinTitle')}</a>
      </div>
    );
  }
  if (!session || !control || !session.joined) return null;

  const remove = async () => {
    if (!key || !confirm(t('session.deleteConfirm'))) return;
    await deleteSession(code, key);
    forgetFacilitatorKey(code);
    setDeleted(true);
  };
  const isFacilitator = session.isFacilitator;
  const leaveFollow = () => follow.on('user-move');

  return (
    <div className={`session-view${projector ? ' projector' : ''}`}>
      <PlateView
        plate={plate}
        route={plateRoute}
        onUserMove={leaveFollow}
        onOpen={() => setTab(code, 'handreiking')}
        onViewSettled={follow.publishView}
        header={
          <>
          <div className="session-sticky">
            <SessionBar
              session={session}
              control={control}
              title={title}
              onInvite={() => setInviteOpen(true)}
              stepsEditable={isFacilitator && !projector}
              follow={isFacilitator ? undefined : <FollowBanner following={follow.following} held={follow.held} onFollow={follow.rejoin} />}
              onToWorksheet={!projector && (tab !== 'worksheet' || !isFacilitator) ? () => goToWorksheet(code) : undefined}
              worksheetShown={tab === 'worksheet'}
            />
          </div>
          <SessionTrouble session={session} title={title} />
          {projector && <ProjectorPrompt plate={plate} />}
          {!isFacilitator && follow.openedPart && tab !== 'handreiking' && (
              <OpenedPartNote
                plate={plate}
                hotspotId={follow.openedPart}
                onDismiss={follow.dismissNote}
                onRead={() => {
                  setTab(code, 'handreiking');
                  follow.dismissNote();
                  requestAnimationFrame(() => document.querySelector<HTMLElement>('.handreiking-panel .panel-title')?.focus());
                }}
              />
          )}
          </>
        }
        toolbarLead={projector ? undefined : <PlateTabs code={code} current={plate.id} onChoose={() => follow.on('user-plate')} />}
        aside={(open) => (
          <SessionAside
            plate={plate}
            session={session}
            control={control}
            name={name}
            hotspotId={route.hotspotId}
            open={open}
            projector={projector}
            title={title}
            facilitatorTools={
              isFacilitator ? (folded) => (
                <FacilitatorControls
                  folded={folded}
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
