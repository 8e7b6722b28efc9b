import { useTranslation } from 'react-i18next';
import type { Plate } from '../../plates/types';
import type { Language } from '../i18n';

interface FollowBannerProps {
  following: boolean;
  held: boolean;
  onFollow: () => void;
}

/** Whether this participant follows the facilitator, and one click to follow again. */
export function FollowBanner({ following, held, onFollow }: FollowBannerProps) {
  const { t } = useTranslation();
  return (
    <div className={`follow-banner${following ? ' is-following' : ''}`} role="status" data-following={following} data-held={held || undefined}>
      {following ? (
        <span title={held ? t('follow.heldLong') : undefined}>{held ? t('follow.held') : t('follow.following')}</span>
      ) : (
        <>
          <span title={t('follow.notFollowingLong')}>{t('follow.notFollowing')}</span>
          <button type="button" onClick={onFollow}>{t('follow.rejoin')}</button>
        </>
      )}
    </div>
  );
}

interface OpenedPartNoteProps {
  plate: Plate;
  hotspotId: string;
  onRead: () => void;
  onDismiss: () => void;
}

/** The facilitator opened a part: the follower's plate moved, their panel did not; the text is one click away. */
export function OpenedPartNote({ plate, hotspotId, onRead, onDismiss }: OpenedPartNoteProps) {
  const { t, i18n } = useTranslation();
  const hotspot = plate.hotspots.find((candidate) => candidate.id === hotspotId);
  if (!hotspot) return null;
  return (
    <div className="opened-note" role="status" data-opened-note={hotspotId}>
      <span>{t('follow.opened', { label: hotspot.label[i18n.language as Language] })}</span>
      <button type="button" className="link-button" onClick={onRead}>{t('follow.readText')}</button>
      <button type="button" className="note-dismiss" aria-label={t('follow.dismiss')} onClick={onDismiss}>×</button>
    </div>
  );
}
