import { ArrowLeftOutlined } from '@ant-design/icons';
import { Alert, Button, Spin, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Student } from '../../../shared/schemas/students';
import { api } from '../api/api';
import type { ClientError } from '../api/client-result';
import { errorText } from '../i18n/error-text';
import { StudentForm } from './StudentForm';
import { classNameText } from './student-labels';
import { StudentStatusActions } from './StudentStatusActions';
import { StudentStatusTag } from './StudentStatusTag';

/**
 * One student's case file: opened with `students.get` (which the audit trail records), or a
 * new, empty one when `studentId` is null.
 */
export function StudentFilePage({
  studentId,
  onBack,
  onOpenStudent,
}: {
  studentId: string | null;
  onBack: () => void;
  onOpenStudent: (id: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const [student, setStudent] = useState<Student | null>(null);
  const [loadError, setLoadError] = useState<ClientError | null>(null);

  useEffect(() => {
    if (!studentId) return;
    void api.call('students.get', { id: studentId }).then((result) => {
      if (result.ok) setStudent(result.value);
      else setLoadError(result.error);
    });
  }, [studentId]);

  const back = (
    <Button type="link" className="back-link" icon={<ArrowLeftOutlined aria-hidden="true" />} onClick={onBack}>
      {t('students.file.back')}
    </Button>
  );

  if (loadError) {
    return (
      <div className="page">
        {back}
        <Alert type="error" showIcon title={errorText(t, loadError)} />
      </div>
    );
  }
  if (studentId && !student) {
    return (
      <div className="page">
        {back}
        <div className="loading-screen">
          <Spin />
          <span>{t('students.file.loading')}</span>
        </div>
      </div>
    );
  }

  const when = (iso: string) => new Intl.DateTimeFormat(i18n.language, { dateStyle: 'long' }).format(new Date(iso));

  return (
    <div className="page">
      {back}
      <div className="page-heading">
        <div>
          <Typography.Title
            level={1}
            className={student ? 'page-title page-title--with-subtitle' : 'page-title'}
            data-testid="student-title"
          >
            {student ? student.name : t('students.file.newTitle')}
          </Typography.Title>
          {student && (
            <Typography.Paragraph className="page-subtitle" data-testid="student-summary">
              {classNameText(t, student.grade, student.classNumber)}
              <span className="separator" aria-hidden="true">
                ·
              </span>
              {t('students.file.number', { number: student.studentNumber })}
              <span className="separator" aria-hidden="true">
                ·
              </span>
              <StudentStatusTag status={student.status} />
              <br />
              <Typography.Text type="secondary" className="student-timestamps">
                {t('students.file.timestamps', { created: when(student.createdAt), updated: when(student.updatedAt) })}
              </Typography.Text>
            </Typography.Paragraph>
          )}
        </div>
        {student && (
          <div className="page-heading__actions">
            <StudentStatusActions student={student} onChanged={setStudent} />
          </div>
        )}
      </div>
      {student && student.status !== 'active' && (
        <Alert
          className="form-alert"
          type="info"
          showIcon
          data-testid="status-notice"
          title={t(`students.file.statusNotice.${student.status}`)}
        />
      )}
      <StudentForm student={student} onSaved={setStudent} onOpenStudent={onOpenStudent} />
    </div>
  );
}
