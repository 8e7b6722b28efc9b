/**
 * Translation keys are typed from the source locale (Dutch): a key that does
 * not exist there fails the type check. English is checked against it in index.ts.
 */
import 'i18next';
import type nl from './nl.json';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof nl };
  }
}
