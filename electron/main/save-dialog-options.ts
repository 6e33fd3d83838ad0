import path from 'node:path';
import type { SaveDialogOptions } from 'electron';
import type { SaveFileRequest } from '../../shared/contract/channel-names';
import en from '../../shared/i18n/en.json';
import zhCN from '../../shared/i18n/zh-CN.json';

/** Every kind of file the host saves: the page as PDF, or bytes the page holds. */
export type SavedExtension = 'pdf' | SaveFileRequest['extension'];

/** Chinese for any zh locale, English otherwise, from the app's translation files, as the menu does. */
export function hostDialogLabels(locale: string): typeof en.hostDialogs {
  return locale.toLowerCase().startsWith('zh') ? zhCN.hostDialogs : en.hostDialogs;
}

const kinds = {
  pdf: { titleKey: 'savePdfTitle', filter: { name: 'PDF', extensions: ['pdf'] } },
  xlsx: { titleKey: 'saveXlsxTitle', filter: { name: 'Excel', extensions: ['xlsx'] } },
} as const satisfies Record<SavedExtension, { titleKey: keyof typeof en.hostDialogs; filter: unknown }>;

/**
 * Opens on Documents, never a temp folder, listing files of the one kind. Linux asks before
 * overwriting only when told to; Windows would otherwise list the file, whose name the next user
 * of the PC sees, among its recent documents.
 */
export function saveDialogOptions(
  documentsFolder: string,
  fileName: string,
  extension: SavedExtension,
  locale: string,
): SaveDialogOptions {
  const kind = kinds[extension];
  return {
    title: hostDialogLabels(locale)[kind.titleKey],
    defaultPath: path.join(documentsFolder, fileName),
    filters: [{ name: kind.filter.name, extensions: [...kind.filter.extensions] }],
    properties: ['createDirectory', 'showOverwriteConfirmation', 'dontAddToRecent'],
  };
}
