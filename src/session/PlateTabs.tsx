import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { plates } from '../../plates';
import type { Language } from '../i18n';
import { formatRoute } from '../router';
import { useAppStore } from '../store/appStore';
import { followLink } from '../views/followLink';

/**
 * The plates of a session, as links in the plate's toolbar; choosing one is a move of one's own
 * (it leaves follow mode). Beside the toolbar's buttons only the current plate shows its title,
 * the others their number (the title stays for screen readers and in the tooltip).
 */
export function PlateTabs({ code, current, onChoose }: { code: string; current: string; onChoose: () => void }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const navigate = useAppStore((state) => state.navigate);
  const nav = useRef<HTMLElement>(null);
  // On a narrow screen the strip scrolls: keep the current plate in sight (without scrolling the page).
  useEffect(() => {
    const tab = nav.current?.querySelector<HTMLElement>('[aria-current="page"]');
    if (nav.current && tab) nav.current.scrollLeft = Math.max(0, tab.offsetLeft - nav.current.offsetLeft - 12);
  }, [current]);
  return (
    <nav className="plate-tabs" aria-label={t('session.plates')} ref={nav}>
      {plates.map((plate) => {
        const route = { page: 'session', code, plateId: plate.id } as const;
        return (
          <a
            key={plate.id}
            href={formatRoute(route)}
            aria-current={plate.id === current ? 'page' : undefined}
            title={plate.title[language]}
            onClick={followLink(() => {
              onChoose();
              navigate(route);
            })}
          >
            <span className="plate-tab-number">{plate.number}</span> <span className="plate-tab-title">{plate.title[language]}</span>
          </a>
        );
      })}
    </nav>
  );
}
