import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ChannelInput } from '../../shared/contract';
import { type Fixture, newFixture, setUpVault } from './support/backend-fixture';
import { csvFile, newStudent, xlsxFile } from './support/roster-files';
import { bundled } from './support/scale-packs';

/** 初二(3)班 has 40 students, J2301…J2340; 高一(1)班 two, S1101 and S1102. */
const classNumber = (index: number) => `J23${String(index).padStart(2, '0')}`;

/** PHQ-9 items 1–9 and item 10 (asked only when a problem was checked). */
function phq9Cells(items: (number | string)[], difficulty: number | '' = ''): string[] {
  return [...items.map(String), String(difficulty)];
}

/**
 * The file a survey tool might export: varied item headers, one student number typed in lower
 * case with a space, one answer given as its option's label, and the problems a real file has.
 */
function screeningCsv(): string {
  const rows: string[][] = [['学号', '姓名', '1', 'Q2', '第3题', 'phq9_4', 'item 5', '6', '7', '8', '9', '10']];
  for (let index = 1; index <= 40; index += 1) {
    let cells: string[];
    if (index <= 30) cells = phq9Cells([0, 0, 0, 0, 0, 0, 0, 0, 0]);
    else if (index <= 35) cells = phq9Cells([2, 2, 2, 2, 2, 0, 0, 0, 0], 1);
    else if (index <= 38) cells = phq9Cells([1, 1, 1, 1, 0, 0, 0, 0, 1], 1);
    else if (index === 39) cells = phq9Cells([3, 3, 3, 3, 3, 3, 3, 3, 3], 3);
    else cells = phq9Cells([0, 0, 5, 0, 0, 0, 0, 0, 0]);
    if (index === 1) cells[0] = '完全不会';
    const number = index === 3 ? ' j23 03' : classNumber(index);
    rows.push([number, `学生${index}`, ...cells]);
  }
  rows.push(['S1101', '高一甲', ...phq9Cells([1, 1, 1, 1, 1, 1, 1, 1, 0], 0)]);
  rows.push(['S1102', '高一乙', ...phq9Cells(['', '', '', 1, 1, 1, 1, 1, 0], 0)]);
  rows.push(['2099999', '不在册', ...phq9Cells([0, 0, 0, 0, 0, 0, 0, 0, 0])]);
  rows.push([classNumber(2), '学生2', ...phq9Cells([1, 0, 0, 0, 0, 0, 0, 0, 0], 0)]);
  return rows.map((row) => row.join(',')).join('\r\n');
}

