import type { Language } from '../../../shared/schemas/common';
import type { ScaleDefinition } from '../../../shared/schemas/scale-definition';
import type { ScreeningMapping, ScreeningPreview, ScreeningSummary } from '../../../shared/schemas/scales';
import { appendAuditEvent } from '../audit/audit-repository';
import type { Connection } from '../database/open-database';
import { BackendError } from '../errors';
import { newId } from '../ids';
import type { Act } from '../students/student-service';
import { requireApprovedScale } from './approved-scales';
import { approvedLanguages } from './library-service';
import { storeResult } from './result-service';
import type { ScreeningFile } from './screening-file';
import { suggestScreeningMapping } from './screening-mapping';
import {
  fileAlreadyImported,
  findScreening,
  insertScreening,
  listScreeningRows,
  type ScreeningRowData,
  studentsByNumber,
} from './screening-repository';
import { type AssessedRow, assessScreeningRows } from './screening-rows';
import { requireStoredScale } from './stored-definitions';

/** A mapping the counselor chose may only name items of the scale. */
function requireKnownItems(mapping: ScreeningMapping, definition: ScaleDefinition): void {
  const unknown = Object.keys(mapping.items).filter((id) => !definition.items.some((item) => item.id === id));
  if (unknown.length > 0) {
    const fields = unknown.map((id) => `mapping.items.${id}`).join(', ');
    throw new BackendError('VALIDATION_FAILED', `Invalid fields: ${fields}`.slice(0, 500));
  }
}

function counts(assessed: readonly AssessedRow[]): ScreeningPreview['counts'] {
  const importable = assessed.filter(({ row }) => row.problems.length === 0);
  return {
    rows: assessed.length,
    importable: importable.length,
    // What committing would store as flagged; flagged rows with problems are marked on their row.
    flagged: importable.filter(({ row }) => row.flagged).length,
    problems: assessed.length - importable.length,
  };
}

/** Reads, matches and scores every row; writes nothing. */
export function previewScreening(
  connection: Connection,
  file: ScreeningFile,
  input: { scaleHash: string; mapping?: ScreeningMapping; flagConcern: number },
): ScreeningPreview {
  const { definition } = requireApprovedScale(connection, input.scaleHash);
  const mapping = input.mapping ?? suggestScreeningMapping(file.headers, definition);
  if (!mapping) return { headers: file.headers, mapping: null, rows: [], counts: counts([]) };
  requireKnownItems(mapping, definition);
  const assessed = assessScreeningRows(
    file.dataRows,
    mapping,
    definition,
    studentsByNumber(connection),
    input.flagConcern,
  );
  return { headers: file.headers, mapping, rows: assessed.map(({ row }) => row), counts: counts(assessed) };
}

/** A paper or survey-tool form has no screen language: the scale's Chinese when approved, else its other one. */
function formLanguage(definition: ScaleDefinition): Language {
  return approvedLanguages(definition)[0] ?? 'zh-CN';
}

/**
 * Stores the importable rows as results in one transaction, with the screening that groups
 * them. The same file (by its bytes) is committed once per scale.
 */
export function commitScreening(
  connection: Connection,
  file: ScreeningFile,
  input: { scaleHash: string; mapping: ScreeningMapping; flagConcern: number; title: string; administeredOn: string },
  act: Act,
): ScreeningSummary {
  return connection
    .transaction(() => {
      const scale = requireApprovedScale(connection, input.scaleHash);
      if (fileAlreadyImported(connection, scale.definition.id, file.sha256)) {
        throw new BackendError('SCREENING_ALREADY_IMPORTED', 'This file was already imported for this scale.');
      }
      requireKnownItems(input.mapping, scale.definition);
      const importable = assessScreeningRows(
        file.dataRows,
        input.mapping,
        scale.definition,
        studentsByNumber(connection),
        input.flagConcern,
      ).filter(({ row }) => row.problems.length === 0);
      // An empty screening would only block importing the corrected file later.
      if (importable.length === 0) throw new BackendError('VALIDATION_FAILED', 'No row of the file can be imported.');
      const id = newId(Date.parse(act.at));
      insertScreening(connection, {
        id,
        title: input.title,
        scaleHash: scale.hash,
        fileSha256: file.sha256,
        flagConcern: input.flagConcern,
        administeredOn: input.administeredOn,
        screened: importable.length,
        flagged: importable.filter(({ row }) => row.flagged).length,
        ...act,
      });
      const language = formLanguage(scale.definition);
      for (const { row, answers } of importable) {
        storeResult(
          connection,
          {
            scale,
            studentId: row.student!.id,
            mode: 'screening',
            language,
            administeredOn: input.administeredOn,
            answers,
            remark: '',
            screeningId: id,
            selfReportId: null,
          },
          act,
        );
      }
      appendAuditEvent(connection, {
        actorId: act.by,
        action: 'scales.commitScreening',
        entity: 'screening',
        entityId: id,
        at: act.at,
      });
      return screeningSummary(connection, findScreening(connection, id)!);
    })
    .immediate();
}

export function screeningSummary(connection: Connection, row: ScreeningRowData): ScreeningSummary {
  return { ...row, scaleTitle: requireStoredScale(connection, row.scaleHash).definition.title };
}

export function listScreenings(connection: Connection): ScreeningSummary[] {
  return listScreeningRows(connection).map((row) => screeningSummary(connection, row));
}
