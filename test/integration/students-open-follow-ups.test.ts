import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Fixture, newFixture, setUpVault } from './support/backend-fixture';
import { appointment, completeContent, createStudent, finalizedNote } from './support/session-notes';

describe('the roster filter "open follow-ups"', () => {
  let fixture: Fixture;
  beforeEach(async () => {
    fixture = newFixture();
    fixture.clock.time = Date.parse('2026-09-01T12:00:00Z');
    await setUpVault(fixture);
  });
  afterEach(() => fixture.cleanup());

  const student = (name: string, studentNumber: string) => createStudent(fixture, name, studentNumber);
  const withOpenFollowUps = async (status?: 'active') => {
    const page = await fixture.call('students.list', { openFollowUps: true, ...(status ? { status } : {}) });
    return { total: page.total, names: page.items.map((item) => item.name) };
  };

  it('keeps the students whose latest note planned an appointment, as the agenda does', async () => {
    // 周五 has no note at all.
    const [overdue, upcoming, closed, planless] = await Promise.all(
      ['王一', '赵二', '钱三', '孙四', '周五'].map((name, index) => student(name, `S${index}`)),
    );
    await finalizedNote(
      fixture,
      overdue!,
      completeContent({ date: '2026-08-21', nextAppointment: appointment('2026-08-28') }),
    );
    await finalizedNote(
      fixture,
      upcoming!,
      completeContent({ date: '2026-08-28', nextAppointment: appointment('2026-09-30') }),
    );
    // A later note closes the appointment the earlier one planned.
    await finalizedNote(
      fixture,
      closed!,
      completeContent({ date: '2026-08-21', nextAppointment: appointment('2026-08-28') }),
    );
    await finalizedNote(fixture, closed!, completeContent({ date: '2026-08-28' }));
    await finalizedNote(fixture, planless!, completeContent({ date: '2026-08-28' }));

    expect(await withOpenFollowUps()).toEqual({ total: 2, names: ['王一', '赵二'] });
    expect((await fixture.call('students.list', { openFollowUps: false })).total).toBe(5);
    const agenda = await fixture.call('sessions.agenda', {});
    expect(agenda.overdue.map((item) => item.studentId)).toEqual([overdue]);

    // A note written late for an earlier day does not close the appointment planned after it.
    await finalizedNote(fixture, upcoming!, completeContent({ date: '2026-08-20' }));
    expect((await withOpenFollowUps()).names).toEqual(['王一', '赵二']);

    // As on the agenda, a draft's planned appointment counts before the draft is finalised.
    const draft = await fixture.call('sessions.createDraft', { studentId: planless! });
    await fixture.call('sessions.saveDraft', {
      noteId: draft.noteId,
      revision: draft.revision,
      content: completeContent({ nextAppointment: appointment('2026-09-03') }),
    });
    expect((await withOpenFollowUps()).names).toEqual(['王一', '赵二', '孙四']);
    await fixture.call('sessions.discardDraft', { noteId: draft.noteId, revision: draft.revision + 1 });

    // The filter narrows the other filters; an archived student still has the follow-up on file.
    await fixture.call('students.archive', { id: overdue! });
    expect(await withOpenFollowUps('active')).toEqual({ total: 1, names: ['赵二'] });
    expect((await withOpenFollowUps()).names).toEqual(['王一', '赵二']);
  });
});
