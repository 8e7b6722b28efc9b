/**
 * A new session opens with its invitation on screen, once, in the browser
 * that started it, and with the answers it was started from (an export or
 * one's solo work), if any.
 */
import type { ResultsExport } from '../results/exportFormat';

interface PendingStart {
  code: string;
  title: string;
  answers?: ResultsExport;
}

let pending: PendingStart | undefined;
let answersForNextSession: ResultsExport | undefined;

/** Answers to put into the next session this browser starts. */
export function startWithAnswers(answers: ResultsExport | undefined): void {
  answersForNextSession = answers;
}

export function pendingAnswers(): ResultsExport | undefined {
  return answersForNextSession;
}

export function requestInvite(code: string, title: string): void {
  pending = { code, title, ...(answersForNextSession ? { answers: answersForNextSession } : {}) };
  answersForNextSession = undefined;
}

/** The title (and answers) of a just-created session, if its invitation is still due. */
export function takeInvite(code: string): Omit<PendingStart, 'code'> | undefined {
  if (pending?.code !== code) return undefined;
  const { code: _code, ...rest } = pending;
  pending = undefined;
  return rest;
}
