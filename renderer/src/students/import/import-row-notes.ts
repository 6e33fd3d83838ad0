import type { TFunction } from 'i18next';
import type { ImportRowReport } from '../../../../shared/schemas/student-import';
import { fieldListText } from '../student-labels';

/** What the counselor needs to know about one row, in words: its problems, or how it compares. */
export function importRowNotes(t: TFunction, row: ImportRowReport): string {
  switch (row.outcome) {
    case 'invalid':
      return row.problems
        .map((problem) =>
          t(`students.import.problems.${problem.code}`, {
            field: t(`students.fields.${problem.field}`),
            row: problem.otherRow ?? '',
          }),
        )
        .join(t('students.import.problemSeparator'));
    case 'conflict':
      return t('students.import.differs', { fields: fieldListText(t, row.differingFields ?? []) });
    case 'unchanged':
      return t('students.import.sameAsExisting');
    case 'new':
      return '';
  }
}
