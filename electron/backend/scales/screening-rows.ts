import { applicableItems } from '../../../shared/domain/scales/item-states';
import { scoreScale } from '../../../shared/domain/scales/score-scale';
import type { ScaleAnswers, ScaleDefinition } from '../../../shared/schemas/scale-definition';
import type { ScaleScoring } from '../../../shared/schemas/scale-scoring';
import type { ScreeningMapping, ScreeningRow } from '../../../shared/schemas/scales';
import type { RosterRow } from '../students/import/cell-text';
import { readCell } from './screening-cells';
import type { ScreenedStudent } from './screening-repository';

/** A screening flags a result at the chosen concern, and always when a critical rule is raised or left open. */
export function isFlagged(scoring: ScaleScoring, flagConcern: number): boolean {
  return scoring.concern >= flagConcern || scoring.critical.length > 0;
}

/** Student numbers as the roster compares them: letter case and spaces do not count. */
function numberKey(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, '').toUpperCase();
}

export interface AssessedRow {
  row: ScreeningRow;
  /** The answers to store when the row has no problem: only items the scale asked. */
  answers: ScaleAnswers;
}

function readAnswers(
  cells: readonly string[],
  mapping: ScreeningMapping,
  definition: ScaleDefinition,
): { answers: ScaleAnswers; invalid: string[] } {
  const answers: ScaleAnswers = {};
  const invalid: string[] = [];
  for (const item of definition.items) {
    if (!Object.hasOwn(mapping.items, item.id)) continue;
    const cell = readCell(item, cells[mapping.items[item.id]!] ?? '', definition.optionSets);
    if (cell.status === 'answer') answers[item.id] = cell.answer;
    if (cell.status === 'invalid') invalid.push(item.id);
  }
  // A paper form may have an answer where the scale would not have asked (ASQ 5 after four "no"s).
  const asked = new Set(applicableItems(definition, answers).map((item) => item.id));
  return {
    answers: Object.fromEntries(Object.entries(answers).filter(([id]) => asked.has(id))),
    invalid: invalid.filter((id) => asked.has(id)),
  };
}

/**
 * Every data row matched to a student by number and scored with the engine. A row with any
 * problem is not imported: no or unknown student number, a number on several rows (which one
 * is right is the counselor's call, as in the roster import), an answer that fits no option, or
 * so many missing answers that a score cannot be computed.
 */
export function assessScreeningRows(
  dataRows: readonly RosterRow[],
  mapping: ScreeningMapping,
  definition: ScaleDefinition,
  students: readonly ScreenedStudent[],
  flagConcern: number,
): AssessedRow[] {
  const byNumber = new Map(students.map((student) => [numberKey(student.studentNumber), student]));
  const keys = dataRows.map((row) => numberKey(row.cells[mapping.studentNumber] ?? ''));
  const rowsPerNumber = new Map<string, number>();
  for (const key of keys) if (key !== '') rowsPerNumber.set(key, (rowsPerNumber.get(key) ?? 0) + 1);

  return dataRows.map((data, index) => {
    const key = keys[index]!;
    const student = byNumber.get(key) ?? null;
    const problems: ScreeningRow['problems'] = [];
    if (key === '') problems.push({ code: 'no-student-number', itemId: null });
    else if (!student) problems.push({ code: 'unknown-student', itemId: null });
    if ((rowsPerNumber.get(key) ?? 0) > 1) problems.push({ code: 'duplicate-in-file', itemId: null });

    const { answers, invalid } = readAnswers(data.cells, mapping, definition);
    for (const itemId of invalid) problems.push({ code: 'invalid-answer', itemId });
    let scoring: ScaleScoring | null = null;
    if (invalid.length === 0) {
      scoring = scoreScale(definition, answers);
      if (scoring.scores.some((score) => score.value === null))
        problems.push({ code: 'too-many-missing', itemId: null });
    }
    return {
      answers,
      row: {
        line: data.rowNumber,
        studentNumber: (data.cells[mapping.studentNumber] ?? '').slice(0, 64),
        student,
        problems,
        scoring,
        flagged: scoring !== null && isFlagged(scoring, flagConcern),
      },
    };
  });
}
