import { CheckCircleOutlined, EyeOutlined } from '@ant-design/icons';
import { App, Button, Card, Space, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type {
  ClassCheckMonth,
  ClassCheckReport,
  ClassCheckSummary,
  RosterClass,
} from '../../../../shared/schemas/class-checks';
import { api } from '../../api/api';
import { CardTitle } from '../../app/CardTitle';
import { errorText } from '../../i18n/error-text';
import { longDate } from '../../sessions/note-time';
import { classNameText } from '../../students/student-labels';
import { inSchoolOrder, watchedCount } from './class-check-month';

/** 已上报: each class's report that counts this month, a zero report or the students on watch. */
export function ReportedClassesCard({
  month,
  onView,
  onReportAgain,
}: {
  month: ClassCheckMonth | null;
  onView: (reportId: string) => void;
  onReportAgain: (target: RosterClass, previous: ClassCheckReport) => void;
}) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const reported = inSchoolOrder(month?.reported ?? []);

  // Reporting again starts from the report it replaces, students and all.
  const reportAgain = async (summary: ClassCheckSummary) => {
    const result = await api.call('classChecks.get', { reportId: summary.id });
    if (!result.ok) return void message.error(errorText(t, result.error));
    const { grade, classNumber, classTeacher } = summary;
    onReportAgain({ grade, classNumber, classTeacher }, result.value);
  };

  return (
    <Card
      title={<CardTitle>{t('classChecks.reported.titleCount', { count: reported.length })}</CardTitle>}
      className="class-checks__reported"
      data-testid="reported-classes"
    >
      <Table<ClassCheckSummary>
        size="small"
        rowKey="id"
        pagination={false}
        loading={month === null}
        dataSource={reported}
        // While loading, no "none reported" sentence: it would be read before the month arrives.
        locale={{ emptyText: month === null ? ' ' : t('classChecks.reported.none') }}
        columns={[
          {
            key: 'class',
            title: t('classChecks.fields.class'),
            render: (_value, summary) => <strong>{classNameText(t, summary.grade, summary.classNumber)}</strong>,
          },
          {
            key: 'what',
            title: t('classChecks.reported.what'),
            render: (_value, summary) =>
              summary.kind === 'zero-report' ? (
                <Tag icon={<CheckCircleOutlined aria-hidden="true" />} color="green" className="status-tag">
                  {t('classChecks.zero')}
                </Tag>
              ) : (
                <Space orientation="vertical" size={0}>
                  <Tag color="orange" className="status-tag">
                    {t('classChecks.reported.onWatch', { count: watchedCount(summary) })}
                  </Tag>
                  <span className="class-checks__counts">{t('classChecks.reported.counts', summary.watch)}</span>
                </Space>
              ),
          },
          {
            key: 'teacher',
            title: t('classChecks.fields.classTeacher'),
            render: (_value, summary) => summary.classTeacher || t('classChecks.noTeacher'),
          },
          {
            key: 'reportedOn',
            title: t('classChecks.fields.reportedOn'),
            className: 'catalog-nowrap',
            render: (_value, summary) => longDate(summary.reportedOn, i18n.language),
          },
          {
            key: 'version',
            title: t('classChecks.view.version'),
            className: 'catalog-nowrap',
            render: (_value, summary) => t('classChecks.reported.version', { version: summary.version }),
          },
          {
            key: 'actions',
            title: t('classChecks.actions'),
            align: 'end',
            render: (_value, summary) => {
              const className = classNameText(t, summary.grade, summary.classNumber);
              return (
                <Space size={0} wrap>
                  <Button
                    type="link"
                    icon={<EyeOutlined aria-hidden="true" />}
                    onClick={() => onView(summary.id)}
                    aria-label={t('classChecks.viewFor', { className })}
                  >
                    {t('classChecks.view.open')}
                  </Button>
                  <Button
                    type="link"
                    onClick={() => void reportAgain(summary)}
                    aria-label={t('classChecks.againFor', { className })}
                  >
                    {t('classChecks.again')}
                  </Button>
                </Space>
              );
            },
          },
        ]}
      />
    </Card>
  );
}
