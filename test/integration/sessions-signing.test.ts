import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Fixture, newFixture, setUpVault } from './support/backend-fixture';
import { newStudent } from './support/roster-files';
import { completeContent, finalizedNote, studentWithDraft } from './support/session-notes';

describe('finalising and amending session notes', () => {
  let fixture: Fixture;
  let counselorId: string;
  beforeEach(async () => {
    fixture = newFixture();
    fixture.clock.time = Date.parse('2026-09-01T12:00:00Z');
    counselorId = (await setUpVault(fixture)).status.profile!.id;
  });
  afterEach(() => fixture.cleanup());

  const database = () => fixture.backend.vault.requireSession().connection;
  const counselor = () => ({ id: counselorId, displayName: '李老师' });

  it('signs the saved draft with the time and the counselor, a case number and a session number', async () => {
    const { studentId, draft } = await studentWithDraft(fixture);
    const content = completeContent();
    const saved = await fixture.call('sessions.saveDraft', { noteId: draft.noteId, revision: 1, content });
    fixture.clock.advance(60_000);
    const note = await fixture.call('sessions.finalize', { noteId: draft.noteId, revision: saved.revision });
    expect(note).toEqual({
      noteId: draft.noteId,
      studentId,
      studentName: '张三',
      status: 'final',
      caseNumber: '2026-001',
      sessionNumber: 1,
      content,
      template: expect.objectContaining({ key: 'school-form', version: 1 }),
      version: 1,
      signedAt: '2026-09-01T12:01:00.000Z',
      signedBy: counselor(),
      draftRevision: null,
      createdAt: '2026-09-01T12:00:00.000Z',
      createdBy: counselor(),
    });
    expect(await fixture.call('sessions.listDrafts', {})).toEqual([]);
    expect(await fixture.call('sessions.get', { noteId: draft.noteId })).toEqual(note);
    const audit = database()
      .prepare("SELECT action FROM audit_events WHERE entity = 'session-note' ORDER BY rowid")
      .pluck()
      .all();
    expect(audit).toEqual(['sessions.create', 'sessions.finalize', 'sessions.open']);
  });

  it('gives one case number per student and calendar year of the session, and counts sessions per student', async () => {
    const { id: zhang } = await fixture.call('students.create', newStudent());
    const { id: li } = await fixture.call('students.create', newStudent({ name: '李四', studentNumber: '2023002' }));
    const first = await finalizedNote(fixture, zhang);
    const second = await finalizedNote(fixture, li, completeContent({ date: '2026-09-02' }));
    const third = await finalizedNote(fixture, zhang, completeContent({ date: '2026-09-08' }));
    const lateEntry = await finalizedNote(fixture, li, completeContent({ date: '2025-12-30' }));
    const nextYear = await finalizedNote(fixture, zhang, completeContent({ date: '2027-01-05' }));
    expect([first, second, third, lateEntry, nextYear].map((note) => [note.caseNumber, note.sessionNumber])).toEqual([
      ['2026-001', 1],
      ['2026-002', 1],
      ['2026-001', 2],
      ['2025-001', 2],
      ['2027-001', 3],
    ]);
    const draft = await fixture.call('sessions.createDraft', { studentId: zhang });
    expect([draft.sessionNumber, draft.caseNumber]).toEqual([4, null]);
  });

  it('names the missing fields and refuses to finalise an incomplete note', async () => {
    const { draft } = await studentWithDraft(fixture);
    const incomplete = [
      completeContent({ risk: null }),
      completeContent({ date: null }),
      completeContent({ categories: [] }),
      completeContent({ endTime: '09:00' }),
      completeContent({ nextAppointment: { date: '2026-08-31', time: null, note: '' } }),
      completeContent({ kind: 'individual', referralRoute: null }),
    ];
    let revision = 1;
    for (const content of incomplete) {
      revision = (await fixture.call('sessions.saveDraft', { noteId: draft.noteId, revision, content })).revision;
      const error = await fixture.fail('sessions.finalize', { noteId: draft.noteId, revision });
      expect(error.code).toBe('NOTE_INCOMPLETE');
    }
    expect((await fixture.fail('sessions.finalize', { noteId: draft.noteId, revision })).message).toContain(
      'referralRoute',
    );
    const parent = completeContent({ kind: 'parent', referralRoute: null });
    revision = (await fixture.call('sessions.saveDraft', { noteId: draft.noteId, revision, content: parent })).revision;
    expect((await fixture.call('sessions.finalize', { noteId: draft.noteId, revision })).status).toBe('final');
  });

  it('refuses unknown categories and sections outside the template when finalising', async () => {
    const { draft } = await studentWithDraft(fixture);
    const stray = completeContent({ sections: { data: '用 DAP 的栏目写的' } });
    await fixture.call('sessions.saveDraft', { noteId: draft.noteId, revision: 1, content: stray });
    expect((await fixture.fail('sessions.finalize', { noteId: draft.noteId, revision: 2 })).code).toBe(
      'VALIDATION_FAILED',
    );
    const unknownCategory = completeContent({ categories: ['no-such-category'] });
    await fixture.call('sessions.saveDraft', { noteId: draft.noteId, revision: 2, content: unknownCategory });
    expect((await fixture.fail('sessions.finalize', { noteId: draft.noteId, revision: 3 })).code).toBe(
      'VALIDATION_FAILED',
    );
    expect(database().prepare('SELECT count(*) FROM case_numbers').pluck().get()).toBe(0);
  });

  it('finalises only the revision the counselor saw, and only once', async () => {
    const { draft } = await studentWithDraft(fixture);
    await fixture.call('sessions.saveDraft', { noteId: draft.noteId, revision: 1, content: completeContent() });
    expect(await fixture.fail('sessions.finalize', { noteId: draft.noteId, revision: 1 })).toMatchObject({
      code: 'DRAFT_CONFLICT',
      revision: 2,
    });
    await fixture.call('sessions.finalize', { noteId: draft.noteId, revision: 2 });
    expect((await fixture.fail('sessions.finalize', { noteId: draft.noteId, revision: 2 })).code).toBe(
      'NOTE_ALREADY_FINALIZED',
    );
    const late = await fixture.fail('sessions.saveDraft', {
      noteId: draft.noteId,
      revision: 2,
      content: completeContent({ plan: 'from a window that missed the finalising' }),
    });
    expect(late).toMatchObject({ code: 'DRAFT_CONFLICT', revision: 0 });
    expect((await fixture.fail('sessions.discardDraft', { noteId: draft.noteId, revision: 2 })).code).toBe(
      'DRAFT_CONFLICT',
    );
  });

  it('keeps a finalised note, its versions and its case number immutable in the database itself', async () => {
    const { id: studentId } = await fixture.call('students.create', newStudent());
    const note = await finalizedNote(fixture, studentId);
    const attempts = [
      'UPDATE session_notes SET session_number = 9 WHERE id = @id',
      "UPDATE session_notes SET status = 'draft', case_year = NULL, case_sequence = NULL, session_number = NULL WHERE id = @id",
      'DELETE FROM session_notes WHERE id = @id',
      "UPDATE note_versions SET content = '{}' WHERE note_id = @id",
      'DELETE FROM note_versions WHERE note_id = @id',
      'UPDATE case_numbers SET sequence = 2',
      'DELETE FROM case_numbers',
      "INSERT INTO note_versions (note_id, version, content, reason, created_at, created_by) VALUES (@id, 3, '{}', 'skip', 't', @by)",
    ];
    for (const sql of attempts) {
      expect(() => database().prepare(sql).run({ id: note.noteId, by: counselorId }), sql).toThrow(
        /immutable|append-only|follow each other/,
      );
    }
    expect(await fixture.call('sessions.get', { noteId: note.noteId })).toEqual(note);
  });

  it('amends through a draft with a reason, keeping every earlier version with who and when', async () => {
    const { id: studentId } = await fixture.call('students.create', newStudent());
    const original = await finalizedNote(fixture, studentId);
    fixture.clock.advance(3_600_000);
    const changed = completeContent({ plan: '转介到医院心理科评估。', refer: true });
    const started = await fixture.call('sessions.saveDraft', {
      noteId: original.noteId,
      revision: 0,
      content: changed,
    });
    expect(started.revision).toBe(1);
    const pending = await fixture.call('sessions.getDraft', { noteId: original.noteId });
    expect(pending).toMatchObject({ purpose: 'amendment', caseNumber: '2026-001', sessionNumber: 1 });
    expect((await fixture.call('sessions.get', { noteId: original.noteId })).content.plan).toBe(original.content.plan);
    const otherWindow = completeContent({ plan: '另一个窗口也开始修订' });
    expect(
      await fixture.fail('sessions.saveDraft', { noteId: original.noteId, revision: 0, content: otherWindow }),
    ).toMatchObject({ code: 'DRAFT_CONFLICT', revision: 1 });
    fixture.clock.advance(60_000);
    const amended = await fixture.call('sessions.amend', {
      noteId: original.noteId,
      revision: 1,
      reason: '补充转介决定',
    });
    expect(amended).toMatchObject({
      version: 2,
      content: changed,
      caseNumber: '2026-001',
      sessionNumber: 1,
      signedAt: original.signedAt,
      draftRevision: null,
    });
    const history = await fixture.call('sessions.history', { noteId: original.noteId });
    expect(
      history.versions.map(({ version, reason, createdAt, createdBy, content }) => ({
        version,
        reason,
        createdAt,
        createdBy,
        plan: content.plan,
      })),
    ).toEqual([
      {
        version: 1,
        reason: null,
        createdAt: '2026-09-01T12:00:00.000Z',
        createdBy: counselor(),
        plan: original.content.plan,
      },
      {
        version: 2,
        reason: '补充转介决定',
        createdAt: '2026-09-01T13:01:00.000Z',
        createdBy: counselor(),
        plan: changed.plan,
      },
    ]);
    const audit = database()
      .prepare("SELECT action FROM audit_events WHERE entity = 'session-note' ORDER BY rowid")
      .pluck()
      .all();
    expect(audit).toEqual([
      'sessions.create',
      'sessions.finalize',
      'sessions.open',
      'sessions.open',
      'sessions.amend',
      'sessions.history',
    ]);
  });

  it('refuses amending a draft, a stale amendment draft, an incomplete amendment, and adds nothing for no change', async () => {
    const { draft } = await studentWithDraft(fixture);
    await fixture.call('sessions.saveDraft', { noteId: draft.noteId, revision: 1, content: completeContent() });
    expect((await fixture.fail('sessions.amend', { noteId: draft.noteId, revision: 2, reason: '改' })).code).toBe(
      'NOTE_NOT_FINALIZED',
    );
    const note = await fixture.call('sessions.finalize', { noteId: draft.noteId, revision: 2 });
    expect((await fixture.fail('sessions.amend', { noteId: note.noteId, revision: 1, reason: '改' })).code).toBe(
      'DRAFT_CONFLICT',
    );
    await fixture.call('sessions.saveDraft', {
      noteId: note.noteId,
      revision: 0,
      content: completeContent({ risk: null }),
    });
    expect((await fixture.fail('sessions.amend', { noteId: note.noteId, revision: 1, reason: '改' })).code).toBe(
      'NOTE_INCOMPLETE',
    );
    expect((await fixture.fail('sessions.amend', { noteId: note.noteId, revision: 1, reason: '  ' })).code).toBe(
      'VALIDATION_FAILED',
    );
    await fixture.call('sessions.saveDraft', { noteId: note.noteId, revision: 1, content: note.content });
    const unchanged = await fixture.call('sessions.amend', { noteId: note.noteId, revision: 2, reason: '无变化' });
    expect(unchanged).toEqual(note);
    expect((await fixture.call('sessions.history', { noteId: note.noteId })).versions).toHaveLength(1);
  });

  it('discards an amendment draft and leaves the signed note as it was', async () => {
    const { id: studentId } = await fixture.call('students.create', newStudent());
    const note = await finalizedNote(fixture, studentId);
    await fixture.call('sessions.saveDraft', {
      noteId: note.noteId,
      revision: 0,
      content: completeContent({ plan: '想改又不改了' }),
    });
    expect((await fixture.call('sessions.get', { noteId: note.noteId })).draftRevision).toBe(1);
    await fixture.call('sessions.discardDraft', { noteId: note.noteId, revision: 1 });
    const after = await fixture.call('sessions.get', { noteId: note.noteId });
    expect(after).toEqual({ ...note, draftRevision: null });
    expect(database().prepare('SELECT count(*) FROM session_notes').pluck().get()).toBe(1);
  });
});
