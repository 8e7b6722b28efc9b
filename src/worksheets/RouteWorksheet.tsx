import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import type { Plate, WorksheetColumn } from '../../plates/types';
import type { Language } from '../i18n';
import type { SessionControl } from './control';
import { CHOICES, PRIORITIES, readAnswers, readSpread, setChoice, setPriority, setStand, STAND_STEP_KEYS, STAND_STEPS, type Choice, type Priority, type ThemeSpread } from './route';
import type { WorksheetActor } from './actor';

interface RouteWorksheetProps {
  plate: Plate;
  doc: Y.Doc;
  control: SessionControl;
  actor: WorksheetActor;
  canWrite: boolean;
  projector: boolean;
}

/** Plate 5's worksheet: each participant chooses the school's route; the room sees the spread. */
export function RouteWorksheet({ plate, doc, control, actor, canWrite, projector }: RouteWorksheetProps) {
  const { t } = useTranslation();
  const themes = plate.worksheet?.columns ?? [];
  const mine = readAnswers(doc, plate.id, actor.authorId);
  const spread = readSpread(doc, plate.id, themes);
  const showSpread = projector || actor.isFacilitator;
  const spreadHidden = control.hidden && (projector || !actor.isFacilitator);
  return (
    <div className="route-worksheet">
      {themes.map((theme) => (
        <section key={theme.id} className="route-theme" data-theme={theme.id}>
          <ThemeHeading theme={theme} />
          {!projector && (
            <ThemeAnswers plate={plate} doc={doc} theme={theme} participant={actor.authorId} answers={mine} disabled={!canWrite} />
          )}
          {showSpread && (spreadHidden ? <p className="worksheet-hidden">{t('route.spreadHidden')}</p> : <ThemeSpreadView theme={theme} spread={spread.get(theme.id)!} />)}
        </section>
      ))}
    </div>
  );
}

function ThemeHeading({ theme }: { theme: WorksheetColumn }) {
  const { i18n } = useTranslation();
  return <h3 className="route-theme-title">{theme.title[i18n.language as Language]}</h3>;
}

interface ThemeAnswersProps {
  plate: Plate;
  doc: Y.Doc;
  theme: WorksheetColumn;
  participant: string;
  answers: ReturnType<typeof readAnswers>;
  disabled: boolean;
}

function ThemeAnswers({ plate, doc, theme, participant, answers, disabled }: ThemeAnswersProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const name = useId();
  return (
    <div className="route-answers">
      <fieldset className="route-scale" disabled={disabled}>
        <legend>{t('route.stand')}</legend>
        {STAND_STEPS.map((step) => (
          <label key={step} className="route-step">
            <input
              type="radio"
              name={`${name}-stand`}
              value={step}
              checked={answers.stands[theme.id] === step}
              onChange={() => setStand(doc, plate.id, participant, theme.id, step)}
            />
            <span className="route-step-number">{step}</span> {t(`route.step${step}`)}
          </label>
        ))}
      </fieldset>
      <fieldset className="route-priority" disabled={disabled}>
        <legend>{t('route.priority')}</legend>
        {PRIORITIES.map((priority) => (
          <label key={priority}>
            <input
              type="radio"
              name={`${name}-priority`}
              value={priority}
              checked={answers.priorities[theme.id] === priority}
              onChange={() => setPriority(doc, plate.id, participant, theme.id, priority as Priority)}
            />
            {t(`route.${priority}`)}
          </label>
        ))}
      </fieldset>
      {theme.items && theme.items.length > 0 && (
        <div className="route-roadmap">
          <p className="route-roadmap-title">{t('route.roadmap')}</p>
          <ul>
            {theme.items.map((item) => (
              <li key={item.id} data-item={item.id}>
                <span className="route-year">{item.year}</span>
                <span className="route-item-text">
                  {item.text[language]}
                  {item.target && <span className="route-target"> {t('route.target')}: {item.target[language]}</span>}
                </span>
                <label className="visually-hidden" htmlFor={`${name}-${item.id}`}>{t('route.choice')} {item.text[language]}</label>
                <select
                  id={`${name}-${item.id}`}
                  disabled={disabled}
                  value={answers.choices[item.id] ?? ''}
                  onChange={(event) => setChoice(doc, plate.id, participant, item.id, event.target.value as Choice)}
                >
                  <option value="" disabled>{t('route.unanswered')}</option>
                  {CHOICES.map((choice) => <option key={choice} value={choice}>{t(`route.${choice}`)}</option>)}
                </select>
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}

function ThemeSpreadView({ theme, spread }: { theme: WorksheetColumn; spread: ThemeSpread }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const total = spread.stands.reduce((sum, count) => sum + count, 0);
  const most = Math.max(1, ...spread.stands);
  return (
    <div className="route-spread" data-spread={theme.id} data-answers={total}>
      <p className="route-spread-title">{t('route.spread')} ({t('route.answers', { count: total })})</p>
      <ol className="route-bars" aria-label={t('route.stand')}>
        {spread.stands.map((count, index) => (
          <li key={index}>
            <span className="route-bar-label">{index + 1}. {t(STAND_STEP_KEYS[index])}</span>
            <span className="route-bar" style={{ width: `${(count / most) * 100}%` }} aria-hidden="true" />
            <span className="route-bar-count">{count}</span>
          </li>
        ))}
      </ol>
      <p className="route-priorities">
        {t('route.priority')}: {PRIORITIES.map((priority) => `${t(`route.${priority}`)} ${spread.priorities[priority]}`).join(' · ')}
      </p>
      {theme.items && theme.items.length > 0 && (
        <ul className="route-item-spread">
          {theme.items.map((item) => {
            const counts = spread.choices[item.id];
            return (
              <li key={item.id}>
                <span className="route-year">{item.year}</span>{' '}
                <span className="route-item-counts">{CHOICES.map((choice) => `${t(`route.${choice}`)} ${counts[choice]}`).join(' · ')}</span>{' '}
                <span className="route-item-name">{item.text[language]}</span>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
