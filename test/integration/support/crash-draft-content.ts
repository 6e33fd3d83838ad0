import type { NoteContent } from '../../../shared/schemas/sessions';

/**
 * The content the crash test's child saves as revision `revision`: different for every revision
 * and growing and shrinking, so a torn or half-applied write could not pass for a whole one.
 */
export function crashDraftContent(revision: number): NoteContent {
  return {
    template: { key: 'school-form', version: 1 },
    date: '2026-09-01',
    startTime: '10:00',
    endTime: null,
    place: '心理辅导室',
    kind: 'individual',
    mode: 'in-person',
    referralRoute: null,
    categories: ['emotions'],
    sections: {
      'presenting-problem': `第 ${revision} 版：${'学生说最近总是失眠，考试前很焦虑。'.repeat((revision % 40) + 1)}`,
    },
    risk: null,
    plan: `revision ${revision}`,
    informClassTeacher: false,
    informParents: false,
    refer: false,
    nextAppointment: null,
  };
}
