import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Fixture, newFixture, setUpVault } from './support/backend-fixture';
import { newStudent } from './support/roster-files';
import { completeContent, finalizedNote } from './support/session-notes';

describe('concern categories and note templates', () => {
  let fixture: Fixture;
  let counselorId: string;
  beforeEach(async () => {
    fixture = newFixture();
    fixture.clock.time = Date.parse('2026-09-01T12:00:00Z');
    counselorId = (await setUpVault(fixture)).status.profile!.id;
  });
  afterEach(() => fixture.cleanup());

  const database = () => fixture.backend.vault.requireSession().connection;
  const auditActions = (entity: string) =>
    database().prepare('SELECT action FROM audit_events WHERE entity = ? ORDER BY rowid').pluck().all(entity);

  it("ships the domain's default categories in both languages, in order", async () => {
    const categories = await fixture.call('sessions.listCategories', {});
    expect(categories.map((category) => [category.code, category.labelZh])).toEqual([
      ['study', '学习问题'],
      ['emotions', '情绪问题'],
      ['relationships', '人际关系'],
      ['family', '亲子/家庭'],
      ['puberty', '青春期/异性交往'],
      ['internet', '网络/手机使用'],
      ['self-awareness', '自我意识'],
      ['adjustment', '适应问题'],
      ['career', '生涯规划'],
      ['behaviour', '行为问题'],
      ['self-harm', '自伤/自杀风险'],
      ['other', '其他'],
    ]);
    expect(categories[10]).toEqual({
      code: 'self-harm',
      labelZh: '自伤/自杀风险',
      labelEn: 'Self-harm or suicide risk',
      active: true,
      sortOrder: 110,
    });
  });

  it('adds, renames, reorders and retires categories; a retired one still names old notes', async () => {
    const added = await fixture.call('sessions.addCategory', { labelZh: '校园欺凌', labelEn: 'Bullying' });
    expect(added).toEqual({
      code: expect.stringMatching(/^custom-[0-9a-f]{8}$/),
      labelZh: '校园欺凌',
      labelEn: 'Bullying',
      active: true,
      sortOrder: 130,
    });
    const { id: studentId } = await fixture.call('students.create', newStudent());
    await finalizedNote(fixture, studentId, completeContent({ categories: [added.code] }));
    const renamed = await fixture.call('sessions.updateCategory', { code: added.code, labelZh: '欺凌', sortOrder: 5 });
    expect(renamed).toMatchObject({ labelZh: '欺凌', labelEn: 'Bullying', sortOrder: 5 });
    expect((await fixture.call('sessions.listCategories', {}))[0]!.code).toBe(added.code);
    await fixture.call('sessions.updateCategory', { code: added.code, active: false });
    expect((await fixture.call('sessions.listCategories', {})).map((category) => category.code)).not.toContain(
      added.code,
    );
    const all = await fixture.call('sessions.listCategories', { includeRetired: true });
    expect(all.find((category) => category.code === added.code)).toMatchObject({ active: false });
    expect((await fixture.call('sessions.timeline', { studentId })).entries[0]).toMatchObject({
      categories: [added.code],
    });
    expect(await fixture.call('sessions.updateCategory', { code: added.code, active: false })).toMatchObject({
      active: false,
    });
    expect(auditActions('concern-category')).toEqual(['categories.add', 'categories.update', 'categories.update']);
    expect(database().prepare('SELECT updated_by FROM concern_categories WHERE code = ?').pluck().get(added.code)).toBe(
      counselorId,
    );
    expect((await fixture.fail('sessions.updateCategory', { code: 'no-such', labelZh: '无' })).code).toBe('NOT_FOUND');
    expect((await fixture.fail('sessions.addCategory', { labelZh: '', labelEn: 'Empty' })).code).toBe(
      'VALIDATION_FAILED',
    );
  });

  it('ships the school form, DAP, SOAP and free templates, the school form first', async () => {
    const templates = await fixture.call('sessions.listTemplates', {});
    expect(templates.map((template) => [template.key, template.sections.map((section) => section.key)])).toEqual([
      ['school-form', ['presenting-problem', 'background', 'observation', 'process', 'assessment', 'outcome']],
      ['dap', ['data', 'assessment', 'plan']],
      ['soap', ['subjective', 'objective', 'assessment', 'plan']],
      ['free', ['text']],
    ]);
    expect(templates[0]).toMatchObject({ version: 1, active: true, createdBy: null, labelEn: 'School session record' });
  });

  it('adds templates and edits them as new versions, so a signed note keeps the labels it was written with', async () => {
    const sections = [
      { key: 'situation', labelZh: '情况', labelEn: 'Situation' },
      { key: 'actions', labelZh: '措施', labelEn: 'Actions' },
    ];
    const added = await fixture.call('sessions.addTemplate', {
      labelZh: '家长沟通记录',
      labelEn: 'Parent contact',
      sections,
    });
    expect(added).toMatchObject({
      key: expect.stringMatching(/^custom-/),
      version: 1,
      createdBy: counselorId,
      sortOrder: 50,
    });
    const { id: studentId } = await fixture.call('students.create', newStudent());
    const note = await finalizedNote(
      fixture,
      studentId,
      completeContent({ template: { key: added.key, version: 1 }, sections: { situation: '家长来电' } }),
    );
    const edited = await fixture.call('sessions.updateTemplate', {
      key: added.key,
      sections: [
        { ...sections[0]!, labelZh: '基本情况' },
        { key: 'follow-up', labelZh: '跟进', labelEn: 'Follow-up' },
      ],
    });
    expect(edited).toMatchObject({ version: 2, labelZh: '家长沟通记录', sortOrder: 50 });
    expect((await fixture.call('sessions.get', { noteId: note.noteId })).template).toEqual(added);
    const draft = await fixture.call('sessions.createDraft', { studentId, templateKey: added.key });
    expect(draft.template).toEqual(edited);
    expect(await fixture.call('sessions.updateTemplate', { key: added.key, labelEn: 'Parent contact' })).toEqual(
      edited,
    );
    await fixture.call('sessions.updateTemplate', { key: 'soap', active: false });
    expect((await fixture.call('sessions.listTemplates', {})).map((template) => template.key)).toEqual([
      'school-form',
      'dap',
      'free',
      added.key,
    ]);
    expect(await fixture.call('sessions.listTemplates', { includeRetired: true })).toHaveLength(5);
    expect(auditActions('note-template')).toEqual(['templates.add', 'templates.update', 'templates.update']);
    expect(() => database().prepare("UPDATE note_templates SET label_zh = 'x'").run()).toThrow(/append-only/);
  });

  it('refuses templates with repeated or badly formed section keys, or no sections', async () => {
    const section = { key: 'a', labelZh: '甲', labelEn: 'A' };
    for (const sections of [[], [section, section], [{ ...section, key: 'A B' }]]) {
      expect((await fixture.fail('sessions.addTemplate', { labelZh: '坏', labelEn: 'Bad', sections })).code).toBe(
        'VALIDATION_FAILED',
      );
    }
    expect((await fixture.fail('sessions.updateTemplate', { key: 'no-such', active: false })).code).toBe('NOT_FOUND');
  });
});
