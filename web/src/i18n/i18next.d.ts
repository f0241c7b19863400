import 'i18next';
import type en from './en.json';

// Keys are checked at compile time against the English catalogue: t('pages.typo') does not build.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof en };
  }
}
