import { randomBytes } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Fixture, newFixture, setUpVault } from './support/backend-fixture';
import { sampleRosterGbkCsv, sampleRosterXlsx } from '../fixtures/rosters/sample-rosters';
import { csvFile, newStudent, xlsxFile } from './support/roster-files';

const header = ['序号', '学号', '姓名', '性别', '出生日期', '班级', '班主任', '监护人', '关系', '联系电话'];

/** A roster as a school office exports it: a title row, then the header, then students. */
const schoolRows = (): (string | number | Date | null)[][] => [
  ['天津市第一中学2025级学生名单'],
  header,
  [1, 2025001, '张三', '男', new Date(Date.UTC(2012, 4, 3)), '初二(3)班', '王老师', '张父', '父亲', '13800138000'],
  [2, 2025002, '李四', '女', '2012/6/1', '初二(3)班', '王老师', '李母', '母亲', '13900139000'],
  [3, 2025003, '曾小红', '女', '20121109', '七年级(1)班', '赵老师', null, null, null],
  [4, 2025004, null, '男', '2012-01-01', '初二(3)班', '王老师', null, null, null],
  [5, 2025005, '王五', '男', '2012-13-45', '初二(3)班', '王老师', null, null, null],
  [6, 2025006, '赵六', '男', '2012-02-02', '大一(1)班', '王老师', null, null, null],
  [7, 2025007, '孙七', '男', '2012-03-03', '初二(4)班', '王老师', null, null, null],
  [8, 2025007, '周八', '女', '2012-04-04', '初二(4)班', '王老师', null, null, null],
];

