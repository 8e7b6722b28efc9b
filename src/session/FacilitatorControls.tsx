import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Plate } from '../../plates/types';
import {
  setEnded, setFreezeCardsWhileVoting, setHidden, setHideVotesWhileVoting, setLocked, setVotesPerParticipant, startTimer, stopTimer, type SessionControl,
} from '../worksheets/control';
import { clearWorksheet } from '../worksheets/model';
import { clearRoute } from '../worksheets/route';
import type { Step } from '../worksheets/step';
import type { LiveSession } from './liveSession';
import { EventLinkControls } from '../sector/EventLinkControls';
import { facilitatorKey } from './identity';

interface FacilitatorControlsProps {
  plate: Plate;
  session: LiveSession;
  control: SessionControl;
  projector: boolean;
  onProjector: (on: boolean) => void;
  onResults: () => void;
  onDelete: () => void;
  /** Beside the handreiking text the tools fold away behind one line, as on the projector. */
  folded?: boolean;
}

const TIMER_MINUTES = [2, 5, 10];

/** The facilitator's tools, grouped by the step they belong to; the server enforces lock and end, not just this UI. */
export function FacilitatorControls({ plate, session, control, projector, onProjector, onResults, onDelete, folded = false }: FacilitatorControlsProps) {
  const { t } = useTranslation();
  const doc = session.control;
  const projectorButton = (
    <button type="button" aria-pressed={projector} onClick={() => onProjector(!projector)}>
      {projector ? t('moderation.exitProjector') : t('moderation.projector')}
    </button>
  );
  const group = (step: Step, children: ReactNode) => (
    <fieldset className={`control-group${control.step === step ? ' is-current' : ''}`} data-control-group={step}>
      <legend>{t(`steps.${step}`)}</legend>
      {children}
    </fieldset>
  );
  const tools = (
    <>
      {group('explore', (
        <div className="control-row">
          {!projector && projectorButton}
          <a className="control-link" href={`/wand/${session.code}`} target="_blank" rel="noopener">{t('wall.open')}</a>
        </div>
      ))}
      {group('fill', (
        <>
          <div className="control-row">
            <button type="button" className="lock-button" aria-pressed={control.locked} onClick={() => setLocked(doc, !control.locked)}>
              {control.locked ? t('worksheet.unlock') : t('worksheet.lock')}
            </button>
            <button type="button" aria-pressed={control.hidden} onClick={() => setHidden(doc, !control.hidden)}>
              {control.hidden ? t('moderation.reveal') : t('moderation.hide')}
            </button>
          </div>
          <div className="control-row" role="group" aria-label={t('moderation.timer')}>
            <span className="control-label">{t('moderation.timer')}</span>
            {TIMER_MINUTES.map((minutes) => (
              <button key={minutes} type="button" onClick={() => startTimer(doc, minutes * 60)}>
                {t('moderation.minutes', { count: minutes })}
              </button>
            ))}
            {control.timer && <button type="button" onClick={() => stopTimer(doc)}>{t('moderation.stopTimer')}</button>}
          </div>
        </>
      ))}
      {group('vote', (
        <>
          <div className="control-row">
            <label htmlFor="votes-per-participant">{t('moderation.votes')}</label>
            <select id="votes-per-participant" value={control.votesPerParticipant} onChange={(event) => setVotesPerParticipant(doc, Number(event.target.value))}>
              <option value={0}>{t('moderation.votesOff')}</option>
              {[1, 2, 3, 4, 5].map((count) => <option key={count} value={count}>{count}</option>)}
            </select>
          </div>
          <div className="control-row">
            <input id="hide-votes" type="checkbox" checked={control.hideVotesWhileVoting} onChange={(event) => setHideVotesWhileVoting(doc, event.target.checked)} />
            <label htmlFor="hide-votes">{t('moderation.hideVotes')}</label>
          </div>
          <div className="control-row">
            <input id="freeze-cards" type="checkbox" checked={control.freezeCardsWhileVoting} onChange={(event) => setFreezeCardsWhileVoting(doc, event.target.checked)} />
            <label htmlFor="freeze-cards">{t('moderation.freezeCards')}</label>
          </div>
        </>
      ))}
      {group('results', (
        <div className="control-row">
          <button type="button" onClick={onResults}>{t('moderation.results')}</button>
          <button
            type="button"
            onClick={() => {
              if (!confirm(t('moderation.clearConfirm'))) return;
              clearWorksheet(session.worksheet, plate.id);
              clearRoute(session.worksheet, plate.id);
            }}
          >
            {t('moderation.clear')}
          </button>
          <button
            type="button"
            onClick={() => {
              if (control.ended) setEnded(doc, false);
              else if (confirm(t('moderation.endConfirm'))) setEnded(doc, true);
            }}
          >
            {control.ended ? t('moderation.reopen') : t('moderation.end')}
          </button>
        </div>
      ))}
      <EventLinkControls code={session.code} facilitatorKey={facilitatorKey(session.code)} />
      {/* Apart from everything else: deleting cannot be undone, and asks first. */}
      <div className="danger-zone">
        <button type="button" className="danger-button" onClick={onDelete}>{t('session.deleteSession')}</button>
      </div>
    </>
  );
  // On the projector the room sees this screen: the tools fold away behind one line.
  if (projector || folded) {
    return (
      <section id="session-tools" tabIndex={-1} className="facilitator-controls is-folded" aria-label={t('moderation.title')}>
        <div className="control-row">{projectorButton}</div>
        <details>
          <summary>{t('moderation.title')}</summary>
          {tools}
        </details>
      </section>
    );
  }
  return (
    <section id="session-tools" tabIndex={-1} className="facilitator-controls" aria-labelledby="moderation-heading">
      <h2 id="moderation-heading" tabIndex={-1}>{t('moderation.title')}</h2>
      {tools}
    </section>
  );
}
