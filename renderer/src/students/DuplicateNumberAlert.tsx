import { Alert, Button } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { maxRosterPage, type StudentSummary } from '../../../shared/schemas/students';
import { api } from '../api/api';
import { classNameText } from './student-labels';

/**
 * A refused student number, naming the file that has it and offering to open it. The name
 * comes from the roster search, not from opening that file, so nothing is read that the
 * counselor did not ask to see.
 */
export function DuplicateNumberAlert({
  studentNumber,
  conflictId,
  onOpen,
}: {
  studentNumber: string;
  conflictId: string;
  onOpen: (id: string) => void;
}) {
  const { t } = useTranslation();
  const [holder, setHolder] = useState<StudentSummary | null>(null);

  useEffect(() => {
    void api.call('students.list', { query: studentNumber, limit: maxRosterPage }).then((result) => {
      if (result.ok) setHolder(result.value.items.find((item) => item.id === conflictId) ?? null);
    });
  }, [studentNumber, conflictId]);

  return (
    <Alert
      className="form-alert"
      type="error"
      showIcon
      data-testid="duplicate-number"
      title={
        holder
          ? t('students.file.duplicateNamed', {
              number: studentNumber,
              name: holder.name,
              className: classNameText(t, holder.grade, holder.classNumber),
            })
          : t('errors.DUPLICATE_STUDENT_NUMBER')
      }
      action={<Button onClick={() => onOpen(conflictId)}>{t('students.file.openExisting')}</Button>}
    />
  );
}
