import type { ChannelName } from '../../../shared/contract';

/**
 * While a student answers a questionnaire on the counselor's computer, the backend serves only
 * what that screen needs: the vault's status and lock (locking stays possible at any time), the
 * settings for language and theme, and the self-report calls. Everything else, every record
 * included, is refused until the counselor's passphrase ends the mode.
 */
const selfReportChannels: ReadonlySet<ChannelName> = new Set<ChannelName>([
  'vault.status',
  'vault.touch',
  'vault.lock',
  'settings.get',
  'scales.currentSelfReport',
  'scales.answerSelfReport',
  'scales.finishSelfReport',
  'scales.exitSelfReport',
]);

export function allowedDuringSelfReport(channel: ChannelName): boolean {
  return selfReportChannels.has(channel);
}
