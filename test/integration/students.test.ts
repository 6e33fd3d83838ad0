import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Fixture, newFixture, setUpVault } from './support/backend-fixture';
import { newStudent } from './support/roster-files';

describe('student case files', () => {
  let fixture: Fixture;
  let counselorId: string;
  beforeEach(async () => {
    fixture = newFixture();
    counselorId = (await setUpVault(fixture)).status.profile!.id;
  });
  afterEach(() => fixture.cleanup());

  const database = () => fixture.backend.vault.requireSession().connection;
  const auditOf = (id: string) =>
    database()
      .prepare('SELECT action, actor_id AS actor FROM audit_events WHERE entity = ? AND entity_id = ? ORDER BY rowid')
      .all('student', id);

  it('creates a file with defaults, names its author and audits it without content', async () => {
    const student = await fixture.call('students.create', newStudent());
    expect(student).toEqual({
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      name: '张三',
      studentNumber: '2023001',
      gender: null,
      dateOfBirth: null,
      grade: 'J2',
      classNumber: 3,
      enrolmentYear: null,
      guardians: [],
      classTeacher: '',
      familyStructure: null,
      flags: [],
      remarks: '',
      status: 'active',
      createdAt: '2026-09-01T08:00:00.000Z',
      updatedAt: '2026-09-01T08:00:00.000Z',
    });
    const row = database().prepare('SELECT created_by, updated_by FROM students WHERE id = ?').get(student.id);
    expect(row).toEqual({ created_by: counselorId, updated_by: counselorId });
    expect(auditOf(student.id)).toEqual([{ action: 'students.create', actor: counselorId }]);
    const audit = JSON.stringify(database().prepare('SELECT * FROM audit_events').all());
    expect(audit).not.toContain('张三');
    expect(audit).not.toContain('2023001');
  });

  it('keeps every field of a full file, and reads it back after a restart', async () => {
    const full = newStudent({
      name: '曾小明',
      studentNumber: 'G110101201205031234',
      gender: 'male',
      dateOfBirth: '2012-05-03',
      enrolmentYear: 2025,
      guardians: [
        { name: '曾大明', relation: '父亲', phone: '138 0013 8000' },
        { name: '', relation: '奶奶', phone: '022-23456789' },
      ],
      classTeacher: '王老师',
      familyStructure: 'grandparent-raised',
      flags: ['left-behind', 'hardship'],
      remarks: '第一行\n第二行',
    });
    const created = await fixture.call('students.create', full);
    fixture.restart();
    await fixture.call('vault.unlock', { method: 'passphrase', secret: '春眠不觉晓-处处闻啼鸟' });
    expect(await fixture.call('students.get', { id: created.id })).toEqual(created);
    expect(auditOf(created.id).map((event) => (event as { action: string }).action)).toEqual([
      'students.create',
      'students.open',
    ]);
  });

  it('updates only the fields given, names the editor, and writes nothing for no change', async () => {
    const created = await fixture.call('students.create', newStudent());
    fixture.clock.advance(60_000);
    const updated = await fixture.call('students.update', { id: created.id, classNumber: 5, gender: 'female' });
    expect(updated).toEqual({
      ...created,
      classNumber: 5,
      gender: 'female',
      updatedAt: '2026-09-01T08:01:00.000Z',
    });
    fixture.clock.advance(60_000);
    const unchanged = await fixture.call('students.update', { id: created.id, classNumber: 5 });
    expect(unchanged.updatedAt).toBe('2026-09-01T08:01:00.000Z');
    const cleared = await fixture.call('students.update', { id: created.id, gender: null });
    expect(cleared.gender).toBeNull();
    expect(auditOf(created.id).map((event) => (event as { action: string }).action)).toEqual([
      'students.create',
      'students.update',
      'students.update',
    ]);
  });

  it('refuses a student number that another file has, naming that file by id only', async () => {
    const first = await fixture.call('students.create', newStudent());
    const error = await fixture.fail('students.create', newStudent({ name: '李四', studentNumber: '2023001' }));
    expect(error).toEqual({
      code: 'DUPLICATE_STUDENT_NUMBER',
      message: expect.not.stringContaining('2023001'),
      conflictId: first.id,
    });
    const letters = await fixture.call('students.create', newStudent({ name: '王五', studentNumber: 'g2023' }));
    expect((await fixture.fail('students.create', newStudent({ studentNumber: 'G2023' }))).conflictId).toBe(letters.id);
    const second = await fixture.call('students.create', newStudent({ name: '李四', studentNumber: '2023002' }));
    const moved = await fixture.fail('students.update', { id: second.id, studentNumber: '2023001' });
    expect(moved).toMatchObject({ code: 'DUPLICATE_STUDENT_NUMBER', conflictId: first.id });
    expect((await fixture.call('students.get', { id: second.id })).studentNumber).toBe('2023002');
    expect(database().prepare('SELECT count(*) AS n FROM students').get()).toEqual({ n: 3 });
  });

  it('archives and restores, never deletes, and answers NOT_FOUND for an unknown id', async () => {
    const created = await fixture.call('students.create', newStudent());
    expect((await fixture.call('students.archive', { id: created.id })).status).toBe('archived');
    expect((await fixture.call('students.archive', { id: created.id })).status).toBe('archived');
    expect((await fixture.call('students.get', { id: created.id })).name).toBe('张三');
    expect((await fixture.call('students.restore', { id: created.id })).status).toBe('active');
    expect(auditOf(created.id).map((event) => (event as { action: string }).action)).toEqual([
      'students.create',
      'students.archive',
      'students.open',
      'students.restore',
    ]);
    const unknown = '01890000-0000-7000-8000-000000000000';
    for (const channel of ['students.get', 'students.archive', 'students.restore'] as const) {
      expect((await fixture.fail(channel, { id: unknown })).code).toBe('NOT_FOUND');
    }
    expect((await fixture.fail('students.update', { id: unknown, name: '赵六' })).code).toBe('NOT_FOUND');
  });

  it('refuses bad values and changes nothing', async () => {
    const invalid = [
      newStudent({ name: '' }),
      newStudent({ name: '张\u0000三' }),
      newStudent({ name: '张'.repeat(51) }),
      newStudent({ studentNumber: '2023 001' }),
      newStudent({ grade: 'J4' as never }),
      newStudent({ classNumber: 0 }),
      newStudent({ dateOfBirth: '2012-02-30' }),
      newStudent({ flags: ['orphan', 'orphan'] }),
      newStudent({ flags: ['celebrity'] }),
      newStudent({ flags: ['Not a code'] }),
      newStudent({ guardians: [{ name: '', relation: '母亲', phone: '' }] }),
      newStudent({ guardians: [{ name: '母亲', relation: '', phone: 'call me' }] }),
      newStudent({ remarks: 'x'.repeat(2001) }),
      newStudent({ remarks: 'bell\u0007' }),
      { ...newStudent(), unexpected: true } as never,
    ];
    for (const input of invalid) expect((await fixture.fail('students.create', input)).code).toBe('VALIDATION_FAILED');
    expect(database().prepare('SELECT count(*) AS n FROM students').get()).toEqual({ n: 0 });
  });

  it('needs the vault unlocked', async () => {
    fixture.backend.vault.lock();
    expect((await fixture.fail('students.create', newStudent())).code).toBe('VAULT_LOCKED');
    expect((await fixture.fail('students.list', {})).code).toBe('VAULT_LOCKED');
    const content = Buffer.from('学号,姓名,年级\n1,张三,初一\n').toString('base64');
    expect((await fixture.fail('students.previewImport', { fileName: 'a.csv', content })).code).toBe('VAULT_LOCKED');
  });
});
