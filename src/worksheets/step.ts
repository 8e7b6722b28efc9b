/**
 * The steps of a workshop, set by the facilitator in the control document.
 * Plain functions, so what each step does is tested as a table.
 */
export const STEPS = ['explore', 'fill', 'vote', 'results'] as const;
export type Step = (typeof STEPS)[number];

/** Dots each participant gets when voting starts and the facilitator has not chosen a number. */
export const DEFAULT_DOTS = 3;

export function readStep(value: unknown): Step {
  return STEPS.includes(value as Step) ? (value as Step) : 'explore';
}

/** What the control document needs to change to move to `step`. */
export function stepChanges(
  control: { votesPerParticipant: number; locked: boolean },
  step: Step,
): Record<string, unknown> {
  switch (step) {
    case 'explore':
      return { step };
    case 'fill':
      // Filling in needs an open worksheet.
      return { step, locked: false };
    case 'vote':
      // Votes are writes to the worksheet document: a lock would refuse them.
      return { step, locked: false, votesPerParticipant: control.votesPerParticipant || DEFAULT_DOTS };
    case 'results':
      // Voting closes; the counts are shown to everyone.
      return { step };
  }
}
