import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChannelInput } from '../../shared/contract';
import { type Fixture, newFixture, setUpVault } from './support/backend-fixture';
import { newStudent } from './support/roster-files';

const roster: ChannelInput<'students.create'>[] = [
  newStudent({ name: '张三', studentNumber: '2023001', grade: 'J2', classNumber: 3, gender: 'male' }),
  newStudent({ name: '张三丰', studentNumber: '2023002', grade: 'J2', classNumber: 1 }),
  newStudent({ name: '王子山', studentNumber: '2024001', grade: 'J1', classNumber: 2 }),
  newStudent({ name: '曾国藩', studentNumber: '2021001', grade: 'S3', classNumber: 1 }),
  newStudent({ name: '单雄信', studentNumber: '2019001', grade: 'P6', classNumber: 4 }),
  newStudent({ name: '李小明', studentNumber: 'x-100', grade: 'P1', classNumber: 1, gender: 'female' }),
];

describe('the roster', () => {
  let fixture: Fixture;
  const names = async (input: ChannelInput<'students.list'>) =>
    (await fixture.call('students.list', input)).items.map((item) => item.name);

  beforeAll(async () => {
    fixture = newFixture();
    await setUpVault(fixture);
    for (const student of roster) await fixture.call('students.create', student);
    const archived = await fixture.call(
      'students.create',
      newStudent({ name: '赵六', studentNumber: '2020009', classNumber: 9 }),
    );
    await fixture.call('students.archive', { id: archived.id });
  });
  afterAll(() => fixture.cleanup());

  it('lists summaries in school order: grade, class, number', async () => {
    const page = await fixture.call('students.list', { status: 'active' });
    expect(page.total).toBe(6);
    expect(page.items.map((item) => item.name)).toEqual(['李小明', '单雄信', '王子山', '张三丰', '张三', '曾国藩']);
    expect(page.items[4]).toEqual({
      id: expect.any(String),
      name: '张三',
      studentNumber: '2023001',
      grade: 'J2',
      classNumber: 3,
      status: 'active',
      gender: 'male',
    });
    expect((await fixture.call('students.list', {})).total).toBe(7);
  });

  it('finds a student by name, number, full pinyin and pinyin initials', async () => {
    expect(await names({ query: '张三' })).toEqual(['张三', '张三丰']);
    expect(await names({ query: '三丰' })).toEqual(['张三丰']);
    expect(await names({ query: '2023001' })).toEqual(['张三']);
    expect(await names({ query: '20230' })).toEqual(['张三丰', '张三']);
    expect(await names({ query: 'zs' })).toEqual(['张三', '张三丰']);
    expect(await names({ query: 'zhangsan' })).toEqual(['张三', '张三丰']);
    expect(await names({ query: 'Zhang San' })).toEqual(['张三', '张三丰']);
    expect(await names({ query: 'xiaoming' })).toEqual(['李小明']);
    expect(await names({ query: 'xm' })).toEqual([]);
  });

  it('reads polyphonic surnames as surnames', async () => {
    expect(await names({ query: 'zeng' })).toEqual(['曾国藩']);
    expect(await names({ query: 'zgf' })).toEqual(['曾国藩']);
    expect(await names({ query: 'shan' })).toEqual(['单雄信', '王子山']);
    expect(await names({ query: 'sxx' })).toEqual(['单雄信']);
  });

  it('treats % and _ as text, not wildcards', async () => {
    expect(await names({ query: '%' })).toEqual([]);
    expect(await names({ query: '_' })).toEqual([]);
    expect(await names({ query: 'X-100' })).toEqual(['李小明']);
  });

  it('filters by grade, class and status, with the search', async () => {
    expect(await names({ grade: 'J2', status: 'active' })).toEqual(['张三丰', '张三']);
    expect(await names({ grade: 'J2' })).toEqual(['张三丰', '张三', '赵六']);
    expect(await names({ grade: 'J2', classNumber: 3 })).toEqual(['张三']);
    expect(await names({ classNumber: 1, status: 'active' })).toEqual(['李小明', '张三丰', '曾国藩']);
    expect(await names({ status: 'archived' })).toEqual(['赵六']);
    expect(await names({ query: 'zs', grade: 'J2', classNumber: 1 })).toEqual(['张三丰']);
    expect(await names({ query: 'nobody' })).toEqual([]);
  });

  it('pages with a total', async () => {
    const first = await fixture.call('students.list', { status: 'active', limit: 4 });
    const second = await fixture.call('students.list', { status: 'active', limit: 4, offset: 4 });
    expect([first.total, second.total]).toEqual([6, 6]);
    expect([...first.items, ...second.items].map((item) => item.name)).toEqual(await names({ status: 'active' }));
    expect((await fixture.fail('students.list', { limit: 201 })).code).toBe('VALIDATION_FAILED');
    expect((await fixture.fail('students.list', { limit: 0 })).code).toBe('VALIDATION_FAILED');
    expect((await fixture.fail('students.list', { query: 'x'.repeat(51) })).code).toBe('VALIDATION_FAILED');
  });
});

