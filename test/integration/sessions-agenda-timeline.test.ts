import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Fixture, newFixture, setUpVault } from './support/backend-fixture';
import { appointment, completeContent, createStudent, finalizedNote } from './support/session-notes';

describe('agenda and timeline', () => {
  let fixture: Fixture;
  beforeEach(async () => {
    fixture = newFixture();
    // Tuesday 1 September 2026, midday: the same calendar day in any time zone from UTC-11 to UTC+11.
    fixture.clock.time = Date.parse('2026-09-01T12:00:00Z');
    await setUpVault(fixture);
  });
  afterEach(() => fixture.cleanup());

  const student = (name: string, studentNumber: string) => createStudent(fixture, name, studentNumber);

  it("groups each active student's next appointment into overdue, today and the rest of this week", async () => {
    const [wang, zhao, qian, sun, zhou, wu, zheng] = await Promise.all(
      ['王一', '赵二', '钱三', '孙四', '周五', '吴六', '郑七'].map((name, index) => student(name, `S${index}`)),
    );
    // Overdue: planned for last Friday, no note since.
    await finalizedNote(
      fixture,
      wang!,
      completeContent({ date: '2026-08-21', nextAppointment: appointment('2026-08-28') }),
    );
    // Kept: a later note exists, so the old appointment is not overdue; the later one planned nothing.
    await finalizedNote(
      fixture,
      zhao!,
      completeContent({ date: '2026-08-21', nextAppointment: appointment('2026-08-28') }),
    );
    await finalizedNote(fixture, zhao!, completeContent({ date: '2026-08-28' }));
    // Today, two of them, untimed last.
    await finalizedNote(
      fixture,
      qian!,
      completeContent({ date: '2026-08-25', nextAppointment: appointment('2026-09-01', null, '午休时间') }),
    );
    await finalizedNote(
      fixture,
      sun!,
      completeContent({ date: '2026-08-25', nextAppointment: appointment('2026-09-01', '09:30') }),
    );
    // This week: Sunday still counts; next Monday does not.
    await finalizedNote(
      fixture,
      zhou!,
      completeContent({ date: '2026-08-30', nextAppointment: appointment('2026-09-06') }),
    );
    await finalizedNote(
      fixture,
      wu!,
      completeContent({ date: '2026-08-30', nextAppointment: appointment('2026-09-07') }),
    );
    // A draft plans too: what was typed counts before it is finalised.
    const draft = await fixture.call('sessions.createDraft', { studentId: zheng! });
    await fixture.call('sessions.saveDraft', {
      noteId: draft.noteId,
      revision: 1,
      content: completeContent({ nextAppointment: appointment('2026-09-03', '10:00') }),
    });

    const agenda = await fixture.call('sessions.agenda', {});
    const names = (items: typeof agenda.today) => items.map((item) => item.studentName);
    expect(agenda.date).toBe('2026-09-01');
    expect(names(agenda.overdue)).toEqual(['王一']);
    expect(names(agenda.today)).toEqual(['孙四', '钱三']);
    expect(names(agenda.thisWeek)).toEqual(['郑七', '周五']);
    expect(agenda.today[1]).toEqual({
      studentId: qian,
      studentName: '钱三',
      date: '2026-09-01',
      time: null,
      note: '午休时间',
      noteId: expect.any(String),
      noteStatus: 'final',
    });
    expect(agenda.thisWeek[0]).toMatchObject({ noteId: draft.noteId, noteStatus: 'draft' });

    await fixture.call('students.archive', { id: wang! });
    expect((await fixture.call('sessions.agenda', {})).overdue).toEqual([]);
    fixture.clock.advance(7 * 24 * 3_600_000);
    const nextWeek = await fixture.call('sessions.agenda', {});
    expect(nextWeek.date).toBe('2026-09-08');
    expect(names(nextWeek.overdue)).toEqual(['孙四', '钱三', '郑七', '周五', '吴六']);
  });

  it("lists one student's notes oldest first as typed entries, drafts and amendments included", async () => {
    const id = await student('张三', '2023001');
    const other = await student('李四', '2023002');
    const later = await finalizedNote(
      fixture,
      id,
      completeContent({ date: '2026-09-01', startTime: '14:00', endTime: '14:40' }),
    );
    const earlier = await finalizedNote(
      fixture,
      id,
      completeContent({ date: '2026-09-01', startTime: '08:00', endTime: '08:40', risk: 'some-concern' }),
    );
    await finalizedNote(fixture, other);
    const draft = await fixture.call('sessions.createDraft', { studentId: id, templateKey: 'free' });
    await fixture.call('sessions.saveDraft', {
      noteId: draft.noteId,
      revision: 1,
      content: { ...draft.content, date: null, sections: { text: '还没写完' } },
    });
    await fixture.call('sessions.saveDraft', {
      noteId: earlier.noteId,
      revision: 0,
      content: { ...earlier.content, plan: '改' },
    });
    await fixture.call('sessions.amend', { noteId: earlier.noteId, revision: 1, reason: '补充' });

    const timeline = await fixture.call('sessions.timeline', { studentId: id });
    expect(
      timeline.entries.map((entry) => (entry.kind === 'note' ? [entry.noteId, entry.date, entry.time] : entry)),
    ).toEqual([
      [earlier.noteId, '2026-09-01', '08:00'],
      [later.noteId, '2026-09-01', '14:00'],
      [draft.noteId, '2026-09-01', null],
    ]);
    expect(timeline.entries[0]).toEqual({
      kind: 'note',
      date: '2026-09-01',
      time: '08:00',
      noteId: earlier.noteId,
      noteStatus: 'final',
      caseNumber: '2026-001',
      sessionNumber: 2,
      sessionKind: 'individual',
      mode: 'in-person',
      risk: 'some-concern',
      categories: ['study', 'emotions'],
      amended: true,
    });
    expect(timeline.entries[2]).toMatchObject({
      noteStatus: 'draft',
      sessionNumber: null,
      caseNumber: null,
      amended: false,
    });
    expect(await fixture.call('sessions.timeline', { studentId: id, kinds: ['note'] })).toEqual(timeline);
    expect((await fixture.fail('sessions.timeline', { studentId: id, kinds: ['scale' as never] })).code).toBe(
      'VALIDATION_FAILED',
    );
    expect((await fixture.fail('sessions.timeline', { studentId: '01890000-0000-7000-8000-000000000000' })).code).toBe(
      'NOT_FOUND',
    );
  });
});
