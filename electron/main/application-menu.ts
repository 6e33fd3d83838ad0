import type { MenuItemConstructorOptions } from 'electron';
import en from '../../shared/i18n/en.json';
import zhCN from '../../shared/i18n/zh-CN.json';

export interface MenuLabels {
  file: string;
  lock: string;
  quit: string;
  edit: string;
  developer: string;
}

/** Menu labels in the system's language, from the app's translation files: Chinese for any zh locale, English otherwise. */
export function menuLabels(locale: string): MenuLabels {
  return locale.toLowerCase().startsWith('zh') ? zhCN.menu : en.menu;
}

export const lockAccelerator = 'CmdOrCtrl+L';

/**
 * The whole application menu: Lock (so the counselor can lock the records from the keyboard
 * when someone walks in), Quit, and the standard Edit roles that make copy and paste work in
 * text fields on macOS. Reload and developer tools exist only in development.
 */
export function applicationMenuTemplate(options: {
  platform: NodeJS.Platform;
  isPackaged: boolean;
  labels: MenuLabels;
  onLock: () => void;
}): MenuItemConstructorOptions[] {
  const { platform, isPackaged, labels, onLock } = options;
  const isMac = platform === 'darwin';
  const lock: MenuItemConstructorOptions = {
    id: 'lock',
    label: labels.lock,
    accelerator: lockAccelerator,
    click: () => onLock(),
  };

  const template: MenuItemConstructorOptions[] = [];
  if (isMac) template.push({ role: 'appMenu' });
  template.push({
    label: labels.file,
    submenu: isMac ? [lock] : [lock, { type: 'separator' }, { role: 'quit', label: labels.quit }],
  });
  template.push({ role: 'editMenu', label: labels.edit });
  if (!isPackaged) {
    template.push({ label: labels.developer, submenu: [{ role: 'reload' }, { role: 'toggleDevTools' }] });
  }
  if (isMac) template.push({ role: 'windowMenu' });
  return template;
}
