import { type Clock, isoNow } from '../clock';
import type { Handlers } from '../router';
import { localDate } from '../sessions/calendar';
import type { VaultService } from '../vault/vault-service';
import { installDistrictKey, previewDistrictKey } from './installed-key-service';
import { installPack, previewPack } from './installed-pack-service';
import { definitionRecord, scaleLibrary } from './library-service';
import { listResults, openResult, saveResult } from './result-service';
import { commitScreening, listScreenings, previewScreening } from './screening-service';
import { readScreeningFile } from './screening-file';
import { screeningOverview } from './screening-overview';
import type { SelfReportMode } from './self-report-mode';
import {
  answerSelfReport,
  currentSelfReport,
  endSitting,
  finishSelfReport,
  listSelfReports,
  resumeSelfReport,
  startSelfReport,
} from './self-report-service';
import { storeBundledDefinitions } from './stored-definitions';

type ScaleChannel = Extract<keyof Handlers, `scales.${string}`>;

export function scalesHandlers(vault: VaultService, clock: Clock, mode: SelfReportMode): Pick<Handlers, ScaleChannel> {
  // Every scale call may name a shipped definition by hash: store them on first use after unlocking.
  const session = () => {
    const vaultSession = vault.requireSession();
    const act = { by: vaultSession.profileId, at: isoNow(clock) };
    storeBundledDefinitions(vaultSession.connection, act.at);
    return { connection: vaultSession.connection, act, vaultSession };
  };
  const connection = () => session().connection;
  return {
    'scales.library': () => scaleLibrary(connection()),
    'scales.definition': ({ hash }) => definitionRecord(connection(), hash),
    'scales.previewDistrictKey': (file) => {
      vault.requireSession();
      return previewDistrictKey(file);
    },
    'scales.installDistrictKey': (input) => {
      const { connection, act } = session();
      return installDistrictKey(connection, input, act);
    },
    'scales.previewPack': (file) => previewPack(connection(), file),
    'scales.installPack': (file) => {
      const { connection, act } = session();
      return installPack(connection, file, act);
    },
    'scales.saveResult': (input) => {
      const { connection, act } = session();
      return saveResult(connection, input, act);
    },
    'scales.listResults': (input) => listResults(connection(), input),
    'scales.getResult': ({ id }) => {
      const { connection, act } = session();
      return openResult(connection, id, act);
    },
    'scales.startSelfReport': (input) => {
      const { connection, act, vaultSession } = session();
      return startSelfReport(connection, mode, vaultSession, input, act);
    },
    'scales.resumeSelfReport': ({ sessionId }) => {
      const { connection, act, vaultSession } = session();
      return resumeSelfReport(connection, mode, vaultSession, sessionId, act);
    },
    // Asked by the screen after a reload, perhaps while locked: outside the mode there is none.
    'scales.currentSelfReport': () => (mode.isOn() ? currentSelfReport(connection(), mode) : null),
    'scales.answerSelfReport': (input) => {
      const { connection, act } = session();
      return answerSelfReport(connection, mode, input, act);
    },
    'scales.finishSelfReport': ({ sessionId }) => {
      const { connection, act } = session();
      finishSelfReport(connection, mode, sessionId, { ...act, today: localDate(clock.now()) });
      return {};
    },
    // The passphrase is checked as at unlock, counted and throttled; the session is taken again after.
    'scales.exitSelfReport': async ({ passphrase }) => {
      vault.requireSession();
      await vault.checkPassphrase(passphrase);
      const { connection, act } = session();
      return { critical: endSitting(connection, mode, act) };
    },
    'scales.listSelfReports': () => listSelfReports(connection()),
    // Reading a workbook is asynchronous: the session is checked before, and taken afresh after.
    'scales.previewScreening': async ({ scaleHash, mapping, flagConcern, ...file }) => {
      vault.requireSession();
      const read = await readScreeningFile(file);
      return previewScreening(connection(), read, { scaleHash, flagConcern, ...(mapping ? { mapping } : {}) });
    },
    'scales.commitScreening': async ({ fileName, content, ...input }) => {
      vault.requireSession();
      const read = await readScreeningFile({ fileName, content });
      const { connection, act } = session();
      return commitScreening(connection, read, input, act);
    },
    'scales.listScreenings': () => listScreenings(connection()),
    'scales.screeningOverview': ({ screeningId }) => screeningOverview(connection(), screeningId),
  };
}