describe('screening imports', () => {
  let fixture: Fixture;
  const ids = new Map<string, string>();
  beforeEach(async () => {
    fixture = newFixture();
    await setUpVault(fixture);
    for (let index = 1; index <= 40; index += 1) {
      const student = newStudent({
        name: `学生${index}`,
        studentNumber: classNumber(index),
        grade: 'J2',
        classNumber: 3,
      });
      ids.set(classNumber(index), (await fixture.call('students.create', student)).id);
    }
    for (const number of ['S1101', 'S1102']) {
      const student = newStudent({ name: `高一${number}`, studentNumber: number, grade: 'S1', classNumber: 1 });
      ids.set(number, (await fixture.call('students.create', student)).id);
    }
  });
  afterEach(() => fixture.cleanup());

  const database = () => fixture.backend.vault.requireSession().connection;
  const file = { fileName: '2026秋季普查.csv', content: csvFile(screeningCsv(), 'gbk') };
  const preview = (overrides: Partial<ChannelInput<'scales.previewScreening'>> = {}) =>
    fixture.call('scales.previewScreening', {
      ...file,
      scaleHash: bundled('phq-9').hash,
      flagConcern: 2,
      ...overrides,
    });

  it('suggests a mapping, matches students by number and reports every row problem', async () => {
    const result = await preview();
    expect(result.headers[0]).toBe('学号');
    expect(result.mapping).toEqual({
      studentNumber: 0,
      items: { '1': 2, '2': 3, '3': 4, '4': 5, '5': 6, '6': 7, '7': 8, '8': 9, '9': 10, '10': 11 },
    });
    expect(result.counts).toEqual({ rows: 44, importable: 39, flagged: 9, problems: 5 });
    const problemsOf = (line: number) => result.rows.find((row) => row.line === line)?.problems;
    expect(problemsOf(2)).toEqual([]); // 完全不会 read as 0
    expect(result.rows.find((row) => row.line === 4)?.student?.id).toBe(ids.get(classNumber(3)));
    expect(problemsOf(3)).toEqual([{ code: 'duplicate-in-file', itemId: null }]);
    expect(problemsOf(45)).toEqual([{ code: 'duplicate-in-file', itemId: null }]);
    expect(problemsOf(41)).toEqual([{ code: 'invalid-answer', itemId: '3' }]);
    expect(problemsOf(43)).toEqual([{ code: 'too-many-missing', itemId: null }]);
    expect(problemsOf(44)).toEqual([{ code: 'unknown-student', itemId: null }]);
    expect(result.rows.find((row) => row.line === 40)).toMatchObject({ flagged: true, student: { name: '学生39' } });
    expect(result.rows.find((row) => row.line === 40)?.scoring?.scores[0]?.value).toBe(27);
    expect(database().prepare('SELECT count(*) FROM scale_results').pluck().get()).toBe(0);
  });

  it('commits the importable rows in one go, refuses the same file again, and summarises per class', async () => {
    const { mapping } = await preview();
    const commit = {
      ...file,
      scaleHash: bundled('phq-9').hash,
      mapping: mapping!,
      flagConcern: 2,
      title: '2026 秋季心理普查',
      administeredOn: '2026-09-15',
    };
    const summary = await fixture.call('scales.commitScreening', commit);
    expect(summary).toMatchObject({
      title: '2026 秋季心理普查',
      scaleHash: bundled('phq-9').hash,
      scaleTitle: bundled('phq-9').definition.title,
      administeredOn: '2026-09-15',
      flagConcern: 2,
      screened: 39,
      flagged: 9,
    });
    expect(await fixture.call('scales.listScreenings', {})).toEqual([summary]);
    const results = await fixture.call('scales.listResults', { studentId: ids.get(classNumber(39))! });
    expect(results).toHaveLength(1);
    expect(results[0]).toMatchObject({ mode: 'screening', screeningId: summary.id, administeredOn: '2026-09-15' });
    expect(await fixture.call('scales.listResults', { studentId: ids.get(classNumber(40))! })).toEqual([]);
    expect(await fixture.call('scales.listResults', { studentId: ids.get(classNumber(2))! })).toEqual([]);

    const again = await fixture.fail('scales.commitScreening', { ...commit, title: '再导入一次' });
    expect(again.code).toBe('SCREENING_ALREADY_IMPORTED');
    expect(database().prepare('SELECT count(*) FROM scale_results').pluck().get()).toBe(39);
    expect(database().prepare("SELECT action FROM audit_events WHERE entity = 'screening'").pluck().all()).toEqual([
      'scales.commitScreening',
    ]);

    const overview = await fixture.call('scales.screeningOverview', { screeningId: summary.id });
    expect(overview.screening).toEqual(summary);
    expect(overview.bands.map((band) => band.id)).toEqual([
      'minimal',
      'mild',
      'moderate',
      'moderately-severe',
      'severe',
    ]);
    expect(overview.groups).toEqual([
      {
        grade: 'J2',
        classNumber: 3,
        screened: 38,
        byBand: { minimal: 29, mild: 3, moderate: 5, 'moderately-severe': 0, severe: 1 },
        unbanded: 0,
        flagged: 9,
      },
      {
        grade: 'S1',
        classNumber: 1,
        screened: 1,
        byBand: { minimal: 0, mild: 1, moderate: 0, 'moderately-severe': 0, severe: 0 },
        unbanded: 0,
        flagged: 0,
      },
    ]);
    expect(
      overview.flagged.map((entry) => [
        entry.student.studentNumber,
        entry.value,
        entry.bandId,
        entry.concern,
        entry.critical,
      ]),
    ).toEqual([
      [classNumber(39), 27, 'severe', 4, true],
      [classNumber(36), 5, 'mild', 1, true],
      [classNumber(37), 5, 'mild', 1, true],
      [classNumber(38), 5, 'mild', 1, true],
      [classNumber(31), 10, 'moderate', 3, false],
      [classNumber(32), 10, 'moderate', 3, false],
      [classNumber(33), 10, 'moderate', 3, false],
      [classNumber(34), 10, 'moderate', 3, false],
      [classNumber(35), 10, 'moderate', 3, false],
    ]);
    const first = overview.flagged[0]!;
    expect((await fixture.call('scales.getResult', { id: first.resultId })).studentId).toBe(ids.get(classNumber(39)));
  });

  it('reads yes/no answers in the words forms use, from an XLSX, and maps nothing without a student-number column', async () => {
    const rows = [
      ['2026 ASQ 筛查'],
      ['学号', 'Q1', 'Q2', 'Q3', 'Q4', 'Q5'],
      ['J2301', '否', '否', '否', '否', ''],
      ['J2302', '是', 'no', 'N', '0', '否'],
      ['J2303', '拒答', '否', '否', '否', 'yes'],
      ['J2304', '否', '否', '否', '否', '是'],
    ];
    const asq = { fileName: 'asq.xlsx', content: await xlsxFile(rows), scaleHash: bundled('asq').hash, flagConcern: 2 };
    const result = await fixture.call('scales.previewScreening', asq);
    expect(result.headers).toEqual(['学号', 'Q1', 'Q2', 'Q3', 'Q4', 'Q5']);
    expect(result.rows.map((row) => [row.line, row.problems, row.flagged])).toEqual([
      [3, [], false],
      [4, [], true],
      [5, [], true],
      // Item 5 is not asked after four "no"s: the stray answer is left out, not held against the row.
      [6, [], false],
    ]);
    expect(result.rows.map((row) => row.scoring?.outcomes[0]?.ruleId)).toEqual([
      'negative',
      'non-acute-positive',
      'acute-positive',
      'negative',
    ]);

    const unmapped = await fixture.call('scales.previewScreening', {
      ...asq,
      content: await xlsxFile([
        ['编号', 'Q1'],
        ['1', '否'],
      ]),
    });
    expect(unmapped).toEqual({
      headers: ['编号', 'Q1'],
      mapping: null,
      rows: [],
      counts: { rows: 0, importable: 0, flagged: 0, problems: 0 },
    });
  });

  it('refuses a file it cannot read as a table, and a scale that is not approved', async () => {
    const broken = { fileName: 'x.xlsx', content: Buffer.from('not a workbook').toString('base64') };
    const refused = await fixture.fail('scales.previewScreening', {
      ...broken,
      scaleHash: bundled('phq-9').hash,
      flagConcern: 2,
    });
    expect(refused.code).toBe('SCREENING_FILE_INVALID');
    const empty = { fileName: 'x.csv', content: csvFile('', 'utf-8') };
    expect(
      (await fixture.fail('scales.previewScreening', { ...empty, scaleHash: bundled('phq-9').hash, flagConcern: 2 }))
        .code,
    ).toBe('SCREENING_FILE_INVALID');
    expect(
      (await fixture.fail('scales.previewScreening', { ...file, scaleHash: 'd'.repeat(64), flagConcern: 2 })).code,
    ).toBe('SCALE_NOT_APPROVED');
  });
});
