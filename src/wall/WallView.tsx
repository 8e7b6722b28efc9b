import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import { plateById, plates } from '../../plates';
import type { Plate } from '../../plates/types';
import type { Language } from '../i18n';
import { cleanCode } from '../session/api';
import { formatSeconds, useCountdown } from '../session/useCountdown';
import { useLiveSession } from '../session/useLiveSession';
import { usePrefersReducedMotion } from '../views/usePrefersReducedMotion';
import { readControl, type SessionControl } from '../worksheets/control';
import { cardsByColumn, readCards, type Card } from '../worksheets/model';
import { RouteWorksheet } from '../worksheets/RouteWorksheet';
import { rankCards, visibleCards, worksheetRules } from '../worksheets/rules';
import { topPlaces } from '../worksheets/ranking';
import { placeWord, topHeading } from '../results/TopFive';
import { tally } from '../worksheets/votes';
import { fitWall, scrollSlowly } from './fitText';

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
  const reducedMotion = usePrefersReducedMotion();
  const secondsLeft = useCountdown(control.timer?.endsAt);
  const worksheet = plate.worksheet;
  const rules = worksheetRules(control, 'room');
  const votes = control.votesPerParticipant ? tally(doc, control.votesPerParticipant) : new Map<string, number>();
  const cards = visibleCards(readCards(doc, plate.id), rules, 'room', '');
  const columns = worksheet ? cardsByColumn(rules.rankByVotes ? rankCards(cards, votes) : cards, worksheet.columns) : new Map<string, Card[]>();
  const top = topPlaces(rules.showCounts && !rules.votingOpen ? cards : [], (card) => votes.get(card.id) ?? 0);
  const signature = `${cards.map((card) => `${card.id}:${card.text.length}`).join()}|${top.places.length}|${language}`;

  // Fit the type to the cards whenever they or the screen change; scroll only the columns that must.
  useEffect(() => {
    const wall = wallRef.current;
    if (!wall) return;
    let stops: (() => void)[] = [];
    const fit = () => {
      for (const stop of stops) stop();
      const overflowing = fitWall(wall, '.wall-cards');
      stops = reducedMotion ? [] : overflowing.map((column) => scrollSlowly(column));
    };
    fit();
    addEventListener('resize', fit);
    return () => {
      removeEventListener('resize', fit);
      for (const stop of stops) stop();
    };
  }, [signature, reducedMotion]);

  const titleOf = (id: string, fallback: string) => control.rewordings[`${plate.id}/${id}`] ?? fallback;
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
      {worksheet && worksheet.kind !== 'route' && !rules.hideOthers && (
        <div className={`wall-body${top.places.length ? ' has-top' : ''}`}>
          {top.places.length > 0 && (
            <section className="wall-top" aria-labelledby="wall-top-heading" data-wall-top data-widened={top.widened || undefined}>
              <h2 id="wall-top-heading">{topHeading(t, top)}</h2>
              <ol className="wall-cards">
                {top.places.map(({ item: card, votes: count, place, shared }) => (
                  <WallCard key={card.id} card={card} votes={count} place={placeWord(t, place, shared)} />
                ))}
              </ol>
            </section>
          )}
          {worksheet.columns.map((column) => {
            const list = columns.get(column.id) ?? [];
            return (
              <section key={column.id} className="wall-column" aria-labelledby={`wall-${column.id}`} data-wall-column={column.id}>
                <h2 id={`wall-${column.id}`}>
                  {titleOf(column.id, column.title[language])}
                  <span className="wall-count" data-count={list.length}>{t('wall.cards', { count: list.length })}</span>
                </h2>
                {list.length === 0 ? (
                  <p className="wall-empty">{t('wall.empty')}</p>
                ) : (
                  <ul className="wall-cards">
                    {list.map((card) => <WallCard key={card.id} card={card} votes={rules.showCounts ? votes.get(card.id) ?? 0 : undefined} />)}
                  </ul>
                )}
              </section>
            );
          })}
        </div>
      )}
    </div>
  );
}

function WallCard({ card, votes, place }: { card: Card; votes?: number; place?: string }) {
  const { t } = useTranslation();
  return (
    <li className="wall-card" data-wall-card={card.id}>
      <p className="wall-card-text">{place && <span className="wall-place">{place} </span>}{card.text}</p>
      {card.detail && <p className="wall-card-detail">{card.detail}</p>}
      <p className="wall-card-footer">
        <span>{card.author}</span>
        {votes !== undefined && votes > 0 && <span className="wall-votes" data-votes={votes}>{t('votes.count', { count: votes })}</span>}
      </p>
    </li>
  );
}
