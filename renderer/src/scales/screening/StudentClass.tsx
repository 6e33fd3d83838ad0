import { useTranslation } from 'react-i18next';
import type { ScreeningStudent } from '../../../../shared/schemas/scales';
import { classNameText } from '../../students/student-labels';

/** 初二(3)班, or a dash when the file has no grade. */
export function StudentClass({ student }: { student: Pick<ScreeningStudent, 'grade' | 'classNumber'> }) {
  const { t } = useTranslation();
  return <>{student.grade ? classNameText(t, student.grade, student.classNumber) : t('screening.noClass')}</>;
}
