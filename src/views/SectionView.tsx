import { useTranslation } from 'react-i18next';
import { LazySectionText as SectionText } from '../handreiking/LazySectionText';
import { useAppStore } from '../store/appStore';
import { followLink } from './followLink';

export function SectionView({ sectionId }: { sectionId: string }) {
  const { t } = useTranslation();
  const navigate = useAppStore((state) => state.navigate);
  return (
    <article className="section-page">
      <a href="/" onClick={followLink(() => navigate({ page: 'home' }))}>← {t('section.back')}</a>
      <SectionText id={sectionId} headingLevel={2} />
    </article>
  );
}
