import { applicableItems } from '../../../shared/domain/scales/item-states';
import { scoreScale } from '../../../shared/domain/scales/score-scale';
import type { ScaleAnswer, ScaleAnswers } from '../../../shared/schemas/scale-definition';
import type { ScaleResult, SelfReportSession, SelfReportSummary } from '../../../shared/schemas/scales';
import { appendAuditEvent } from '../audit/audit-repository';
import type { Connection } from '../database/open-database';
import { BackendError } from '../errors';
import { newId } from '../ids';
import type { Act } from '../students/student-service';
import type { Session } from '../vault/vault-service';
import { requireApprovedLanguage } from './answer-checks';
import { requireApprovedScale } from './approved-scales';
import { readResult } from './result-reader';
import { requireStudentId, storeResult } from './result-service';
import type { SelfReportMode } from './self-report-mode';
import {
  findSelfReport,
  insertSelfReport,
  markSelfReportFinished,
  type SelfReportRow,
  unfinishedSelfReports,
  updateSelfReportAnswers,
} from './self-report-repository';
import { requireStoredScale } from './stored-definitions';

/**
 * The student answers on the counselor's computer. Consent comes first and is recorded either
 * way; with it the backend enters the self-report mode (see self-report-gate.ts). Every answer
 * is on disk before the call returns, so a crash or a locked vault loses nothing; the
 * counselor's passphrase ends the mode and shows at once what needs their attention.
 */

function audit(connection: Connection, action: string, entity: string, entityId: string | null, act: Act): void {
  appendAuditEvent(connection, { actorId: act.by, action, entity, entityId, at: act.at });
}

function view(connection: Connection, row: SelfReportRow): SelfReportSession {
  return {
    id: row.id,
    definition: requireStoredScale(connection, row.scaleHash).definition,
    language: row.language,
    answers: JSON.parse(row.answers) as ScaleAnswers,
    startedAt: row.createdAt,
    finished: row.finishedAt !== null,
  };
}

export function startSelfReport(
  connection: Connection,
  mode: SelfReportMode,
  vaultSession: Session,
  input: { studentId: string; scaleHash: string; language: 'zh-CN' | 'en'; consent: 'given' | 'declined' },
  act: Act,
): { session: SelfReportSession | null } {
  const row = connection
    .transaction(() => {
      requireStudentId(connection, input.studentId);
      const scale = requireApprovedScale(connection, input.scaleHash);
      requireApprovedLanguage(scale.definition, input.language);
      const id = newId(Date.parse(act.at));
      insertSelfReport(connection, { id, ...input, ...act });
      const action = input.consent === 'given' ? 'scales.startSelfReport' : 'scales.declineSelfReport';
      audit(connection, action, 'self-report', id, act);
      return findSelfReport(connection, id)!;
    })
    .immediate();
  if (row.consent === 'declined') return { session: null };
  mode.enter(row.id, vaultSession);
  return { session: view(connection, row) };
}

/** An interrupted questionnaire goes on where it stopped, if its scale may still be administered. */
export function resumeSelfReport(
  connection: Connection,
  mode: SelfReportMode,
  vaultSession: Session,
  selfReportId: string,
  act: Act,
): SelfReportSession {
  const row = findSelfReport(connection, selfReportId);
  if (!row || row.consent === 'declined') throw new BackendError('NOT_FOUND', 'No questionnaire has this id.');
  if (row.finishedAt !== null) throw new BackendError('SELF_REPORT_FINISHED', 'The questionnaire is finished.');
  requireApprovedScale(connection, row.scaleHash);
  audit(connection, 'scales.resumeSelfReport', 'self-report', row.id, act);
  mode.enter(row.id, vaultSession);
  return view(connection, row);
}

export function currentSelfReport(connection: Connection, mode: SelfReportMode): SelfReportSession | null {
  const sitting = mode.current();
  const row = sitting ? findSelfReport(connection, sitting.selfReportId) : undefined;
  return row ? view(connection, row) : null;
}

