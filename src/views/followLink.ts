import type { MouseEvent } from 'react';

/** A plain click on an in-app link navigates without a page load; modified clicks keep the browser's behaviour. */
export function followLink(go: () => void) {
  return (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    go();
  };
}