describe('moving the roster up at the new school year', () => {
  let fixture: Fixture;
  beforeAll(async () => {
    fixture = newFixture();
    await setUpVault(fixture);
  });
  afterAll(() => fixture.cleanup());

  it('moves everyone up one grade, graduates the leaving grades, once per school year', async () => {
    const created = new Map<string, string>();
    for (const [name, grade, number] of [
      ['一年级生', 'P1', '1'],
      ['六年级生', 'P6', '2'],
      ['初一生', 'J1', '3'],
      ['初三生', 'J3', '4'],
      ['高二生', 'S2', '5'],
      ['高三生', 'S3', '6'],
      ['已归档', 'J1', '7'],
    ] as const) {
      created.set(name, (await fixture.call('students.create', newStudent({ name, grade, studentNumber: number }))).id);
    }
    await fixture.call('students.archive', { id: created.get('已归档')! });
    fixture.clock.advance(3_600_000);

    expect(await fixture.call('students.promoteSchoolYear', { schoolYear: '2026-2027' })).toEqual({
      schoolYear: '2026-2027',
      promoted: 3,
      graduated: 3,
    });
    const state = async (name: string) => {
      const student = await fixture.call('students.get', { id: created.get(name)! });
      return `${student.grade} ${student.status}`;
    };
    expect(await state('一年级生')).toBe('P2 active');
    expect(await state('六年级生')).toBe('P6 graduated');
    expect(await state('初一生')).toBe('J2 active');
    expect(await state('初三生')).toBe('J3 graduated');
    expect(await state('高二生')).toBe('S3 active');
    expect(await state('高三生')).toBe('S3 graduated');
    expect(await state('已归档')).toBe('J1 archived');
    const { items } = await fixture.call('students.list', { status: 'active' });
    expect(items.map((item) => item.name)).toEqual(['一年级生', '初一生', '高二生']);

    const again = await fixture.fail('students.promoteSchoolYear', { schoolYear: '2026-2027' });
    expect(again.code).toBe('SCHOOL_YEAR_ALREADY_PROMOTED');
    expect((await fixture.fail('students.promoteSchoolYear', { schoolYear: '2025-2026' })).code).toBe(
      'SCHOOL_YEAR_ALREADY_PROMOTED',
    );
    expect(await state('一年级生')).toBe('P2 active');

    const connection = fixture.backend.vault.requireSession().connection;
    const setting = connection.prepare("SELECT value FROM settings WHERE key = 'roster.lastPromotedSchoolYear'").get();
    expect(setting).toEqual({ value: '"2026-2027"' });
    const audit = connection
      .prepare("SELECT entity, entity_id AS entityId FROM audit_events WHERE action = 'students.promoteSchoolYear'")
      .all();
    expect(audit).toEqual([{ entity: 'roster', entityId: '2026-2027' }]);
    const updatedAt = connection.prepare("SELECT DISTINCT updated_at AS at FROM students WHERE grade = 'P2'").all();
    expect(updatedAt).toEqual([{ at: '2026-09-01T09:00:00.000Z' }]);
  });

  it('refuses a school year that has not begun, or that is not one', async () => {
    expect((await fixture.fail('students.promoteSchoolYear', { schoolYear: '2027-2028' })).code).toBe(
      'VALIDATION_FAILED',
    );
    expect((await fixture.fail('students.promoteSchoolYear', { schoolYear: '2026-2028' })).code).toBe(
      'VALIDATION_FAILED',
    );
    expect((await fixture.fail('students.promoteSchoolYear', { schoolYear: '2026' })).code).toBe('VALIDATION_FAILED');
  });

  it('lets a graduate who repeats the year come back to the active roster', async () => {
    const { items } = await fixture.call('students.list', { status: 'graduated', grade: 'S3' });
    const restored = await fixture.call('students.restore', { id: items[0]!.id });
    expect(restored).toMatchObject({ grade: 'S3', status: 'active' });
  });
});
