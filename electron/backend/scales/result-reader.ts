import type { ScaleAnswers } from '../../../shared/schemas/scale-definition';
import type { ScaleScoring } from '../../../shared/schemas/scale-scoring';
import type { ScaleResult } from '../../../shared/schemas/scales';
import type { Connection } from '../database/open-database';
import { BackendError } from '../errors';
import { findResult, type ResultRow } from './result-repository';
import { requireStoredScale } from './stored-definitions';

/** A stored result as the contract carries it, titled by the definition it was scored with. */
export function resultOf(connection: Connection, row: ResultRow): ScaleResult {
  const { definition } = requireStoredScale(connection, row.scaleHash);
  return {
    id: row.id,
    studentId: row.studentId,
    scaleHash: row.scaleHash,
    scaleId: definition.id,
    scaleVersion: definition.version,
    title: definition.title,
    mode: row.mode,
    language: row.language,
    administeredOn: row.administeredOn,
    answers: JSON.parse(row.answers) as ScaleAnswers,
    scoring: JSON.parse(row.scoring) as ScaleScoring,
    remark: row.remark,
    screeningId: row.screeningId,
    createdAt: row.createdAt,
    createdBy: row.createdBy,
  };
}

export function readResult(connection: Connection, id: string): ScaleResult {
  const row = findResult(connection, id);
  if (!row) throw new BackendError('NOT_FOUND', 'No scale result has this id.');
  return resultOf(connection, row);
}
