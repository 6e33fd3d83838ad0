import type { ChannelOutput } from '../../../shared/contract';
import type { NoteContent } from '../../../shared/schemas/sessions';
import type { Fixture } from './backend-fixture';
import { newStudent } from './roster-files';

/** A note's content with everything finalising needs, on the school form, and anything the test sets. */
export function completeContent(overrides: Partial<NoteContent> = {}): NoteContent {
  return {
    template: { key: 'school-form', version: 1 },
    date: '2026-09-01',
    startTime: '10:00',
    endTime: '10:45',
    place: '心理辅导室',
    kind: 'individual',
    mode: 'in-person',
    referralRoute: 'self',
    categories: ['study', 'emotions'],
    sections: {
      'presenting-problem': '最近考试前总是很焦虑，晚上失眠。',
      observation: '情绪低落，说话声音小。',
    },
    risk: 'none',
    plan: '下周继续面谈，练习放松训练。',
    informClassTeacher: false,
    informParents: false,
    refer: false,
    nextAppointment: null,
    ...overrides,
  };
}

/** A student and a new draft for them. */
export async function studentWithDraft(
  fixture: Fixture,
  student: Parameters<typeof newStudent>[0] = {},
): Promise<{ studentId: string; draft: ChannelOutput<'sessions.createDraft'> }> {
  const { id: studentId } = await fixture.call('students.create', newStudent(student));
  const draft = await fixture.call('sessions.createDraft', { studentId });
  return { studentId, draft };
}

/** Writes the content into a new draft of the student and finalises it. */
export async function finalizedNote(fixture: Fixture, studentId: string, content: NoteContent = completeContent()) {
  const draft = await fixture.call('sessions.createDraft', { studentId });
  const saved = await fixture.call('sessions.saveDraft', { noteId: draft.noteId, revision: draft.revision, content });
  return fixture.call('sessions.finalize', { noteId: draft.noteId, revision: saved.revision });
}

/** A new student with just a name and a number; resolves to its id. */
export async function createStudent(fixture: Fixture, name: string, studentNumber: string): Promise<string> {
  return (await fixture.call('students.create', newStudent({ name, studentNumber }))).id;
}

/** A planned next appointment, at 15:00 unless said otherwise. */
export function appointment(date: string, time: string | null = '15:00', note = '') {
  return { date, time, note };
}
