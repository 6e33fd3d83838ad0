import type { Grade } from '../../../../shared/schemas/students';
import { gradeCodes } from '../../../../shared/schemas/students';
import type { ScreeningOverview } from '../../../../shared/schemas/scales';

type Group = ScreeningOverview['groups'][number];

/** One line of the distribution table: a class, a grade's subtotal, or the whole screening. */
export interface DistributionRow {
  key: string;
  kind: 'class' | 'grade' | 'total';
  grade: Grade | null;
  classNumber: number | null;
  screened: number;
  /** Results per band id, in the overview's band order. */
  byBand: Record<string, number>;
  unbanded: number;
  flagged: number;
}

const gradeOrder = (grade: Grade | null) => (grade === null ? gradeCodes.length : gradeCodes.indexOf(grade));

function sum(
  key: string,
  kind: DistributionRow['kind'],
  grade: Grade | null,
  groups: readonly Group[],
): DistributionRow {
  const byBand: Record<string, number> = {};
  for (const group of groups) {
    for (const [band, count] of Object.entries(group.byBand)) byBand[band] = (byBand[band] ?? 0) + count;
  }
  const total = (pick: (group: Group) => number) => groups.reduce((acc, group) => acc + pick(group), 0);
  return {
    key,
    kind,
    grade,
    classNumber: null,
    screened: total((group) => group.screened),
    byBand,
    unbanded: total((group) => group.unbanded),
    flagged: total((group) => group.flagged),
  };
}

/**
 * The overview as a table: grades in school order, each class, then the grade's subtotal when it
 * has more than one class, and the total for the whole screening last.
 */
export function distributionRows(overview: ScreeningOverview): DistributionRow[] {
  const groups = [...overview.groups].sort(
    (a, b) =>
      gradeOrder(a.grade) - gradeOrder(b.grade) ||
      (a.classNumber ?? Number.MAX_SAFE_INTEGER) - (b.classNumber ?? Number.MAX_SAFE_INTEGER),
  );
  const rows: DistributionRow[] = [];
  const grades = [...new Set(groups.map((group) => group.grade))];
  for (const grade of grades) {
    const ofGrade = groups.filter((group) => group.grade === grade);
    for (const group of ofGrade) {
      rows.push({ ...group, key: `${grade ?? '-'}:${group.classNumber ?? '-'}`, kind: 'class' });
    }
    if (ofGrade.length > 1) rows.push(sum(`${grade ?? '-'}:all`, 'grade', grade, ofGrade));
  }
  rows.push(sum('total', 'total', null, groups));
  return rows;
}

/** A bar's segments: each band's share of the screened, in band order, then the unbanded. */
export function barSegments(
  row: DistributionRow,
  bands: ScreeningOverview['bands'],
): { id: string | null; concern: number | null; count: number; percent: number }[] {
  if (row.screened === 0) return [];
  const percent = (count: number) => (count / row.screened) * 100;
  const segments: { id: string | null; concern: number | null; count: number; percent: number }[] = bands.map(
    (band) => {
      const count = row.byBand[band.id] ?? 0;
      return { id: band.id, concern: band.concern, count, percent: percent(count) };
    },
  );
  segments.push({ id: null, concern: null, count: row.unbanded, percent: percent(row.unbanded) });
  return segments.filter((segment) => segment.count > 0);
}
