import 'i18next';
import type zhCN from '../../../shared/i18n/zh-CN.json';

// Every t('…') key is checked against the Chinese resources at compile time; a unit test keeps
// the English file's keys identical.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof zhCN };
  }
}
