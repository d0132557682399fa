import 'i18next';
import type { en } from './resources';

// Keys are checked by the compiler: `t('retailers:missing')` does not typecheck.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: typeof en;
    returnNull: false;
  }
}
