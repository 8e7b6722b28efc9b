import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import { plateById, plates } from '../../plates';
import type { Plate } from '../../plates/types';
import type { Language } from '../i18n';
import { cleanCode } from '../session/api';
import { formatSeconds, useCountdown } from '../session/useCountdown';
import { useLiveSession } from '../session/useLiveSession';
import { readControl, type SessionControl } from '../worksheets/control';
import { readCards } from '../worksheets/model';
import { RouteWorksheet } from '../worksheets/RouteWorksheet';
import { visibleCards, worksheetRules } from '../worksheets/rules';
import { tally } from '../worksheets/votes';
import { useWallFit } from './useWallFit';
import { WallBody, wallSignature } from './WallBody';

/** The wall for the projector: the answers of the plate the group is on, every column side by side, readable from the back. */
export function WallView({ code }: { code: string }) {
  const { t } = useTranslation();
  // The wall only reads: it connects without the facilitator's key, so it can never change anything.
  const session = useLiveSession(cleanCode(code), t('wall.title'), undefined);
  if (!session) return null;
  const control = readControl(session.control);
  const followed = plateById(control.follow?.plateId ?? '');
  const plate = followed?.worksheet ? followed : (plates.find((candidate) => candidate.worksheet) ?? plates[0]);
  return <Wall doc={session.worksheet} control={control} plate={plate} code={session.code} />;
}

interface WallProps {
  doc: Y.Doc;
  control: SessionControl;
  plate: Plate;
  code: string;
}

function Wall({ doc, control, plate, code }: WallProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const wallRef = useRef<HTMLDivElement>(null);
  const secondsLeft = useCountdown(control.timer?.endsAt);
  const worksheet = plate.worksheet;
  const rules = worksheetRules(control, 'room');
  const votes = control.votesPerParticipant ? tally(doc, control.votesPerParticipant) : new Map<string, number>();
  const cards = visibleCards(readCards(doc, plate.id), rules, 'room', '');
  // Each column shows all its cards, or scrolls by itself.
  useWallFit(wallRef, '.wall-cards', wallSignature(cards, votes, rules, language));

  return (
    <div className="wall" ref={wallRef} data-wall={plate.id} data-step={control.step}>
      <header className="wall-header">
        <h1>
          <span className="wall-plate-number">{plate.number}</span> {plate.title[language]}
        </h1>
        <p className="wall-meta">
          <span>{control.title}</span>
          <span className="wall-step">{t('steps.current', { step: t(`steps.${control.step}`) })}</span>
          {secondsLeft !== undefined && (
            <span className={`wall-timer${secondsLeft === 0 ? ' is-up' : ''}`} role="timer">
              {secondsLeft === 0 ? t('moderation.timeUp') : t('moderation.timeLeft', { time: formatSeconds(secondsLeft) })}
            </span>
          )}
          <span className="wall-code">{t('session.code')} {code}</span>
        </p>
      </header>
      {worksheet?.kind === 'route' && (
        <div className="wall-route">
          <RouteWorksheet plate={plate} doc={doc} control={control} actor={{ name: '', authorId: '', isFacilitator: false }} canWrite={false} projector />
        </div>
      )}
      {rules.hideOthers && <p className="wall-hidden">{t('wall.hidden')}</p>}
      {!rules.hideOthers && <WallBody plate={plate} control={control} cards={cards} votes={votes} rules={rules} />}
    </div>
  );
}
