/** A new session opens with its invitation on screen, once, in the browser that started it. */
let pending: { code: string; title: string } | undefined;

export function requestInvite(code: string, title: string): void {
  pending = { code, title };
}

/** The title to show for a just-created session, if its invitation is still due. */
export function takeInvite(code: string): { title: string } | undefined {
  if (pending?.code !== code) return undefined;
  const { title } = pending;
  pending = undefined;
  return { title };
}
