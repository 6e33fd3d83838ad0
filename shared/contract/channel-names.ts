/**
 * Every channel of the contract, by name. Kept free of zod so the preload can expose one
 * function per channel without bundling schemas; `contract.ts` checks this list against
 * the table at compile time, so the two cannot drift apart.
 */
export const channelNames = [
  'vault.status',
  'vault.setup',
  'vault.unlock',
  'vault.lock',
  'vault.touch',
  'vault.changePassphrase',
  'settings.get',
  'settings.update',
  'students.create',
  'students.update',
  'students.get',
  'students.list',
  'students.archive',
  'students.restore',
  'students.promoteSchoolYear',
  'students.previewImport',
  'students.commitImport',
  'students.listFlags',
  'students.addFlag',
  'students.updateFlag',
  'sessions.createDraft',
  'sessions.saveDraft',
  'sessions.getDraft',
  'sessions.listDrafts',
  'sessions.discardDraft',
  'sessions.finalize',
  'sessions.amend',
  'sessions.get',
  'sessions.history',
  'sessions.search',
  'sessions.timeline',
  'sessions.agenda',
  'sessions.listTemplates',
  'sessions.addTemplate',
  'sessions.updateTemplate',
  'sessions.listCategories',
  'sessions.addCategory',
  'sessions.updateCategory',
] as const;

export type ChannelName = (typeof channelNames)[number];

/** The name a channel has as a function on the preload bridge: `vault.setup` → `vaultSetup`. */
export function bridgeFunctionName(channel: ChannelName): string {
  return channel.replace(/\.(\w)/g, (_match, letter: string) => letter.toUpperCase());
}

/**
 * The one message the main process pushes to the renderer: the vault was locked from outside
 * the page (the Lock menu item, the system going to sleep or locking the screen). Not a
 * channel of the contract: nothing is called, the page only listens.
 */
export const lockedEventChannel = 'vault.locked';

/**
 * Sent before the main process locks (menu, sleep, screen lock, quit): the page saves what was
 * typed and then locks itself; the main process locks anyway after a short grace period.
 */
export const lockRequestedEventChannel = 'vault.lock-requested';
