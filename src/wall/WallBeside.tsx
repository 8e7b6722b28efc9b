import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Plate } from '../../plates/types';
import type { SessionControl } from '../worksheets/control';
import type { Card } from '../worksheets/model';
import type { WorksheetRules } from '../worksheets/rules';
import { useWallFit } from './useWallFit';
import { WallBody, wallSignature } from './WallBody';

interface WallBesideProps {
  plate: Plate;
  control: SessionControl;
  cards: Card[];
  votes: ReadonlyMap<string, number>;
  rules: WorksheetRules;
}

/**
 * The wall beside the plate, in the facilitator's projector view: the plate keeps the width its
 * titles need, so the columns are stacked in the panel and fitted as one, by the wall's own rule
 * (the largest type at which every card shows, at least 24 px; then one line per card; then a slow scroll).
 */
export function WallBeside({ plate, control, cards, votes, rules }: WallBesideProps) {
  const { i18n } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  useWallFit(ref, '.wall-body', wallSignature(cards, votes, rules, i18n.language));
  return (
    <div className="wall-beside" ref={ref} data-wall-beside={plate.id}>
      <WallBody plate={plate} control={control} cards={cards} votes={votes} rules={rules} beside />
    </div>
  );
}
