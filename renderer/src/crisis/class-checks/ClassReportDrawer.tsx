import { AlertOutlined, CheckCircleOutlined } from '@ant-design/icons';
import { Alert, Button, Drawer, Spin, Tag } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClassCheckReport, WatchedStudentEntry } from '../../../../shared/schemas/class-checks';
import { api } from '../../api/api';
import type { ClientError } from '../../api/client-result';
import { errorText } from '../../i18n/error-text';
import { dateTime, longDate } from '../../sessions/note-time';
import { classNameText } from '../../students/student-labels';
import { monthText } from './class-check-month';

/** A class's report as recorded, with a way from each student on it to a crisis case. */
export function ClassReportDrawer({
  reportId,
  onClose,
  onOpenCase,
}: {
  reportId: string | null;
  onClose: () => void;
  onOpenCase: (student: WatchedStudentEntry, report: ClassCheckReport) => void;
}) {
  const { t, i18n } = useTranslation();
  const [report, setReport] = useState<ClassCheckReport | null>(null);
  const [error, setError] = useState<ClientError | null>(null);

  useEffect(() => {
    if (!reportId) return;
    let current = true;
    void api.call('classChecks.get', { reportId }).then((result) => {
      if (!current) return;
      if (result.ok) {
        setReport(result.value);
        setError(null);
      } else setError(result.error);
    });
    return () => {
      current = false;
    };
  }, [reportId]);

  const shown = report?.id === reportId ? report : null;
  const yesNo = (value: boolean) => t(value ? 'classChecks.yes' : 'classChecks.no');
  return (
    <Drawer
      open={reportId !== null}
      onClose={onClose}
      size="min(720px, 92vw)"
      closable={{ 'aria-label': t('classChecks.view.close') }}
      destroyOnHidden
      title={
        shown &&
        t('classChecks.view.title', {
          className: classNameText(t, shown.grade, shown.classNumber),
          month: monthText(shown.period, i18n.language),
        })
      }
      data-testid="class-report"
    >
      {error && <Alert type="error" showIcon title={errorText(t, error)} />}
      {!shown ? (
        !error && <Spin />
      ) : (
        <>
          <dl className="class-report__facts">
            <dt>{t('classChecks.fields.classTeacher')}</dt>
            <dd>{shown.classTeacher || t('classChecks.noTeacher')}</dd>
            <dt>{t('classChecks.fields.classSize')}</dt>
            <dd>{shown.classSize}</dd>
            <dt>{t('classChecks.fields.reportedOn')}</dt>
            <dd>{longDate(shown.reportedOn, i18n.language)}</dd>
            <dt>{t('classChecks.view.version')}</dt>
            <dd>
              {t(shown.current ? 'classChecks.view.versionCurrent' : 'classChecks.view.versionReplaced', {
                version: shown.version,
              })}
            </dd>
            <dt>{t('classChecks.view.recorded')}</dt>
            <dd>
              {t('classChecks.view.recordedBy', {
                name: shown.recordedBy.displayName,
                time: dateTime(shown.recordedAt, i18n.language),
              })}
            </dd>
          </dl>
          {shown.kind === 'zero-report' ? (
            <p className="class-report__zero">
              <CheckCircleOutlined aria-hidden="true" /> {t('classChecks.view.zero')}
            </p>
          ) : (
            <ul className="class-report__students">
              {shown.students.map((student) => (
                <li key={student.studentId} className="class-report__student" aria-label={student.studentName}>
                  <div className="class-report__student-head">
                    <strong>{student.studentName}</strong>
                    <Tag className="status-tag">{t(`classChecks.watch.${student.watch}`)}</Tag>
                    <Button
                      icon={<AlertOutlined aria-hidden="true" />}
                      onClick={() => onOpenCase(student, shown)}
                      className="class-report__open-case"
                    >
                      {t('classChecks.view.openCase')}
                    </Button>
                  </div>
                  <dl className="class-report__facts">
                    <dt>{t('classChecks.fields.reason')}</dt>
                    <dd>{student.reason}</dd>
                    {student.description && (
                      <>
                        <dt>{t('classChecks.fields.description')}</dt>
                        <dd className="class-report__text">{student.description}</dd>
                      </>
                    )}
                    {student.action && (
                      <>
                        <dt>{t('classChecks.fields.action')}</dt>
                        <dd className="class-report__text">{student.action}</dd>
                      </>
                    )}
                    <dt>{t('classChecks.fields.reportedToCounselor')}</dt>
                    <dd>{yesNo(student.reportedToCounselor)}</dd>
                    <dt>{t('classChecks.fields.parentsInformed')}</dt>
                    <dd>{yesNo(student.parentsInformed)}</dd>
                  </dl>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </Drawer>
  );
}
