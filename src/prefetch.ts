/**
 * Loads the chunks that are split off the first load once the page is idle,
 * so the app keeps working when the network goes away after loading.
 */
export function prefetchWhenIdle(): void {
  const load = () => {
    void import('./handreiking/SectionText');
    void import('./search/searchIndex');
    // The English handreiking is a chunk of its own; fetch it only for those who read English.
    if (document.documentElement.lang === 'en') void import('./content').then(({ loadSections }) => loadSections('en'));
    void import('./session/SessionView');
    void import('./session/StartSessionView');
    void import('./solo/SoloWorksheet');
    void import('./results/ResultsView');
  };
  const idle = (window as { requestIdleCallback?: (callback: () => void, options?: { timeout: number }) => number }).requestIdleCallback;
  const schedule = () => (idle ? idle(load, { timeout: 3000 }) : setTimeout(load, 1500));
  if (document.readyState === 'complete') schedule();
  else addEventListener('load', schedule, { once: true });
}
