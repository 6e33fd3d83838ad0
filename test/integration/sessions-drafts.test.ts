import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Fixture, newFixture, passphrase, setUpVault } from './support/backend-fixture';
import { completeContent, studentWithDraft } from './support/session-notes';

describe('session note drafts', () => {
  let fixture: Fixture;
  let counselorId: string;
  beforeEach(async () => {
    fixture = newFixture();
    fixture.clock.time = Date.parse('2026-09-01T12:00:00Z');
    counselorId = (await setUpVault(fixture)).status.profile!.id;
  });
  afterEach(() => fixture.cleanup());

  const database = () => fixture.backend.vault.requireSession().connection;

  it("starts a draft on the school form with today's date, names its author and audits it", async () => {
    const { studentId, draft } = await studentWithDraft(fixture);
    expect(draft).toEqual({
      noteId: expect.stringMatching(/^[0-9a-f-]{36}$/),
      studentId,
      studentName: '张三',
      purpose: 'new-note',
      revision: 1,
      content: {
        template: { key: 'school-form', version: 1 },
        date: '2026-09-01',
        startTime: null,
        endTime: null,
        place: '',
        kind: null,
        mode: null,
        referralRoute: null,
        categories: [],
        sections: {},
        risk: null,
        plan: '',
        informClassTeacher: false,
        informParents: false,
        refer: false,
        nextAppointment: null,
      },
      template: expect.objectContaining({ key: 'school-form', version: 1, labelZh: '个体心理辅导记录表' }),
      sessionNumber: 1,
      caseNumber: null,
      createdAt: '2026-09-01T12:00:00.000Z',
      savedAt: '2026-09-01T12:00:00.000Z',
      savedBy: { id: counselorId, displayName: '李老师' },
    });
    expect(draft.template.sections.map((section) => section.labelZh)).toEqual([
      '主诉',
      '背景',
      '观察',
      '过程与技术',
      '评估',
      '结果与反馈',
    ]);
    const dap = await fixture.call('sessions.createDraft', { studentId, templateKey: 'dap' });
    expect(dap.content.template).toEqual({ key: 'dap', version: 1 });
    expect(
      database().prepare('SELECT created_by, updated_by FROM session_notes WHERE id = ?').get(draft.noteId),
    ).toEqual({ created_by: counselorId, updated_by: counselorId });
    expect(
      database()
        .prepare("SELECT action, actor_id AS actor FROM audit_events WHERE entity = 'session-note' AND entity_id = ?")
        .all(draft.noteId),
    ).toEqual([{ action: 'sessions.create', actor: counselorId }]);
  });

  it('saves the full content as the next revision, exactly as typed, and reads it back after a restart', async () => {
    const { draft } = await studentWithDraft(fixture);
    let revision = draft.revision;
    const typed = completeContent({ sections: { 'presenting-problem': '  她说：“我睡不着。”\n\t第二行  ' } });
    for (let round = 0; round < 5; round += 1) {
      fixture.clock.advance(2000);
      const content = { ...typed, plan: `计划 ${round} ` };
      const saved = await fixture.call('sessions.saveDraft', { noteId: draft.noteId, revision, content });
      expect(saved).toEqual({
        noteId: draft.noteId,
        revision: revision + 1,
        savedAt: new Date(fixture.clock.time).toISOString(),
      });
      revision = saved.revision;
    }
    fixture.restart();
    await fixture.call('vault.unlock', { method: 'passphrase', secret: passphrase });
    const restored = await fixture.call('sessions.getDraft', { noteId: draft.noteId });
    expect(restored.revision).toBe(6);
    expect(restored.content).toEqual({ ...typed, plan: '计划 4 ' });
    expect(restored.savedAt).toBe('2026-09-01T12:00:10.000Z');
  });

  it('writes each save through to disk before answering: WAL with synchronous=FULL on the open database', () => {
    expect(database().pragma('journal_mode', { simple: true })).toBe('wal');
    expect(database().pragma('synchronous', { simple: true })).toBe(2);
  });

  it('refuses a stale revision from another window with the revision on disk, and keeps the newer text', async () => {
    const { draft } = await studentWithDraft(fixture);
    const first = await fixture.call('sessions.saveDraft', {
      noteId: draft.noteId,
      revision: 1,
      content: completeContent({ plan: 'window A' }),
    });
    const stale = await fixture.fail('sessions.saveDraft', {
      noteId: draft.noteId,
      revision: 1,
      content: completeContent({ plan: 'window B' }),
    });
    expect(stale).toEqual({ code: 'DRAFT_CONFLICT', message: expect.any(String), revision: first.revision });
    expect((await fixture.call('sessions.getDraft', { noteId: draft.noteId })).content.plan).toBe('window A');
    const ahead = await fixture.fail('sessions.saveDraft', {
      noteId: draft.noteId,
      revision: 7,
      content: completeContent({ plan: 'window C' }),
    });
    expect(ahead.revision).toBe(2);
  });

  it('answers a repeated save of the same content with the stored revision and writes nothing', async () => {
    const { draft } = await studentWithDraft(fixture);
    const content = completeContent();
    const saved = await fixture.call('sessions.saveDraft', { noteId: draft.noteId, revision: 1, content });
    fixture.clock.advance(5000);
    const retried = await fixture.call('sessions.saveDraft', { noteId: draft.noteId, revision: 1, content });
    expect(retried).toEqual(saved);
    const reordered = { ...content, sections: { observation: content.sections.observation!, ...content.sections } };
    expect(await fixture.call('sessions.saveDraft', { noteId: draft.noteId, revision: 2, content: reordered })).toEqual(
      saved,
    );
  });

  it('lists pending drafts newest first with when they were saved, for restoring after a crash', async () => {
    const { studentId, draft: older } = await studentWithDraft(fixture);
    fixture.clock.advance(60_000);
    const newer = await fixture.call('sessions.createDraft', { studentId });
    fixture.clock.advance(60_000);
    await fixture.call('sessions.saveDraft', {
      noteId: older.noteId,
      revision: 1,
      content: completeContent({ date: '2026-08-31' }),
    });
    expect(await fixture.call('sessions.listDrafts', {})).toEqual([
      {
        noteId: older.noteId,
        studentId,
        studentName: '张三',
        purpose: 'new-note',
        revision: 2,
        date: '2026-08-31',
        savedAt: '2026-09-01T12:02:00.000Z',
      },
      {
        noteId: newer.noteId,
        studentId,
        studentName: '张三',
        purpose: 'new-note',
        revision: 1,
        date: '2026-09-01',
        savedAt: '2026-09-01T12:01:00.000Z',
      },
    ]);
  });

  it('discards a draft only at the revision the counselor saw, and audits it without content', async () => {
    const { draft } = await studentWithDraft(fixture);
    await fixture.call('sessions.saveDraft', { noteId: draft.noteId, revision: 1, content: completeContent() });
    expect((await fixture.call('sessions.search', { query: '焦虑' })).total).toBe(1);
    expect((await fixture.fail('sessions.discardDraft', { noteId: draft.noteId, revision: 1 })).revision).toBe(2);
    await fixture.call('sessions.discardDraft', { noteId: draft.noteId, revision: 2 });
    expect(await fixture.call('sessions.listDrafts', {})).toEqual([]);
    expect((await fixture.fail('sessions.get', { noteId: draft.noteId })).code).toBe('NOT_FOUND');
    expect((await fixture.call('sessions.search', { query: '焦虑' })).total).toBe(0);
    expect(database().prepare('SELECT count(*) FROM note_calendar').pluck().get()).toBe(0);
    const audit = database()
      .prepare("SELECT action, entity_id AS id FROM audit_events WHERE entity = 'session-note' ORDER BY rowid")
      .all();
    expect(audit).toEqual([
      { action: 'sessions.create', id: draft.noteId },
      { action: 'sessions.discard', id: draft.noteId },
    ]);
    expect(JSON.stringify(database().prepare('SELECT * FROM audit_events').all())).not.toMatch(/焦虑|张三/);
  });

  it('refuses bad content, unknown notes, students and templates, and changes nothing', async () => {
    const { studentId, draft } = await studentWithDraft(fixture);
    const invalid = [
      completeContent({ plan: 'bell\u0007' }),
      completeContent({ place: '辅导室\n二楼' }),
      completeContent({ startTime: '25:00' }),
      completeContent({ date: '2026-02-30' }),
      completeContent({ categories: ['study', 'study'] }),
      completeContent({ sections: { 'Not A Key': 'x' } }),
      completeContent({ sections: { observation: 'x'.repeat(20_001) } }),
      { ...completeContent(), extra: true } as never,
    ];
    for (const content of invalid) {
      expect((await fixture.fail('sessions.saveDraft', { noteId: draft.noteId, revision: 1, content })).code).toBe(
        'VALIDATION_FAILED',
      );
    }
    const unknownTemplate = completeContent({ template: { key: 'school-form', version: 9 } });
    expect(
      (await fixture.fail('sessions.saveDraft', { noteId: draft.noteId, revision: 1, content: unknownTemplate })).code,
    ).toBe('VALIDATION_FAILED');
    const unknown = '01890000-0000-7000-8000-000000000000';
    expect(
      (await fixture.fail('sessions.saveDraft', { noteId: unknown, revision: 1, content: completeContent() })).code,
    ).toBe('NOT_FOUND');
    expect((await fixture.fail('sessions.getDraft', { noteId: unknown })).code).toBe('NOT_FOUND');
    expect((await fixture.fail('sessions.createDraft', { studentId: unknown })).code).toBe('NOT_FOUND');
    expect((await fixture.fail('sessions.createDraft', { studentId, templateKey: 'no-such' })).code).toBe('NOT_FOUND');
    expect((await fixture.call('sessions.getDraft', { noteId: draft.noteId })).revision).toBe(1);
  });

  it('needs the vault unlocked', async () => {
    const { draft } = await studentWithDraft(fixture);
    fixture.backend.vault.lock();
    const locked = await fixture.fail('sessions.saveDraft', {
      noteId: draft.noteId,
      revision: 1,
      content: completeContent(),
    });
    expect(locked.code).toBe('VAULT_LOCKED');
    expect((await fixture.fail('sessions.listDrafts', {})).code).toBe('VAULT_LOCKED');
    expect((await fixture.fail('sessions.search', { query: '焦虑' })).code).toBe('VAULT_LOCKED');
  });
});
