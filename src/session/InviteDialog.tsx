import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QrCode } from './QrCode';

interface InviteDialogProps {
  code: string;
  title: string;
  facilitatorKey?: string;
  open: boolean;
  onClose: () => void;
}

/** The code, join link and QR code, large enough to read and scan from the back of a room. */
export function InviteDialog({ code, title, facilitatorKey, open, onClose }: InviteDialogProps) {
  const { t } = useTranslation();
  const dialog = useRef<HTMLDialogElement>(null);
  const [copied, setCopied] = useState(false);
  const joinUrl = `${location.origin}/doe-mee/${code}`;
  // The key travels after the `#`, which browsers never send to a server: it stays out of every access log.
  const facilitatorUrl = facilitatorKey ? `${location.origin}/sessie/${code}#key=${encodeURIComponent(facilitatorKey)}` : undefined;

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) element.showModal();
    if (!open && element.open) element.close();
  }, [open]);

  const copy = async () => {
    if (!facilitatorUrl) return;
    await navigator.clipboard?.writeText(facilitatorUrl).catch(() => undefined);
    setCopied(true);
  };

  return (
    <dialog ref={dialog} className="invite-dialog" aria-labelledby="invite-heading" onClose={onClose}>
      <div className="invite-layout">
        <div className="invite-text">
          <p className="invite-session-title">{title}</p>
          <h2 id="invite-heading">{t('session.inviteTitle')}</h2>
          <p className="invite-go">{t('session.inviteGo', { url: `${location.host}/doe-mee` })}</p>
          <p className="invite-code-label">{t('session.code')}</p>
          <p className="invite-code" data-session-code={code}>{code.slice(0, 3)} {code.slice(3)}</p>
        </div>
        <QrCode text={joinUrl} label={t('session.qrLabel', { code })} />
      </div>
      {facilitatorUrl && (
        <details className="facilitator-link">
          <summary>{t('session.facilitatorLink')}</summary>
          <p>{t('session.facilitatorLinkHelp')}</p>
          <input readOnly value={facilitatorUrl} aria-label={t('session.facilitatorLink')} onFocus={(event) => event.target.select()} />
          <button type="button" onClick={copy}>{copied ? t('session.copied') : t('session.copy')}</button>
        </details>
      )}
      <form method="dialog">
        <button type="submit" className="primary-button">{t('session.close')}</button>
      </form>
    </dialog>
  );
}
