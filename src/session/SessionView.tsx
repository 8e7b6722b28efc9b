import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { plateById, plates } from '../../plates';
import type { Plate } from '../../plates/types';
import { HandreikingPanel } from '../handreiking/HandreikingPanel';
import type { Language } from '../i18n';
import { formatRoute, type Route } from '../router';
import { useAppStore } from '../store/appStore';
import { PlateView } from '../views/PlateView';
import { followLink } from '../views/followLink';
import { readControl, rewordColumn, setLocked } from '../worksheets/control';
import { WorksheetPanel } from '../worksheets/WorksheetPanel';
import { cleanCode, deleteSession, findSession, SessionNotFound } from './api';
import { authorId, displayName, facilitatorKey, forgetFacilitatorKey, rememberFacilitatorKey } from './identity';
import { InviteDialog } from './InviteDialog';
import { takeInvite } from './invite';
import { JoinView } from './JoinView';
import type { LiveSession } from './liveSession';
import { SessionBar } from './SessionBar';
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
  const [invite] = useState(() => takeInvite(code));
  const [inviteOpen, setInviteOpen] = useState(Boolean(invite));
  const [title, setTitle] = useState(invite?.title ?? '');
  const [gone, setGone] = useState<'not-found' | 'deleted'>();
  const plate = plateById(route.plateId ?? '') ?? firstPlate();
  const plateRoute = useMemo(() => ({ ...route, plateId: plate.id }), [route, plate.id]);

  useEffect(() => {
    let current = true;
    findSession(code)
      .then((found) => current && setTitle(found.title))
      .catch((error: unknown) => current && error instanceof SessionNotFound && setGone('not-found'));
    return () => {
      current = false;
    };
  }, [code]);

  if (gone || session?.status === 'not-found') {
    return (
      <div className="form-page" role="alert">
        <h1>{gone === 'deleted' ? t('session.deleted') : t('session.notFound')}</h1>
        {gone !== 'deleted' && <p>{t('session.notFoundHelp')}</p>}
        <a href="/doe-mee" onClick={followLink(() => navigate({ page: 'join' }))}>{t('session.joinTitle')}</a>
      </div>
    );
  }
  if (!session) return null;

  const remove = async () => {
    if (!key || !confirm(t('session.deleteConfirm'))) return;
    await deleteSession(code, key);
    forgetFacilitatorKey(code);
    setGone('deleted');
  };

  return (
    <>
      <PlateView
        key={plate.id}
        plate={plate}
        route={plateRoute}
        header={
          <>
            <SessionBar session={session} title={title} onInvite={() => setInviteOpen(true)} />
            <PlateTabs code={code} current={plate.id} />
          </>
        }
        aside={(open) => (
          <SessionAside plate={plate} session={session} name={name} hotspotId={route.hotspotId} open={open} onDelete={key ? remove : undefined} />
        )}
      />
      <InviteDialog code={code} title={title} facilitatorKey={key} open={inviteOpen} onClose={() => setInviteOpen(false)} />
    </>
  );
}

function PlateTabs({ code, current }: { code: string; current: string }) {
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
            onClick={followLink(() => navigate(route))}
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
  name: string;
  hotspotId?: string;
  open: (hotspotId: string | undefined) => void;
  onDelete?: () => void;
}

/** Beside the plate: the live worksheet, or the handreiking text of an opened part. */
function SessionAside({ plate, session, name, hotspotId, open, onDelete }: SessionAsideProps) {
  const { t } = useTranslation();
  const [tab, setTab] = useState<'worksheet' | 'handreiking'>(hotspotId ? 'handreiking' : 'worksheet');
  useEffect(() => {
    if (hotspotId) setTab('handreiking');
  }, [hotspotId]);
  const control = readControl(session.control);
  const actor = { name, authorId: authorId(), isFacilitator: session.isFacilitator };

  return (
    <div className="session-aside">
      <div className="aside-tabs" role="tablist" aria-label={plate.title.nl}>
        <button type="button" role="tab" id="tab-worksheet" aria-controls="panel-worksheet" aria-selected={tab === 'worksheet'} onClick={() => setTab('worksheet')}>
          {t('session.worksheetTab')}
        </button>
        <button type="button" role="tab" id="tab-handreiking" aria-controls="panel-handreiking" aria-selected={tab === 'handreiking'} onClick={() => setTab('handreiking')}>
          {t('session.handreikingTab')}
        </button>
      </div>
      {tab === 'worksheet' ? (
        <div role="tabpanel" id="panel-worksheet" aria-labelledby="tab-worksheet" className="aside-panel" data-own-keys>
          <WorksheetPanel
            plate={plate}
            doc={session.worksheet}
            control={control}
            actor={actor}
            onLock={(locked) => setLocked(session.control, locked)}
            onReword={(column, wording) => rewordColumn(session.control, plate.id, column, wording)}
          />
          {onDelete && (
            <div className="facilitator-tools">
              <h2>{t('session.facilitatorTools')}</h2>
              <button type="button" className="danger-button" onClick={onDelete}>{t('session.deleteSession')}</button>
            </div>
          )}
        </div>
      ) : (
        <div role="tabpanel" id="panel-handreiking" aria-labelledby="tab-handreiking" className="aside-panel aside-handreiking">
          <HandreikingPanel plate={plate} hotspotId={hotspotId} onOpen={open} />
        </div>
      )}
    </div>
  );
}
