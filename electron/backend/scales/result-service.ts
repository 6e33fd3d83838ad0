import { scoreScale } from '../../../shared/domain/scales/score-scale';
import type { ScaleAnswers } from '../../../shared/schemas/scale-definition';
import type { AdministrationMode, ScaleResult } from '../../../shared/schemas/scales';
import { appendAuditEvent } from '../audit/audit-repository';
import type { Connection } from '../database/open-database';
import { BackendError } from '../errors';
import { newId } from '../ids';
import type { Act } from '../students/student-service';
import { findStudent } from '../students/student-repository';
import { requireApprovedLanguage, requireFittingAnswers } from './answer-checks';
import { requireApprovedScale } from './approved-scales';
import { readResult, resultOf } from './result-reader';
import { insertResult, studentResults } from './result-repository';
import type { StoredScale } from './stored-definitions';

export function requireStudentId(connection: Connection, studentId: string): void {
  if (!findStudent(connection, studentId)) throw new BackendError('NOT_FOUND', 'No student file has this id.');
}

/**
 * Scores the answers with the shared engine and stores them with the scoring and the hash of
 * the exact definition used. Never rewritten: the database refuses to.
 */
export function storeResult(
  connection: Connection,
  result: {
    scale: StoredScale;
    studentId: string;
    mode: AdministrationMode;
    language: 'zh-CN' | 'en';
    administeredOn: string;
    answers: ScaleAnswers;
    remark: string;
    screeningId: string | null;
    selfReportId: string | null;
  },
  act: Act,
): string {
  const id = newId(Date.parse(act.at));
  const { scale, ...rest } = result;
  insertResult(connection, {
    ...rest,
    id,
    scaleHash: scale.hash,
    answers: JSON.stringify(result.answers),
    scoring: JSON.stringify(scoreScale(scale.definition, result.answers)),
    ...act,
  });
  return id;
}

/** Counselor-entered answers to a scale approved now; whatever score the screen showed is not taken. */
export function saveResult(
  connection: Connection,
  input: {
    studentId: string;
    scaleHash: string;
    language: 'zh-CN' | 'en';
    administeredOn: string;
    answers: ScaleAnswers;
    remark: string;
  },
  act: Act,
): ScaleResult {
  return connection
    .transaction(() => {
      requireStudentId(connection, input.studentId);
      const scale = requireApprovedScale(connection, input.scaleHash);
      requireApprovedLanguage(scale.definition, input.language);
      requireFittingAnswers(scale.definition, input.answers);
      const id = storeResult(
        connection,
        {
          scale,
          studentId: input.studentId,
          mode: 'counselor',
          language: input.language,
          administeredOn: input.administeredOn,
          answers: input.answers,
          remark: input.remark,
          screeningId: null,
          selfReportId: null,
        },
        act,
      );
      appendAuditEvent(connection, {
        actorId: act.by,
        action: 'scales.saveResult',
        entity: 'scale-result',
        entityId: id,
        at: act.at,
      });
      return readResult(connection, id);
    })
    .immediate();
}

export function listResults(connection: Connection, input: { studentId: string; scaleId?: string }): ScaleResult[] {
  requireStudentId(connection, input.studentId);
  return studentResults(connection, input.studentId, input.scaleId ?? null).map((row) => resultOf(connection, row));
}

/** Opening a result is audited, as opening a note is. */
export function openResult(connection: Connection, id: string, act: Act): ScaleResult {
  const result = readResult(connection, id);
  appendAuditEvent(connection, {
    actorId: act.by,
    action: 'scales.openResult',
    entity: 'scale-result',
    entityId: id,
    at: act.at,
  });
  return result;
}
