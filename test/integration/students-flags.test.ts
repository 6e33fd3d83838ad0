import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Fixture, newFixture, setUpVault } from './support/backend-fixture';
import { newStudent } from './support/roster-files';

describe('special flags of student files', () => {
  let fixture: Fixture;
  let counselorId: string;
  beforeEach(async () => {
    fixture = newFixture();
    fixture.clock.time = Date.parse('2026-09-01T12:00:00Z');
    counselorId = (await setUpVault(fixture)).status.profile!.id;
  });
  afterEach(() => fixture.cleanup());

  const database = () => fixture.backend.vault.requireSession().connection;
  const auditActions = () =>
    database().prepare("SELECT action FROM audit_events WHERE entity = 'student-flag' ORDER BY rowid").pluck().all();

  it("ships the domain's flags in both languages, in order", async () => {
    const flags = await fixture.call('students.listFlags', {});
    expect(flags.map((flag) => [flag.code, flag.labelZh])).toEqual([
      ['left-behind', '留守儿童'],
      ['migrant', '流动儿童'],
      ['single-parent', '单亲'],
      ['orphan', '孤儿'],
      ['hardship', '家庭困难'],
      ['learning-difficulty', '学习困难'],
      ['transfer', '转学生'],
      ['repeating', '复读生'],
    ]);
    expect(flags[4]).toEqual({
      code: 'hardship',
      labelZh: '家庭困难',
      labelEn: 'Financial hardship',
      active: true,
      sortOrder: 50,
    });
  });

  it('adds, renames, reorders and retires flags; a file keeps a retired flag it has', async () => {
    const added = await fixture.call('students.addFlag', { labelZh: '受欺凌', labelEn: 'Bullied' });
    expect(added).toEqual({
      code: expect.stringMatching(/^custom-[0-9a-f]{8}$/),
      labelZh: '受欺凌',
      labelEn: 'Bullied',
      active: true,
      sortOrder: 90,
    });
    const student = await fixture.call('students.create', newStudent({ flags: [added.code, 'orphan'] }));
    expect(student.flags).toEqual([added.code, 'orphan']);

    const renamed = await fixture.call('students.updateFlag', { code: added.code, labelZh: '校园欺凌', sortOrder: 5 });
    expect(renamed).toMatchObject({ labelZh: '校园欺凌', labelEn: 'Bullied', sortOrder: 5 });
    expect((await fixture.call('students.listFlags', {}))[0]!.code).toBe(added.code);

    await fixture.call('students.updateFlag', { code: added.code, active: false });
    expect((await fixture.call('students.listFlags', {})).map((flag) => flag.code)).not.toContain(added.code);
    const all = await fixture.call('students.listFlags', { includeRetired: true });
    expect(all.find((flag) => flag.code === added.code)).toMatchObject({ active: false, labelZh: '校园欺凌' });

    // The file keeps it, through later saves of other fields and of other flags.
    expect((await fixture.call('students.get', { id: student.id })).flags).toEqual([added.code, 'orphan']);
    const saved = await fixture.call('students.update', {
      id: student.id,
      classTeacher: '王老师',
      flags: [added.code, 'orphan', 'hardship'],
    });
    expect(saved.flags).toEqual([added.code, 'orphan', 'hardship']);
    // Once dropped, a retired flag cannot be given again, to this file or another.
    await fixture.call('students.update', { id: student.id, flags: ['orphan'] });
    expect((await fixture.fail('students.update', { id: student.id, flags: ['orphan', added.code] })).code).toBe(
      'VALIDATION_FAILED',
    );
    expect((await fixture.fail('students.create', newStudent({ studentNumber: '2', flags: [added.code] }))).code).toBe(
      'VALIDATION_FAILED',
    );
    // Brought back, it is offered again.
    await fixture.call('students.updateFlag', { code: added.code, active: true });
    expect((await fixture.call('students.update', { id: student.id, flags: [added.code] })).flags).toEqual([
      added.code,
    ]);

    expect(auditActions()).toEqual([
      'student-flags.add',
      'student-flags.update',
      'student-flags.update',
      'student-flags.update',
    ]);
    expect(database().prepare('SELECT updated_by FROM student_flags WHERE code = ?').pluck().get(added.code)).toBe(
      counselorId,
    );
  });

  it('refuses unknown codes, unknown flags and bad labels', async () => {
    expect((await fixture.fail('students.create', newStudent({ flags: ['celebrity'] }))).code).toBe(
      'VALIDATION_FAILED',
    );
    const student = await fixture.call('students.create', newStudent({ flags: ['transfer'] }));
    expect((await fixture.fail('students.update', { id: student.id, flags: ['transfer', 'celebrity'] })).code).toBe(
      'VALIDATION_FAILED',
    );
    expect((await fixture.call('students.get', { id: student.id })).flags).toEqual(['transfer']);
    expect((await fixture.fail('students.updateFlag', { code: 'no-such', labelZh: '无' })).code).toBe('NOT_FOUND');
    expect((await fixture.fail('students.addFlag', { labelZh: '', labelEn: 'Empty' })).code).toBe('VALIDATION_FAILED');
    expect((await fixture.fail('students.addFlag', { labelZh: '长'.repeat(51), labelEn: 'Long' })).code).toBe(
      'VALIDATION_FAILED',
    );
    expect(database().prepare('SELECT count(*) FROM student_flags').pluck().get()).toBe(8);
  });
});