/** Only the questionnaire on screen is answered, and only until it is finished. */
function requireOnScreen(connection: Connection, mode: SelfReportMode, selfReportId: string): SelfReportRow {
  const row = mode.current()?.selfReportId === selfReportId ? findSelfReport(connection, selfReportId) : undefined;
  if (!row) throw new BackendError('NOT_FOUND', 'This questionnaire is not the one on screen.');
  if (row.finishedAt !== null) throw new BackendError('SELF_REPORT_FINISHED', 'The questionnaire is finished.');
  return row;
}

/**
 * Stores one answer (null takes it back). Answers to items that no longer apply (ASQ item 5
 * after items 1–4 became "no") are dropped, so what is kept is what the questionnaire asked.
 */
export function answerSelfReport(
  connection: Connection,
  mode: SelfReportMode,
  input: { sessionId: string; itemId: string; answer: ScaleAnswer | null },
  act: Act,
): { answers: ScaleAnswers } {
  return connection
    .transaction(() => {
      const row = requireOnScreen(connection, mode, input.sessionId);
      const { definition } = requireStoredScale(connection, row.scaleHash);
      const before = Object.entries(JSON.parse(row.answers) as ScaleAnswers);
      const given: ScaleAnswers = Object.fromEntries(before.filter(([id]) => id !== input.itemId));
      if (input.answer !== null) given[input.itemId] = input.answer;
      const asked = new Set(applicableItems(definition, given).map((item) => item.id));
      if (!asked.has(input.itemId) || scoreScale(definition, given).invalid.includes(input.itemId)) {
        throw new BackendError('VALIDATION_FAILED', 'Invalid fields: answer');
      }
      const answers = Object.fromEntries(Object.entries(given).filter(([id]) => asked.has(id)));
      updateSelfReportAnswers(connection, { id: row.id, answers: JSON.stringify(answers), ...act });
      return { answers };
    })
    .immediate();
}

/** Scores and stores the result, complete or not: the scoring says what is missing. */
export function finishSelfReport(
  connection: Connection,
  mode: SelfReportMode,
  selfReportId: string,
  act: Act & { today: string },
): void {
  const resultId = connection
    .transaction(() => {
      const row = requireOnScreen(connection, mode, selfReportId);
      const id = storeResult(
        connection,
        {
          scale: requireStoredScale(connection, row.scaleHash),
          studentId: row.studentId,
          mode: 'self-report',
          language: row.language,
          administeredOn: act.today,
          answers: JSON.parse(row.answers) as ScaleAnswers,
          remark: '',
          screeningId: null,
          selfReportId: row.id,
        },
        act,
      );
      markSelfReportFinished(connection, { id: row.id, resultId: id, at: act.at, by: act.by });
      audit(connection, 'scales.finishSelfReport', 'scale-result', id, act);
      return id;
    })
    .immediate();
  mode.current()?.finishedResultIds.push(resultId);
}

/** Results of this sitting whose critical rules were raised or could not be cleared. */
export function endSitting(connection: Connection, mode: SelfReportMode, act: Act): ScaleResult[] {
  const sitting = mode.leave();
  audit(connection, 'scales.exitSelfReport', 'self-report', sitting?.selfReportId ?? null, act);
  return (sitting?.finishedResultIds ?? [])
    .map((id) => readResult(connection, id))
    .filter((result) => result.scoring.critical.length > 0);
}

export function listSelfReports(connection: Connection): SelfReportSummary[] {
  return unfinishedSelfReports(connection).map((row) => {
    const { definition } = requireStoredScale(connection, row.scaleHash);
    const answers = JSON.parse(row.answers) as ScaleAnswers;
    const asked = applicableItems(definition, answers);
    return {
      id: row.id,
      studentId: row.studentId,
      studentName: row.studentName,
      scaleHash: row.scaleHash,
      title: definition.title,
      answered: asked.filter((item) => Object.hasOwn(answers, item.id)).length,
      itemCount: asked.length,
      startedAt: row.createdAt,
    };
  });
}
