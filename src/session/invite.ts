/**
 * A new session opens with its invitation on screen, once, in the browser
 * that started it, and with the answers it was started from (an export or
 * one's solo work), if any.
 */
import type { ResultsExport } from '../worksheets/exportFormat';

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

/**
 * The title of a just-created session while its invitation is due. Reading
 * does not consume it: a view that is mounted again still opens the invitation.
 */
export function pendingInvite(code: string): { title: string } | undefined {
  return pending?.code === code ? { title: pending.title } : undefined;
}

/** The invitation has been seen (closed); it does not open again. Its answers were taken when the session opened. */
export function dismissInvite(code: string): void {
  if (pending?.code === code) pending = undefined;
}

/** The answers the session starts with, handed out once. */
export function takeAnswers(code: string): ResultsExport | undefined {
  if (pending?.code !== code || !pending.answers) return undefined;
  const { answers, ...invite } = pending;
  pending = invite;
  return answers;
}
