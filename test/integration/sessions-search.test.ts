import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ChannelOutput } from '../../shared/contract';
import { type Fixture, newFixture, setUpVault } from './support/backend-fixture';
import { newStudent } from './support/roster-files';
import { completeContent, finalizedNote } from './support/session-notes';

type Hit = ChannelOutput<'sessions.search'>['hits'][number];

/** The highlighted parts of a hit's snippet, as the screen would mark them. */
const marked = (hit: Hit) => hit.snippet.ranges.map((range) => hit.snippet.text.slice(range.start, range.end));

describe('full-text search of session notes', () => {
  let fixture: Fixture;
  let zhang: string;
  let li: string;
  beforeEach(async () => {
    fixture = newFixture();
    fixture.clock.time = Date.parse('2026-09-01T12:00:00Z');
    await setUpVault(fixture);
    zhang = (await fixture.call('students.create', newStudent())).id;
    li = (await fixture.call('students.create', newStudent({ name: '李四', studentNumber: '2023002' }))).id;
  });
  afterEach(() => fixture.cleanup());

  const search = (query: string, limit?: number) => fixture.call('sessions.search', { query, limit });

  it('finds two-character Chinese words, with a plain-text snippet and the ranges to highlight', async () => {
    const note = await finalizedNote(
      fixture,
      zhang,
      completeContent({
        sections: {
          'presenting-problem': '学生自述最近一个月入睡困难，经常失眠到凌晨两点，考试前尤其焦虑，上课注意力不集中。',
          observation: '<b>说话</b>时眼神回避。',
        },
      }),
    );
    await finalizedNote(
      fixture,
      li,
      completeContent({ sections: { observation: '情绪平稳，无明显困扰。' }, plan: '' }),
    );

    const anxious = await search('焦虑');
    expect(anxious.total).toBe(1);
    expect(anxious.hits[0]).toEqual({
      noteId: note.noteId,
      studentId: zhang,
      studentName: '张三',
      studentStatus: 'active',
      noteStatus: 'final',
      date: '2026-09-01',
      snippet: {
        field: { kind: 'section', key: 'presenting-problem', labelZh: '主诉', labelEn: 'Presenting problem' },
        text: expect.any(String),
        ranges: [expect.objectContaining({ start: expect.any(Number) })],
        truncatedStart: true,
        truncatedEnd: false,
      },
    });
    expect(marked(anxious.hits[0]!)).toEqual(['焦虑']);
    expect(anxious.hits[0]!.snippet.text).toBe('入睡困难，经常失眠到凌晨两点，考试前尤其焦虑，上课注意力不集中。');

    const sleepless = await search('失眠');
    expect(marked(sleepless.hits[0]!)).toEqual(['失眠']);
    expect(sleepless.hits[0]!.snippet.truncatedStart).toBe(false);

    const markup = await search('说话');
    expect(markup.hits[0]!.snippet).toMatchObject({ text: '<b>说话</b>时眼神回避。', ranges: [{ start: 3, end: 5 }] });
    expect((await search('焦急')).total).toBe(0);
    expect((await search('虑失')).total).toBe(0);
  });

  it('finds English words whole and in any letter case, and full-width letters as ASCII', async () => {
    await finalizedNote(
      fixture,
      zhang,
      completeContent({ sections: { observation: 'Student reports Anxiety before exams; 使用ＣＢＴ技术。' } }),
    );
    const hit = (await search('anxiety')).hits[0]!;
    expect(marked(hit)).toEqual(['Anxiety']);
    expect(marked((await search('ANXIETY')).hits[0]!)).toEqual(['Anxiety']);
    expect(marked((await search('cbt')).hits[0]!)).toEqual(['ＣＢＴ']);
    expect((await search('anx')).total).toBe(0);
    expect(marked((await search('使用CBT技术')).hits[0]!)).toEqual(['使用ＣＢＴ技术']);
  });

  it('finds a single character anywhere, and answers a punctuation-only query with nothing', async () => {
    await finalizedNote(fixture, zhang, completeContent({ sections: { observation: '哭了。焦' }, plan: '' }));
    expect(marked((await search('焦')).hits[0]!)).toEqual(['焦']);
    expect(marked((await search('哭')).hits[0]!)).toEqual(['哭']);
    expect(marked((await search('了')).hits[0]!)).toEqual(['了']);
    for (const query of ['，。！', '...', '   ', '']) expect(await search(query)).toEqual({ total: 0, hits: [] });
  });

  it('needs every space-separated word, highlights each, and never matches across two parts of a note', async () => {
    await finalizedNote(
      fixture,
      zhang,
      completeContent({ sections: { 'presenting-problem': '考试焦虑', observation: '失眠多梦，哈哈哈' }, plan: '' }),
    );
    const both = await search('焦虑 失眠');
    expect(both.total).toBe(1);
    expect(both.hits[0]!.snippet.field).toMatchObject({ key: 'presenting-problem' });
    expect((await search('焦虑 头痛')).total).toBe(0);
    expect((await search('焦虑失眠')).total).toBe(0);
    expect(marked((await search('哈哈')).hits[0]!)).toEqual(['哈哈哈']);
  });

  it('finds drafts as typed, amended text instead of the replaced one, and archived students’ notes', async () => {
    const draft = await fixture.call('sessions.createDraft', { studentId: li });
    await fixture.call('sessions.saveDraft', {
      noteId: draft.noteId,
      revision: 1,
      content: completeContent({ sections: { observation: '自述厌学' } }),
    });
    expect((await search('厌学')).hits[0]).toMatchObject({ noteId: draft.noteId, noteStatus: 'draft' });
    await fixture.call('sessions.saveDraft', {
      noteId: draft.noteId,
      revision: 2,
      content: completeContent({ sections: { observation: '自述不想上学' } }),
    });
    expect((await search('厌学')).total).toBe(0);

    const note = await finalizedNote(fixture, zhang, completeContent({ plan: '每周面谈一次' }));
    await fixture.call('sessions.saveDraft', {
      noteId: note.noteId,
      revision: 0,
      content: completeContent({ plan: '每两周面谈一次' }),
    });
    expect((await search('两周')).total).toBe(0);
    await fixture.call('sessions.amend', { noteId: note.noteId, revision: 1, reason: '调整频率' });
    expect((await search('两周')).hits.map((hit) => hit.noteId)).toEqual([note.noteId]);
    expect((await search('每周')).total).toBe(0);

    await fixture.call('students.archive', { id: zhang });
    expect((await search('两周')).hits[0]).toMatchObject({
      studentStatus: 'archived',
      snippet: { field: { kind: 'plan' } },
    });
  });

  it('pages through hits newest session first and counts them all', async () => {
    for (const day of ['05', '01', '09', '03']) {
      await finalizedNote(fixture, zhang, completeContent({ date: `2026-10-${day}` }));
    }
    const first = await search('焦虑', 3);
    expect(first.total).toBe(4);
    expect(first.hits.map((hit) => hit.date)).toEqual(['2026-10-09', '2026-10-05', '2026-10-03']);
    const rest = await fixture.call('sessions.search', { query: '焦虑', limit: 3, offset: 3 });
    expect(rest.hits.map((hit) => hit.date)).toEqual(['2026-10-01']);
  });

  it('keeps the temporary store in memory while searching (no plaintext temp files)', async () => {
    for (let index = 0; index < 20; index += 1) await finalizedNote(fixture, zhang);
    await search('焦虑');
    await search('焦');
    expect(fixture.backend.vault.requireSession().connection.pragma('temp_store', { simple: true })).toBe(2);
  });
});
