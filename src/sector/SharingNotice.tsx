/**
 * Beside the eigen route in a session linked to a bijeenkomst: the
 * participants see that their school's route answers are shared, as totals,
 * with that event. Checked on opening, every half minute, and at once when
 * this browser's facilitator links or unlinks.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { sessionEvent, type SessionEvent } from './api';
import { LINK_CHANGED } from './EventLinkControls';
import './sector.css';

const CHECK_EVERY_MS = 30_000;

export function SharingNotice({ code }: { code: string }) {
  const { t } = useTranslation();
  const [link, setLink] = useState<SessionEvent>();
  useEffect(() => {
    let current = true;
    const check = () => sessionEvent(code).then((found) => current && setLink(found), () => {});
    void check();
    const timer = setInterval(check, CHECK_EVERY_MS);
    window.addEventListener(LINK_CHANGED, check);
    return () => {
      current = false;
      clearInterval(timer);
      window.removeEventListener(LINK_CHANGED, check);
    };
  }, [code]);
  if (!link?.event) return null;
  return (
    <p className="sharing-notice" role="note" data-event={link.event.code}>
      {t('sector.notice', { title: link.event.title || link.event.code, school: link.school ?? t('sector.link.anonymousName') })}
    </p>
  );
}
