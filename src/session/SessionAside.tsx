import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Plate } from '../../plates/types';
import { HandreikingPanel } from '../handreiking/HandreikingPanel';
import type { Language } from '../i18n';
import { AsideTabs } from '../views/AsideTabs';
import { rewordColumn, type SessionControl } from '../worksheets/control';
import { worksheetRules } from '../worksheets/rules';
import { WorksheetPanel, type WorksheetActor } from '../worksheets/WorksheetPanel';
import { ErrorBoundary } from '../views/ErrorBoundary';
import type { LiveSession, SessionPart } from './liveSession';
import { QrCode } from './QrCode';
import { useAsideTab, useSessionUi } from './sessionUi';
import { useSessionParts } from './useLiveSession';

interface SessionAsideProps {
  plate: Plate;
  session: LiveSession;
  control: SessionControl;
  name: string;
  hotspotId?: string;
  open: (hotspotId: string | undefined) => void;
  projector: boolean;
  title: string;
  /** The facilitator's tools, folded or not; on both tabs, so they stay in reach. */
  facilitatorTools?: (folded: boolean) => ReactNode;
}

/** Beside the plate: the live worksheet, or the handreiking text. The tab is the participant's own choice. */
export function SessionAside({ plate, session, control, name, hotspotId, open, projector, title, facilitatorTools }: SessionAsideProps) {
  const { t, i18n } = useTranslation();
  const tab = useAsideTab(session.code);
  const setTab = useSessionUi((state) => state.setTab);
  const worksheetRequests = useSessionUi((state) => state.worksheetRequests);
  const toolsRequests = useSessionUi((state) => state.toolsRequests);
  // The id the server gave this browser: the server accepts cards, dots and answers only under it.
  const actor = { name, authorId: session.participantId ?? '', isFacilitator: session.isFacilitator };
  const rules = worksheetRules(control, session.isFacilitator ? 'facilitator' : 'participant');

  // "To the worksheet" (skip link, session bar) lands on the worksheet's heading.
  const handled = useRef(worksheetRequests);
  useEffect(() => {
    if (handled.current === worksheetRequests) return;
    handled.current = worksheetRequests;
    const heading = document.getElementById('worksheet-heading');
    heading?.focus();
    heading?.closest('.session-aside')?.scrollIntoView({ block: 'start' });
  }, [worksheetRequests, tab]);

  // "To the tools" (skip link) lands on their heading, or on their folded line on the projector.
  const toolsHandled = useRef(toolsRequests);
  useEffect(() => {
    if (toolsHandled.current === toolsRequests) return;
    toolsHandled.current = toolsRequests;
    const target = document.querySelector<HTMLElement>('.facilitator-controls h2, .facilitator-controls summary');
    target?.focus();
    target?.scrollIntoView({ block: 'start' });
  }, [toolsRequests, tab]);

  return (
    <AsideTabs
      label={plate.title[i18n.language as Language]}
      selected={tab}
      onSelect={(next) => setTab(session.code, next)}
      header={projector ? <ProjectorInvite code={session.code} title={title} /> : undefined}
      tabs={[
        {
          id: 'worksheet',
          label: t('session.worksheetTab'),
          ...(rules.canVote && tab !== 'worksheet' ? { badge: t('votes.badge') } : {}),
          ownKeys: true,
          panel: (
            <>
              {facilitatorTools?.(false)}
              <ErrorBoundary what={t('errors.worksheet')}>
                <LiveWorksheet
                  session={session}
                  plate={plate}
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
          panel: (
            <>
              {facilitatorTools?.(true)}
              <HandreikingPanel plate={plate} hotspotId={hotspotId} onOpen={open} />
            </>
          ),
        },
      ]}
    />
  );
}

/** On the projector: the code and QR code stay in view until the facilitator hides them. */
function ProjectorInvite({ code, title }: { code: string; title: string }) {
  const { t } = useTranslation();
  const [shown, setShown] = useState(true);
  if (!shown) return <button type="button" className="show-code" onClick={() => setShown(true)}>{t('moderation.showCode')}</button>;
  return (
    <div className="projector-invite" data-title={title}>
      <div>
        <p className="projector-invite-go">{t('session.inviteGo', { url: `${location.host}/doe-mee` })}</p>
        <div className="projector-invite-row">
          <p className="projector-invite-code" data-session-code={code}>{code.slice(0, 3)} {code.slice(3)}</p>
          <button type="button" onClick={() => setShown(false)}>{t('moderation.hideCode')}</button>
        </div>
      </div>
      <QrCode text={`${location.origin}/doe-mee/${code}`} label={t('session.qrLabel', { code })} />
    </div>
  );
}

/** The parts of the session the worksheet draws: a card typed elsewhere re-renders only this. */
const WORKSHEET_PARTS: readonly SessionPart[] = ['worksheet', 'own'];

interface LiveWorksheetProps {
  session: LiveSession;
  plate: Plate;
  control: SessionControl;
  actor: WorksheetActor;
  projector: boolean;
  onReword: (column: string, wording: string) => void;
}

function LiveWorksheet({ session, plate, control, actor, projector, onReword }: LiveWorksheetProps) {
  useSessionParts(session, WORKSHEET_PARTS);
  return (
    <WorksheetPanel plate={plate} doc={session.worksheet} ownDoc={session.own} control={control} actor={actor} scope={session.code} projector={projector} onReword={onReword} />
  );
}
