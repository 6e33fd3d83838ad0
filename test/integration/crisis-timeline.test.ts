import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Fixture, newFixture, setUpVault } from './support/backend-fixture';
import { correction, facts, lastEventId, openCase, record, recordAll } from './support/crisis-cases';
import { newStudent } from './support/roster-files';
import { completeContent, finalizedNote } from './support/session-notes';

describe("crisis events on the student's timeline", () => {
  let fixture: Fixture;
  let studentId: string;
  beforeEach(async () => {
    fixture = newFixture();
    fixture.clock.time = Date.parse('2026-09-10T12:00:00');
    await setUpVault(fixture);
    studentId = (await fixture.call('students.create', newStudent())).id;
  });
  afterEach(() => fixture.cleanup());

  it('shows the opening and each event on its day, with the level and stage after it and corrections marked', async () => {
    const note = await finalizedNote(fixture, studentId, completeContent({ date: '2026-09-02', startTime: '10:00' }));
    let view = await openCase(fixture, studentId, { occurredOn: '2026-09-01', occurredTime: '09:10' });
    view = await recordAll(fixture, view, [
      facts.stageChange('early-warning', '2026-09-02'),
      facts.levelChange('high', null, '2026-09-03'),
    ]);
    const raise = lastEventId(view);
    view = await record(fixture, view, correction(raise, null, '2026-09-04'));
    const fix = lastEventId(view);
    const other = (await fixture.call('students.create', newStudent({ name: '李四', studentNumber: '2023002' }))).id;
    await openCase(fixture, other);

    const timeline = await fixture.call('sessions.timeline', { studentId });
    const level = (id: string) => expect.objectContaining({ id });
    expect(timeline.entries).toEqual([
      {
        kind: 'crisis-event',
        date: '2026-09-01',
        time: '09:10',
        caseId: view.caseId,
        eventId: null,
        eventType: 'opening',
        level: level('moderate'),
        stage: 'assessment',
        corrected: false,
      },
      expect.objectContaining({ kind: 'note', noteId: note.noteId }),
      expect.objectContaining({ eventType: 'stage-change', stage: 'early-warning', level: level('moderate') }),
      expect.objectContaining({ eventId: raise, eventType: 'level-change', level: level('high'), corrected: true }),
      expect.objectContaining({ eventId: fix, eventType: 'correction', level: level('moderate'), corrected: false }),
    ]);
    const crisisOnly = await fixture.call('sessions.timeline', { studentId, kinds: ['crisis-event'] });
    expect(crisisOnly.entries.map((entry) => entry.kind)).toEqual(Array(4).fill('crisis-event'));
    const notesOnly = await fixture.call('sessions.timeline', { studentId, kinds: ['note'] });
    expect(notesOnly.entries.map((entry) => entry.kind)).toEqual(['note']);
  });
});
