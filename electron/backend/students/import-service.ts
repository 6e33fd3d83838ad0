import {
  type ColumnMapping,
  type ImportColumn,
  type ImportPreview,
  type ImportResult,
  type ImportRowReport,
  type ImportSummary,
  maxImportRows,
  maxReportedCellLength,
} from '../../../shared/schemas/student-import';
import type { Connection } from '../database/open-database';
import { BackendError } from '../errors';
import type { RosterRow } from './import/cell-text';
import { differingFields } from './import/compare-with-existing';
import { locateHeader } from './import/locate-header';
import { suggestMapping } from './import/map-columns';
import { type ParsedRow, parseRow } from './import/parse-row';
import { readRosterFile, type RosterFile } from './import/read-roster-file';
import { findStudentByNumber } from './student-repository';
import { type Act, addStudent } from './student-service';

/** A roster file read and split into header and data, before any mapping is applied. */
export interface LoadedRoster extends Omit<RosterFile, 'rows'> {
  headerRow: number;
  columns: ImportColumn[];
  dataRows: RosterRow[];
  suggested: ColumnMapping;
}

/** Reads the file the counselor picked. Touches no database, so it runs before the session is used. */
export async function loadRoster(file: { fileName: string; content: string }): Promise<LoadedRoster> {
  const roster = await readRosterFile(file.fileName, Buffer.from(file.content, 'base64'));
  const located = locateHeader(roster.rows);
  if (!located) throw new BackendError('IMPORT_FILE_INVALID', 'The file holds no table.');
  const { header, dataRows } = located;
  if (dataRows.length > maxImportRows) throw new BackendError('IMPORT_FILE_TOO_LARGE', 'The file has too many rows.');
  const width = dataRows.reduce((widest, row) => Math.max(widest, row.cells.length), header.cells.length);
  const columns = Array.from({ length: width }, (_, index) => ({
    index,
    header: (header.cells[index] ?? '').slice(0, maxReportedCellLength),
    samples: dataRows
      .map((row) => row.cells[index] ?? '')
      .filter((value) => value !== '')
      .slice(0, 3)
      .map((value) => value.slice(0, maxReportedCellLength)),
  }));
  return {
    format: roster.format,
    encoding: roster.encoding,
    sheetName: roster.sheetName === null ? null : roster.sheetName.slice(0, maxReportedCellLength),
    headerRow: header.rowNumber,
    columns,
    dataRows,
    suggested: suggestMapping(header.cells, dataRows),
  };
}

/** What importing the roster with this mapping would do. Writes nothing. */
export function previewRoster(connection: Connection, roster: LoadedRoster, mapping?: ColumnMapping): ImportPreview {
  const chosen = mapping ?? roster.suggested;
  const rows = assess(connection, roster, chosen).map(({ report }) => report);
  return {
    format: roster.format,
    encoding: roster.encoding,
    sheetName: roster.sheetName,
    headerRow: roster.headerRow,
    columns: roster.columns,
    mapping: chosen,
    summary: summarize(rows),
    rows,
  };
}

/**
 * Imports the new, valid rows in one transaction and reports every row. Rows whose student
 * number exists are never written: the same data is `unchanged`, other data a `conflict`, so
 * importing a file twice changes nothing.
 */
export function commitRoster(
  connection: Connection,
  roster: LoadedRoster,
  mapping: ColumnMapping,
  act: Act,
): ImportResult {
  return connection.transaction(() => {
    const assessed = assess(connection, roster, mapping);
    for (const { report, parsed } of assessed) {
      if (report.outcome === 'new' && parsed.student) {
        addStudent(connection, parsed.student.fields, { ...act, action: 'students.import' });
      }
    }
    const rows = assessed.map(({ report }) => report);
    return { summary: summarize(rows), rows };
  })();
}

/** Every data row parsed, checked against the rest of the file and against the database. */
function assess(
  connection: Connection,
  roster: LoadedRoster,
  mapping: ColumnMapping,
): { parsed: ParsedRow; report: ImportRowReport }[] {
  const parsedRows = roster.dataRows.map((row) => parseRow(row, mapping));
  markNumbersRepeatedInFile(parsedRows);
  return parsedRows.map((parsed) => ({ parsed, report: reportRow(connection, parsed) }));
}

/** A student number on several rows makes each of them a problem: which one is right is the counselor's call. */
function markNumbersRepeatedInFile(rows: ParsedRow[]): void {
  const rowsByNumber = new Map<string, ParsedRow[]>();
  for (const row of rows) {
    const number = row.student?.fields.studentNumber.toUpperCase();
    if (number !== undefined) rowsByNumber.set(number, [...(rowsByNumber.get(number) ?? []), row]);
  }
  for (const sharing of rowsByNumber.values()) {
    if (sharing.length < 2) continue;
    for (const row of sharing) {
      const other = sharing.find((candidate) => candidate !== row)!;
      row.problems.push({ code: 'duplicate-in-file', field: 'studentNumber', otherRow: other.rowNumber });
      row.student = null;
    }
  }
}

function reportRow(connection: Connection, parsed: ParsedRow): ImportRowReport {
  const base = { rowNumber: parsed.rowNumber, problems: parsed.problems, cells: parsed.cells };
  if (!parsed.student) return { ...base, outcome: 'invalid' };
  const existing = findStudentByNumber(connection, parsed.student.fields.studentNumber);
  if (!existing) return { ...base, outcome: 'new' };
  const differing = differingFields(existing, parsed.student);
  return differing.length === 0
    ? { ...base, outcome: 'unchanged', existingId: existing.id }
    : { ...base, outcome: 'conflict', existingId: existing.id, differingFields: differing };
}

function summarize(rows: ImportRowReport[]): ImportSummary {
  const summary: ImportSummary = { rows: rows.length, new: 0, unchanged: 0, conflict: 0, invalid: 0 };
  for (const row of rows) summary[row.outcome] += 1;
  return summary;
}
