/**
 * Keyboard focus never falls to <body>. When the focused control disappears
 * (the last dot given, a form replaced by the page it led to) or is disabled,
 * the focus moves to the next sensible control: the same control drawn again,
 * else the first control near where it was, else the page's main heading.
 * Never a text field other than the same one drawn again: focus in a field
 * invites typing there, which the person did not choose (after following the
 * facilitator to another plate, the new plate's first answer field).
 */
const FOCUSABLE = 'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), summary, [tabindex]:not([tabindex="-1"])';

const TEXT_FIELD = 'textarea, input:not([type]), input[type="text"], input[type="search"]';

function canFocus(element: Element | null): element is HTMLElement {
  return element instanceof HTMLElement && element.isConnected && !element.matches(':disabled') && element.getClientRects().length > 0;
}

/** The page's main heading, made focusable: where focus goes after a route change. */
export function focusMainHeading(): boolean {
  const heading = document.querySelector<HTMLElement>('main h1');
  if (!heading) return false;
  if (!heading.hasAttribute('tabindex')) heading.tabIndex = -1;
  heading.focus({ preventScroll: true });
  return true;
}

function rescue(lost: Element, ancestors: Element[]): void {
  if (lost.id) {
    const again = document.getElementById(lost.id);
    if (again !== lost && canFocus(again)) return again.focus();
  }
  for (const ancestor of ancestors) {
    if (!ancestor.isConnected) continue;
    if (ancestor.matches('main, body')) break;
    const next = [...ancestor.querySelectorAll(FOCUSABLE)].find((candidate): candidate is HTMLElement => canFocus(candidate) && !candidate.matches(TEXT_FIELD));
    if (next) return next.focus();
  }
  focusMainHeading();
}

export function keepFocusOffBody(): () => void {
  let lost: { element: Element; ancestors: Element[] } | undefined;
  let frame = 0;
  const onFocusIn = (event: FocusEvent) => {
    const element = event.target as Element;
    const ancestors: Element[] = [];
    for (let node = element.parentElement; node && ancestors.length < 8; node = node.parentElement) ancestors.push(node);
    lost = { element, ancestors };
  };
  const check = () => {
    frame = 0;
    const active = document.activeElement;
    if (active && active !== document.body) return;
    if (!lost || !document.hasFocus()) return;
    // A click on empty page leaves a control that is still there: that is the user's choice, not a loss.
    if (canFocus(lost.element)) return;
    rescue(lost.element, lost.ancestors);
  };
  const schedule = () => {
    if (!frame) frame = requestAnimationFrame(check);
  };
  const observer = new MutationObserver(schedule);
  observer.observe(document.body, { childList: true, subtree: true, attributes: true, attributeFilter: ['disabled', 'hidden'] });
  document.addEventListener('focusin', onFocusIn);
  document.addEventListener('focusout', schedule);
  return () => {
    cancelAnimationFrame(frame);
    observer.disconnect();
    document.removeEventListener('focusin', onFocusIn);
    document.removeEventListener('focusout', schedule);
  };
}
