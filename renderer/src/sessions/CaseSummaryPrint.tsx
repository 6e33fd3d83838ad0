import { useTranslation } from 'react-i18next';
import type { NoteTimelineEntry } from '../../../shared/schemas/session-lookups';
import type { Student } from '../../../shared/schemas/students';
import { PrintSheet } from '../print/PrintSheet';
import { classNameText } from '../students/student-labels';
import { flagLabel, useStudentFlags } from '../students/use-student-flags';
import { NoteEntryLine } from './NoteEntryLine';
import { longDate } from './note-time';
import type { NoteCatalog } from './use-note-catalog';

/** 个案摘要: the student's basic information and the list of their notes, for the printer only. */
export function CaseSummaryPrint({
  student,
  entries,
  catalog,
  schoolName,
}: {
  student: Student;
  entries: NoteTimelineEntry[];
  catalog: NoteCatalog;
  schoolName: string;
}) {
  const { t, i18n } = useTranslation();
  const notGiven = t('students.notGiven');
  const flags = useStudentFlags();
  return (
    <PrintSheet schoolName={schoolName} title={t('print.caseSummaryTitle', { name: student.name })}>
      <dl className="note-facts">
        <dt>{t('students.fields.studentNumber')}</dt>
        <dd>{student.studentNumber}</dd>
        <dt>{t('students.fields.gender')}</dt>
        <dd>{student.gender ? t(`students.genders.${student.gender}`) : notGiven}</dd>
        <dt>{t('students.fields.dateOfBirth')}</dt>
        <dd>{student.dateOfBirth ? longDate(student.dateOfBirth, i18n.language) : notGiven}</dd>
        <dt>{t('students.fields.grade')}</dt>
        <dd>{classNameText(t, student.grade, student.classNumber)}</dd>
        <dt>{t('students.fields.classTeacher')}</dt>
        <dd>{student.classTeacher || notGiven}</dd>
        <dt>{t('students.fields.familyStructure')}</dt>
        <dd>{student.familyStructure ? t(`students.familyStructures.${student.familyStructure}`) : notGiven}</dd>
        <dt>{t('students.fields.flags')}</dt>
        <dd>
          {student.flags.length > 0
            ? student.flags.map((flag) => flagLabel(flags, flag, i18n.language)).join(t('students.listSeparator'))
            : notGiven}
        </dd>
      </dl>
      <h2 className="print-sheet__subheading">{t('print.notesList')}</h2>
      {entries.length === 0 ? (
        <p>{t('timeline.empty')}</p>
      ) : (
        <ol className="timeline">
          {entries.map((entry) => (
            <li key={entry.noteId} className="timeline__entry">
              <span className="timeline__when">{longDate(entry.date, i18n.language)}</span>
              <NoteEntryLine entry={entry} categories={catalog.categories} />
            </li>
          ))}
        </ol>
      )}
    </PrintSheet>
  );
}
