import type { OpenCaseInput } from '../../../shared/schemas/crisis';
import { reportNamesStudent } from '../class-checks/report-repository';
import type { Connection } from '../database/open-database';
import { BackendError } from '../errors';
import { findResult } from '../scales/result-repository';

/** A source that names a record must name one of this student's: the case links to it for good. */
export function checkCaseSource(connection: Connection, input: OpenCaseInput): void {
  const { source, studentId } = input;
  const found =
    source.kind === 'scale-result'
      ? findResult(connection, source.resultId)?.studentId === studentId
      : source.kind === 'class-check'
        ? reportNamesStudent(connection, source.reportId, studentId)
        : true;
  if (!found) throw new BackendError('CASE_SOURCE_NOT_FOUND', 'The case source is not a record of this student.');
}
