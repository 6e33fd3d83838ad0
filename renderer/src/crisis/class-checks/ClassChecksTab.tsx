import { DatePicker, Form, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClassCheckReport, RosterClass, WatchedStudentEntry } from '../../../../shared/schemas/class-checks';
import type { CaseSource } from '../../../../shared/schemas/crisis';
import { OpenCaseDialog } from '../cases/OpenCaseDialog';
import { isFuturePeriod, periodOf } from './class-check-month';
import { ClassReportDialog } from './ClassReportDialog';
import { ClassReportDrawer } from './ClassReportDrawer';
import { MissingClassesCard } from './MissingClassesCard';
import { ReportedClassesCard } from './ReportedClassesCard';
import { useClassCheckMonth } from './use-class-check-month';
import './class-checks.css';

/** Who is being reported, and the report it replaces when the class reports again. */
interface Reporting {
  target: RosterClass;
  previous: ClassCheckReport | null;
}

/**
 * 班级心理排查: each class teacher's monthly report as the counselor records it. The classes
 * that have not reported come first; a zero report is one click, a report a short form.
 */
export function ClassChecksTab({ onOpenCase }: { onOpenCase: (caseId: string) => void }) {
  const { t } = useTranslation();
  const [period, setPeriod] = useState(() => periodOf(new Date()));
  const { month, error, reload } = useClassCheckMonth(period);
  const [reporting, setReporting] = useState<Reporting | null>(null);
  const [viewing, setViewing] = useState<string | null>(null);
  const [opening, setOpening] = useState<{ studentId: string; source: CaseSource } | null>(null);

  const reported = () => {
    setReporting(null);
    reload();
  };
  const openCaseFor = (student: WatchedStudentEntry, report: ClassCheckReport) =>
    setOpening({ studentId: student.studentId, source: { kind: 'class-check', reportId: report.id } });

  return (
    <div className="class-checks" data-testid="class-checks">
      <Typography.Paragraph type="secondary">{t('classChecks.intro')}</Typography.Paragraph>
      <Form layout="inline" className="class-checks__month">
        <Form.Item label={t('classChecks.month')} htmlFor="class-check-month">
          <DatePicker
            id="class-check-month"
            className="class-checks__month-picker"
            picker="month"
            allowClear={false}
            value={dayjs(`${period}-01`)}
            format={t('classChecks.monthFormat')}
            disabledDate={(day) => isFuturePeriod(day.format('YYYY-MM'), new Date())}
            onChange={(day: Dayjs | null) => day && setPeriod(day.format('YYYY-MM'))}
          />
        </Form.Item>
      </Form>
      <MissingClassesCard
        month={month}
        error={error}
        onReport={(target) => setReporting({ target, previous: null })}
        onRecorded={reload}
      />
      <ReportedClassesCard
        month={month}
        onView={setViewing}
        onReportAgain={(target, previous) => setReporting({ target, previous })}
      />
      {reporting && (
        <ClassReportDialog
          target={reporting.target}
          period={period}
          previous={reporting.previous}
          onClose={() => setReporting(null)}
          onSaved={reported}
        />
      )}
      <ClassReportDrawer reportId={viewing} onClose={() => setViewing(null)} onOpenCase={openCaseFor} />
      {opening && (
        <OpenCaseDialog
          studentId={opening.studentId}
          source={opening.source}
          onClose={() => setOpening(null)}
          onOpened={onOpenCase}
        />
      )}
    </div>
  );
}
