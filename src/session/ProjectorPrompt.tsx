import { useTranslation } from 'react-i18next';
import type { Plate } from '../../plates/types';
import type { Language } from '../i18n';

/**
 * On the projector the worksheet's question runs across the top of the plate, in two lines
 * where the panel beside it would need five: the panel keeps its height for the cards.
 */
export function ProjectorPrompt({ plate }: { plate: Plate }) {
  const { i18n } = useTranslation();
  const language = i18n.language as Language;
  const worksheet = plate.worksheet;
  if (!worksheet) return null;
  return (
    <p className="projector-prompt" data-prompt={plate.id}>
      <strong>{worksheet.prompt[language]}</strong>
      {worksheet.hint && <span className="projector-prompt-hint"> {worksheet.hint[language]}</span>}
    </p>
  );
}
