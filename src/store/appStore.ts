import { create } from 'zustand';
import { formatRoute, parseRoute, sameStop, type Route } from '../router';

interface AppState {
  route: Route;
  /** Show the plate as structured text instead of the canvas. */
  textView: boolean;
  navigate: (route: Route, options?: { replace?: boolean }) => void;
  setTextView: (on: boolean) => void;
}

export const useAppStore = create<AppState>()((set, get) => ({
  route: parseRoute(location.pathname, location.search),
  textView: false,
  navigate: (route, options) => {
    const url = formatRoute(route);
    if (options?.replace || sameStop(get().route, route)) history.replaceState(null, '', url);
    else history.pushState(null, '', url);
    set({ route });
  },
  setTextView: (textView) => set({ textView }),
}));

/** Browser back and forward restore the view the URL describes. */
export function bindHistory(): () => void {
  const onPopState = () => useAppStore.setState({ route: parseRoute(location.pathname, location.search) });
  addEventListener('popstate', onPopState);
  return () => removeEventListener('popstate', onPopState);
}

/** Record the viewport in the URL without a history entry and without re-rendering. */
export function rememberViewInUrl(route: Route): void {
  history.replaceState(null, '', formatRoute(route));
}
