import { CheckCircleOutlined, ExclamationCircleOutlined, FormOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Space, Spin, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ClassCheckMonth, RosterClass } from '../../../../shared/schemas/class-checks';
import type { ClientError } from '../../api/client-result';
import { CardTitle } from '../../app/CardTitle';
import { errorText } from '../../i18n/error-text';
import { classNameText } from '../../students/student-labels';
import { classKey } from './class-check-month';
import { ZeroReportButton } from './ZeroReportButton';

/** 未上报: the roster's classes with no report this month, each a click from its zero report. */
export function MissingClassesCard({
  month,
  error,
  onReport,
  onRecorded,
}: {
  month: ClassCheckMonth | null;
  error: ClientError | null;
  onReport: (target: RosterClass) => void;
  onRecorded: () => void;
}) {
  const { t } = useTranslation();
  const missing = month?.missing ?? [];
  const title = (
    <CardTitle>
      <ExclamationCircleOutlined aria-hidden="true" />{' '}
      {month ? t('classChecks.missing.titleCount', { count: missing.length }) : t('classChecks.missing.title')}
    </CardTitle>
  );
  return (
    <Card
      title={title}
      className={missing.length > 0 ? 'class-checks__missing class-checks__missing--open' : 'class-checks__missing'}
      data-testid="missing-classes"
    >
      {error && <Alert type="error" showIcon title={errorText(t, error)} />}
      {!month ? (
        !error && <Spin />
      ) : missing.length === 0 ? (
        <p className="class-checks__all-done">
          <CheckCircleOutlined aria-hidden="true" />{' '}
          {month.reported.length > 0 ? t('classChecks.missing.none') : t('classChecks.missing.noClasses')}
        </p>
      ) : (
        <Table<RosterClass>
          size="small"
          rowKey={classKey}
          pagination={false}
          dataSource={missing}
          columns={[
            {
              key: 'class',
              title: t('classChecks.fields.class'),
              render: (_value, entry) => <strong>{classNameText(t, entry.grade, entry.classNumber)}</strong>,
            },
            {
              key: 'teacher',
              title: t('classChecks.fields.classTeacher'),
              render: (_value, entry) => entry.classTeacher || t('classChecks.noTeacher'),
            },
            {
              key: 'actions',
              title: t('classChecks.actions'),
              align: 'end',
              render: (_value, entry) => (
                <Space wrap>
                  {month && <ZeroReportButton target={entry} period={month.period} onRecorded={onRecorded} />}
                  <Button
                    icon={<FormOutlined aria-hidden="true" />}
                    onClick={() => onReport(entry)}
                    aria-label={t('classChecks.reportFor', {
                      className: classNameText(t, entry.grade, entry.classNumber),
                    })}
                  >
                    {t('classChecks.report')}
                  </Button>
                </Space>
              ),
            },
          ]}
        />
      )}
    </Card>
  );
}
