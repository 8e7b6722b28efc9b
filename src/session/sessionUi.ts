/**
 * What a participant chose on their own screen, kept outside the component
 * tree so nothing the facilitator does (a part opened, a plate changed) resets
 * it: the tab of the side panel, and where they were in the session.
 */
import { create } from 'zustand';

export type AsideTabId = 'worksheet' | 'handreiking';

interface SessionUiState {
  tabs: Record<string, AsideTabId>;
  /** Increases when someone asks to go to the worksheet; the panel then moves the focus there. */
  worksheetRequests: number;
  /** The same for the facilitator's tools (a skip link). */
  toolsRequests: number;
  setTab: (code: string, tab: AsideTabId) => void;
  goToWorksheet: (code: string) => void;
  goToTools: (code: string) => void;
}

export const useSessionUi = create<SessionUiState>()((set) => ({
  tabs: {},
  worksheetRequests: 0,
  toolsRequests: 0,
  setTab: (code, tab) => set((state) => ({ tabs: { ...state.tabs, [code]: tab } })),
  goToWorksheet: (code) => set((state) => ({ tabs: { ...state.tabs, [code]: 'worksheet' }, worksheetRequests: state.worksheetRequests + 1 })),
  // The tools unfold on the worksheet tab; beside the handreiking they fold away.
  goToTools: (code) => set((state) => ({ tabs: { ...state.tabs, [code]: 'worksheet' }, toolsRequests: state.toolsRequests + 1 })),
}));

export function useAsideTab(code: string): AsideTabId {
  return useSessionUi((state) => state.tabs[code] ?? 'worksheet');
}

const PLACE_KEY = 'praatplaten.sessionPlace:';

export interface SessionPlace {
  plateId: string;
  hotspotId?: string;
}

/** Where this tab was in a session, so "back to the session" returns there (and survives a reload of the results page). */
export function rememberSessionPlace(code: string, place: SessionPlace): void {
  try {
    sessionStorage.setItem(PLACE_KEY + code, JSON.stringify(place));
  } catch {
    // Storage refused: "back" then goes to where the group is.
  }
}

export function sessionPlace(code: string): SessionPlace | undefined {
  try {
    const place = JSON.parse(sessionStorage.getItem(PLACE_KEY + code) ?? 'null') as Partial<SessionPlace> | null;
    if (typeof place?.plateId !== 'string') return undefined;
    return { plateId: place.plateId, ...(typeof place.hotspotId === 'string' ? { hotspotId: place.hotspotId } : {}) };
  } catch {
    return undefined;
  }
}
