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
  'scales.library',
  'scales.definition',
  'scales.previewDistrictKey',
  'scales.installDistrictKey',
  'scales.previewPack',
  'scales.installPack',
  'scales.saveResult',
  'scales.listResults',
  'scales.getResult',
  'scales.startSelfReport',
  'scales.resumeSelfReport',
  'scales.currentSelfReport',
  'scales.answerSelfReport',
  'scales.finishSelfReport',
  'scales.exitSelfReport',
  'scales.listSelfReports',
  'scales.previewScreening',
  'scales.commitScreening',
  'scales.listScreenings',
  'scales.screeningOverview',
  'hotlines.list',
  'hotlines.save',
  'crisisPolicy.get',
  'crisisPolicy.save',
  'safetyPlans.new',
  'safetyPlans.save',
  'safetyPlans.get',
  'safetyPlans.forStudent',
  'classChecks.record',
  'classChecks.month',
  'classChecks.get',
  'classChecks.forStudent',
  'crisis.open',
  'crisis.get',
  'crisis.record',
  'crisis.list',
  'crisis.followUps',
  'crisis.openReferrals',
  'crisis.ledger',
  'crisis.exportLedger',
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

/**
 * A host capability, not a contract row: only the Electron host can show a native save dialog
 * and render the page to PDF, so the browser host has no such call. The page names a file; the
 * counselor picks the folder; the path never goes to the page.
 */
export const savePdfChannel = 'host.save-pdf';

export interface SavePdfRequest {
  /** A file name without folder; the main process sanitizes it and adds `.pdf`. */
  readonly suggestedName: string;
}

/**
 * The sibling capability for bytes the page already holds (the crisis ledger's workbook): the
 * same dialog, checks and reply as `savePdfChannel`, since the browser-style download is
 * cancelled in the app.
 */
export const saveFileChannel = 'host.save-file';

/** The kinds of file the page may save; the main process refuses any other. */
export const savableFileExtensions = ['xlsx'] as const;

export interface SaveFileRequest {
  /** A file name without folder; the main process sanitizes it and adds the extension. */
  readonly suggestedName: string;
  readonly extension: (typeof savableFileExtensions)[number];
  /** The file's bytes as base64, as the backend sends a file. */
  readonly contentBase64: string;
}

/** Saved (the name only, never the path); cancelled; refused (a temp folder); or failed. */
export type HostSaveReply =
  | { readonly saved: true; readonly fileName: string }
  | { readonly saved: false }
  | { readonly saved: false; readonly refused: 'tempFolder' }
  | { readonly saved: false; readonly failed: true };
