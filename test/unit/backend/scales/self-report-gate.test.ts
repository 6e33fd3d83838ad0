import { describe, expect, it } from 'vitest';
import { channelNames } from '../../../../shared/contract/channel-names';
import { allowedDuringSelfReport } from '../../../../electron/backend/scales/self-report-gate';

describe('the self-report gate', () => {
  it('lets through only the vault status and lock, the settings and the self-report calls', () => {
    expect(channelNames.filter(allowedDuringSelfReport)).toEqual([
      'vault.status',
      'vault.lock',
      'vault.touch',
      'settings.get',
      'scales.currentSelfReport',
      'scales.answerSelfReport',
      'scales.finishSelfReport',
      'scales.exitSelfReport',
    ]);
  });

  it('refuses every record, every change and the calls that would start or resume another questionnaire', () => {
    for (const channel of [
      'students.list',
      'students.get',
      'sessions.timeline',
      'scales.listResults',
      'scales.startSelfReport',
      'scales.resumeSelfReport',
      'scales.listSelfReports',
      'vault.unlock',
      'vault.changePassphrase',
      'settings.update',
    ] as const) {
      expect(allowedDuringSelfReport(channel), channel).toBe(false);
    }
  });
});
