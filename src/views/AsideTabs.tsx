import type { KeyboardEvent, ReactNode } from 'react';

export interface AsideTab<Id extends string> {
  id: Id;
  label: string;
  panel: ReactNode;
  /** The panel keeps arrow and +/- keys for itself (forms, scrolling text) instead of the plate. */
  ownKeys?: boolean;
  className?: string;
  /** A short word on the tab that asks for attention (voting has started). */
  badge?: string;
}

interface AsideTabsProps<Id extends string> {
  label: string;
  tabs: AsideTab<Id>[];
  selected: Id;
  onSelect: (id: Id) => void;
  /** Shown above the tabs (the join code on the projector). */
  header?: ReactNode;
}

/** The panel beside a plate, as tabs (WAI-ARIA tabs: arrow keys move between them). */
export function AsideTabs<Id extends string>({ label, tabs, selected, onSelect, header }: AsideTabsProps<Id>) {
  const current = tabs.find((tab) => tab.id === selected) ?? tabs[0];
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft') return;
    event.preventDefault();
    const index = tabs.indexOf(current);
    const next = tabs[(index + (event.key === 'ArrowRight' ? 1 : tabs.length - 1)) % tabs.length];
    onSelect(next.id);
    document.getElementById(`tab-${next.id}`)?.focus();
  };
  return (
    <div className="session-aside">
      {header}
      <div className="aside-tabs" role="tablist" aria-label={label} onKeyDown={onKeyDown} data-own-keys>
        {tabs.map((tab) => (
          <button
            key={tab.id}
            type="button"
            role="tab"
            id={`tab-${tab.id}`}
            aria-controls={`panel-${tab.id}`}
            aria-selected={tab.id === current.id}
            tabIndex={tab.id === current.id ? 0 : -1}
            onClick={() => onSelect(tab.id)}
          >
            {tab.label}
            {tab.badge && <span className="tab-badge">{tab.badge}</span>}
          </button>
        ))}
      </div>
      <div
        role="tabpanel"
        id={`panel-${current.id}`}
        aria-labelledby={`tab-${current.id}`}
        className={`aside-panel${current.className ? ` ${current.className}` : ''}`}
        {...(current.ownKeys ? { 'data-own-keys': true } : {})}
      >
        {current.panel}
      </div>
    </div>
  );
}
