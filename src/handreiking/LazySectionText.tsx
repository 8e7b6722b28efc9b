import { lazy, Suspense, type ComponentProps } from 'react';
import type { SectionText as SectionTextComponent } from './SectionText';

// The Markdown renderer is loaded after the first paint, so the plate is drawn sooner.
const SectionText = lazy(() => import('./SectionText').then((module) => ({ default: module.SectionText })));

export function LazySectionText(props: ComponentProps<typeof SectionTextComponent>) {
  return (
    <Suspense fallback={<div className="section-loading" aria-busy="true" />}>
      <SectionText {...props} />
    </Suspense>
  );
}
