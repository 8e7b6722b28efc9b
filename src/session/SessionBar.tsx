import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { setStep, type SessionControl } from '../worksheets/control';
import { STEPS } from '../worksheets/step';
import { worksheetRules } from '../worksheets/rules';
import type { LiveSession } from './liveSession';
import { formatSeconds, useCountdown } from './useCountdown';

interface SessionBarProps {
  session: LiveSession;
  control: SessionControl;
  title: string;
  onInvite: () => void;
  /** A participant's follow state, kept in view with the rest. */
  follow?: ReactNode;
  /** The facilitator moves the session from step to step here, always in reach; not on the projector. */
  stepsEditable?: boolean;
  /** Shown when the worksheet is not what this screen shows: one click brings it (and keeps every draft). */
  onToWorksheet?: () => void;
  /** The worksheet tab is open: beside the plate the button is then only needed on narrow screens, where the worksheet is below. */
  worksheetShown?: boolean;
}

/** The session at a glance, kept in view: title and code, connection, step, timer, lock, who is present. */
export function SessionBar({ session, control, title, onInvite, follow, stepsEditable = false, onToWorksheet, worksheetShown = false }: SessionBarProps) {
  const { t } = useTranslation();
  const secondsLeft = useCountdown(control.timer?.endsAt);
  const status = session.status;
  const people = session.participants;
  const participantRules = worksheetRules(control, 'participant');
  const voting = participantRules.canVote;
  const frozen = participantRules.cardsFrozen;
  // Ended, locked, or the cards frozen for the vote: one sign, the strongest word.
  const lockWord = control.ended ? t('session.endedShort') : control.locked ? t('session.lockedShort') : frozen ? t('votes.frozenShort') : undefined;
  return (
    <div className="session-bar">
      <div className="session-identity">
        <span className="session-title">{title}</span>
        <span className="session-code">
          {t('session.code')} <strong data-session-code={session.code}>{session.code}</strong>
        </span>
      </div>
      <span className={`session-status status-${status}`} role="status" data-status={status} title={t(`session.status.${status}`)}>
        <span className="status-text">{t(`session.status.${status}`)}</span>
      </span>
      <span className={`session-step${stepsEditable ? ' visually-hidden' : ''}`} role="status" data-step={control.step}>
        {t('steps.current', { step: t(`steps.${control.step}`) })}
      </span>
      {stepsEditable && (
        <div className="step-switcher" role="group" aria-label={t('steps.label')}>
          {STEPS.map((step, index) => (
            <button key={step} type="button" aria-pressed={control.step === step} data-step-button={step} title={t(`steps.${step}`)} onClick={() => setStep(session.control, step)}>
              {index + 1}<span className="step-name">. {t(`steps.${step}`)}</span>
            </button>
          ))}
        </div>
      )}
      {lockWord && (
        <span className={`session-lock${control.ended ? ' is-ended' : ''}`} data-locked={control.locked || control.ended ? '' : undefined} data-frozen={frozen && !control.locked && !control.ended ? '' : undefined} title={lockWord}>
          <LockIcon />
          <span className="lock-text">{lockWord}</span>
        </span>
      )}
      {secondsLeft !== undefined && (
        <span className={`session-timer${secondsLeft === 0 ? ' is-up' : ''}`} role="timer" aria-live={secondsLeft === 0 ? 'assertive' : 'off'}>
          {secondsLeft === 0 ? t('moderation.timeUp') : t('moderation.timeLeft', { time: formatSeconds(secondsLeft) })}
        </span>
      )}
      {follow}
      {session.isFacilitator && (
        <span className="following-count" role="status">
          {t('moderation.following', { count: people.filter((person) => !person.facilitator && person.following).length })}
        </span>
      )}
      <div className="presence" aria-label={t('session.presenceLabel')}>
        <span className="presence-count">{t('session.present', { count: people.length })}</span>
        <ul>
          {people.map((person) => (
            <li key={person.clientId} style={{ borderColor: person.colour }} data-participant={person.name}>
              <span className="presence-dot" style={{ background: person.colour }} aria-hidden="true" />
              {person.name}
              {person.facilitator && <span className="presence-role"> ({t('session.facilitator')})</span>}
              {person.self && <span className="presence-role"> ({t('session.you')})</span>}
            </li>
          ))}
        </ul>
      </div>
      {onToWorksheet && (
        <button type="button" className={`to-worksheet${voting ? ' is-voting' : ''}${worksheetShown && !voting ? ' is-beside' : ''}`} onClick={onToWorksheet} data-to-worksheet>
          {voting ? (
            <>
              <span className="label-long">{t('votes.toWorksheet')}</span>
              <span className="label-short" aria-hidden="true">{t('votes.toWorksheetShort')}</span>
            </>
          ) : t('session.toWorksheet')}
        </button>
      )}
      <button type="button" className={`invite-button${session.isFacilitator ? '' : ' is-participant'}`} onClick={onInvite}>{t('session.invite')}</button>
    </div>
  );
}

/** A padlock, drawn in the text's colour: the lock's sign where its word does not fit. */
function LockIcon() {
  return (
    <svg className="lock-icon" viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" focusable="false">
      <path d="M4.5 7V5a3.5 3.5 0 0 1 7 0v2" fill="none" stroke="currentColor" strokeWidth="1.8" />
      <rect x="2.5" y="7" width="11" height="8" rx="1.5" fill="currentColor" />
    </svg>
  );
}