describe('importing a roster', () => {
  let fixture: Fixture;
  beforeEach(async () => {
    fixture = newFixture();
    await setUpVault(fixture);
  });
  afterEach(() => fixture.cleanup());

  const database = () => fixture.backend.vault.requireSession().connection;
  const studentCount = () => (database().prepare('SELECT count(*) AS n FROM students').get() as { n: number }).n;

  it('previews an XLSX: columns, suggested mapping, per-row problems, and writes nothing', async () => {
    const content = await xlsxFile(schoolRows());
    const preview = await fixture.call('students.previewImport', { fileName: '名单.xlsx', content });
    expect(preview).toMatchObject({ format: 'xlsx', encoding: null, sheetName: '学生名单', headerRow: 2 });
    expect(preview.columns.map((column) => column.header)).toEqual(header);
    expect(preview.columns[2]!.samples).toEqual(['张三', '李四', '曾小红']);
    expect(preview.mapping).toEqual({
      studentNumber: 1,
      name: 2,
      gender: 3,
      dateOfBirth: 4,
      classNumber: 5,
      grade: 5,
      classTeacher: 6,
      guardianName: 7,
      guardianRelation: 8,
      guardianPhone: 9,
    });
    expect(preview.summary).toEqual({ rows: 8, new: 3, unchanged: 0, conflict: 0, invalid: 5 });
    const byRow = new Map(preview.rows.map((row) => [row.rowNumber, row]));
    expect(byRow.get(3)).toMatchObject({
      outcome: 'new',
      problems: [],
      cells: { name: '张三', studentNumber: '2025001', dateOfBirth: '2012-05-03', grade: '初二(3)班' },
    });
    expect(byRow.get(6)!.problems).toEqual([{ code: 'missing', field: 'name' }]);
    expect(byRow.get(7)!.problems).toEqual([{ code: 'invalid', field: 'dateOfBirth' }]);
    expect(byRow.get(8)!.problems).toEqual([
      { code: 'invalid', field: 'grade' },
      { code: 'invalid', field: 'classNumber' },
    ]);
    expect(byRow.get(9)!.problems).toEqual([{ code: 'duplicate-in-file', field: 'studentNumber', otherRow: 10 }]);
    expect(byRow.get(10)!.problems).toEqual([{ code: 'duplicate-in-file', field: 'studentNumber', otherRow: 9 }]);
    expect(studentCount()).toBe(0);
  });

  it('imports the good rows in one go, reports the rest, and changes nothing the second time', async () => {
    const content = await xlsxFile(schoolRows());
    const { mapping } = await fixture.call('students.previewImport', { fileName: '名单.xlsx', content });
    const result = await fixture.call('students.commitImport', { fileName: '名单.xlsx', content, mapping });
    expect(result.summary).toEqual({ rows: 8, new: 3, unchanged: 0, conflict: 0, invalid: 5 });
    expect(studentCount()).toBe(3);

    const { items } = await fixture.call('students.list', { query: '2025001' });
    const zhang = await fixture.call('students.get', { id: items[0]!.id });
    expect(zhang).toMatchObject({
      name: '张三',
      studentNumber: '2025001',
      gender: 'male',
      dateOfBirth: '2012-05-03',
      grade: 'J2',
      classNumber: 3,
      classTeacher: '王老师',
      guardians: [{ name: '张父', relation: '父亲', phone: '13800138000' }],
      status: 'active',
    });
    expect((await fixture.call('students.list', { query: 'zxh' })).items[0]).toMatchObject({
      grade: 'J1',
      classNumber: 1,
    });
    const imported = database()
      .prepare("SELECT count(*) AS n FROM audit_events WHERE action = 'students.import'")
      .get();
    expect(imported).toEqual({ n: 3 });

    const again = await fixture.call('students.commitImport', { fileName: '名单.xlsx', content, mapping });
    expect(again.summary).toEqual({ rows: 8, new: 0, unchanged: 3, conflict: 0, invalid: 5 });
    expect(again.rows.find((row) => row.rowNumber === 3)).toMatchObject({ outcome: 'unchanged', existingId: zhang.id });
    expect(studentCount()).toBe(3);
    expect(await fixture.call('students.get', { id: zhang.id })).toEqual(zhang);
  });

  it('reports a changed row as a conflict and never overwrites the file', async () => {
    const kept = await fixture.call(
      'students.create',
      newStudent({ name: '张三', studentNumber: '2025001', grade: 'J2', classNumber: 5 }),
    );
    const same = await fixture.call('students.create', newStudent({ name: '李四', studentNumber: '2025002' }));
    const content = await xlsxFile([
      ['学号', '姓名', '年级', '班级'],
      ['2025001', '张三', '初二', '3班'],
      ['2025002', '李四', '初二', '3'],
    ]);
    const preview = await fixture.call('students.previewImport', { fileName: 'roster.XLSX', content });
    expect(preview.rows).toEqual([
      expect.objectContaining({ outcome: 'conflict', existingId: kept.id, differingFields: ['classNumber'] }),
      expect.objectContaining({ outcome: 'unchanged', existingId: same.id }),
    ]);
    await fixture.call('students.commitImport', { fileName: 'roster.xlsx', content, mapping: preview.mapping });
    expect((await fixture.call('students.get', { id: kept.id })).classNumber).toBe(5);
  });

  it('reads a GBK CSV as Excel saves it on Chinese Windows', async () => {
    const text =
      '学号,姓名,性别,年级,班级,出生日期\r\n2025101,欧阳娜娜,女,高一,2,2009.5.3\r\n2025102,单田芳,男,高一,二班,2009-07-08\r\n';
    const content = csvFile(text, 'gbk');
    const preview = await fixture.call('students.previewImport', { fileName: '名单.csv', content });
    expect(preview).toMatchObject({ format: 'csv', encoding: 'gbk', sheetName: null, headerRow: 1 });
    expect(preview.summary).toMatchObject({ new: 2, invalid: 0 });
    await fixture.call('students.commitImport', { fileName: '名单.csv', content, mapping: preview.mapping });
    const found = await fixture.call('students.list', { query: 'shan' });
    expect(found.items).toEqual([expect.objectContaining({ name: '单田芳', grade: 'S1', classNumber: 2 })]);
    expect((await fixture.call('students.list', { query: 'oy' })).items[0]!.name).toBe('欧阳娜娜');
  });

  it('reads UTF-8 with a byte-order mark, and a mapping the counselor chose', async () => {
    const text = '姓名,学号,年级,出生年月\n刘一,2025201,三年级,2017.05\n陈二,2025202,四年级,2016.06\n';
    const content = csvFile(text, 'utf-8-bom');
    const suggested = await fixture.call('students.previewImport', { fileName: 'roster.csv', content });
    expect(suggested.encoding).toBe('utf-8');
    expect(suggested.columns[0]!.header).toBe('姓名');
    expect(suggested.summary).toMatchObject({ new: 0, invalid: 2 });
    const mapping = { name: 0, studentNumber: 1, grade: 2 };
    const chosen = await fixture.call('students.previewImport', { fileName: 'roster.csv', content, mapping });
    expect(chosen.summary).toMatchObject({ new: 2, invalid: 0 });
    await fixture.call('students.commitImport', { fileName: 'roster.csv', content, mapping });
    expect((await fixture.call('students.list', { query: 'liu' })).items[0]).toMatchObject({ grade: 'P3' });
  });

  it('strips control characters and reports formula-like and overlong text', async () => {
    const text = [
      '学号,姓名,年级,班主任',
      '2025301,"何\u0007小\u001b[1m飞",高二,钱老师',
      '2025302,"=HYPERLINK(""http://example.com"",""点我"")",高二,钱老师',
      '2025303,吴九,高二,@SUM(A1)',
      `2025304,${'郑'.repeat(2000)},高二,钱老师`,
    ].join('\n');
    const content = csvFile(text, 'utf-8');
    const preview = await fixture.call('students.previewImport', { fileName: 'hostile.csv', content });
    expect(preview.rows.map((row) => [row.outcome, row.problems])).toEqual([
      ['new', []],
      ['invalid', [{ code: 'formula-like', field: 'name' }]],
      ['invalid', [{ code: 'formula-like', field: 'classTeacher' }]],
      ['invalid', [{ code: 'too-long', field: 'name' }]],
    ]);
    expect(preview.rows[0]!.cells.name).toBe('何 小 [1m飞');
    expect(preview.rows[3]!.cells.name).toHaveLength(100);
  });

  it('reads the cached result of a formula cell, not its text', async () => {
    const { Workbook } = await import('exceljs');
    const workbook = new Workbook();
    const sheet = workbook.addWorksheet('名单');
    sheet.addRow(['学号', '姓名', '年级']);
    sheet.addRow(['2025401', { formula: 'CONCATENATE("冯","十")', result: '冯十' }, '初一']);
    const content = Buffer.from((await workbook.xlsx.writeBuffer()) as ArrayBuffer).toString('base64');
    const preview = await fixture.call('students.previewImport', { fileName: 'formula.xlsx', content });
    expect(preview.rows[0]).toMatchObject({ outcome: 'new', cells: { name: '冯十' } });
  });

  it('writes nothing when the commit fails part way', async () => {
    const content = await xlsxFile([
      ['学号', '姓名', '年级'],
      ['2025501', '甲', '初一'],
      ['2025502', '乙', '初一'],
      ['2025503', '丙', '初一'],
    ]);
    database().exec(`CREATE TEMP TRIGGER fail_third BEFORE INSERT ON students WHEN NEW.student_number = '2025503'
      BEGIN SELECT RAISE(ABORT, 'simulated failure'); END`);
    const mapping = { studentNumber: 0, name: 1, grade: 2 };
    expect((await fixture.fail('students.commitImport', { fileName: 'a.xlsx', content, mapping })).code).toBe(
      'INTERNAL',
    );
    expect(studentCount()).toBe(0);
    expect(database().prepare("SELECT count(*) AS n FROM audit_events WHERE action = 'students.import'").get()).toEqual(
      {
        n: 0,
      },
    );
  });

  it('refuses files that are not rosters, and writes nothing', async () => {
    const workbook = Buffer.from(await xlsxFile(schoolRows()), 'base64');
    const mapping = { name: 0 };
    const cases: [string, Buffer, string][] = [
      ['random.xlsx', randomBytes(4096), 'IMPORT_FILE_INVALID'],
      ['truncated.xlsx', workbook.subarray(0, Math.floor(workbook.length / 2)), 'IMPORT_FILE_INVALID'],
      ['text.xlsx', Buffer.from('学号,姓名\n1,张三\n'), 'IMPORT_FILE_INVALID'],
      ['binary.csv', randomBytes(4096), 'IMPORT_FILE_INVALID'],
      ['empty.csv', Buffer.alloc(0), 'IMPORT_FILE_INVALID'],
      ['old.xls', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), 'IMPORT_FORMAT_UNSUPPORTED'],
      [
        'renamed.xlsx',
        Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]),
        'IMPORT_FORMAT_UNSUPPORTED',
      ],
      ['roster.pdf', Buffer.from('%PDF-1.7'), 'IMPORT_FORMAT_UNSUPPORTED'],
      ['long.csv', Buffer.from(`学号,姓名\n${'1,张三\n'.repeat(10_050)}`), 'IMPORT_FILE_TOO_LARGE'],
    ];
    for (const [fileName, bytes, code] of cases) {
      const content = bytes.toString('base64');
      expect((await fixture.fail('students.previewImport', { fileName, content })).code, fileName).toBe(code);
      expect((await fixture.fail('students.commitImport', { fileName, content, mapping })).code, fileName).toBe(code);
    }
    expect(studentCount()).toBe(0);
  });

  it('imports the sample rosters of the end-to-end tests as they describe', async () => {
    for (const [fileName, bytes] of [
      ['名单.xlsx', await sampleRosterXlsx()],
      ['名单.csv', sampleRosterGbkCsv()],
    ] as const) {
      const content = bytes.toString('base64');
      const preview = await fixture.call('students.previewImport', { fileName, content });
      expect(preview.headerRow, fileName).toBe(2);
      expect(preview.rows.find((row) => row.outcome === 'invalid')?.rowNumber, fileName).toBe(7);
      await fixture.call('students.commitImport', { fileName, content, mapping: preview.mapping });
    }
    const { items } = await fixture.call('students.list', {});
    expect(items.map((item) => [item.name, item.grade, item.classNumber])).toEqual([
      ['曾小红', 'J1', 1],
      ['张三', 'J2', 3],
      ['李四', 'J2', 3],
      ['单明', 'S1', 2],
    ]);
    const second = await fixture.call('students.previewImport', {
      fileName: '名单.csv',
      content: sampleRosterGbkCsv().toString('base64'),
    });
    expect(second.summary).toEqual({ rows: 5, new: 0, unchanged: 4, conflict: 0, invalid: 1 });
  });

  it('refuses a file over the size cap and content that is not base64 at the contract', async () => {
    const oversize = 'A'.repeat(Math.ceil((5 * 1024 * 1024 + 3) / 3) * 4);
    expect((await fixture.fail('students.previewImport', { fileName: 'big.csv', content: oversize })).code).toBe(
      'VALIDATION_FAILED',
    );
    expect((await fixture.fail('students.previewImport', { fileName: 'a.csv', content: '不是base64' })).code).toBe(
      'VALIDATION_FAILED',
    );
  });
});
