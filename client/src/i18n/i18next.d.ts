import 'i18next';
import type { en } from './resources';

// Keys are typed from the English JSON: `t('booth:fields.price')` with a misspelt key fails `tsc`.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: typeof en;
  }
}
