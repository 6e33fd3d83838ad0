import { FormOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Empty, Space, Spin } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ScaleResult } from '../../../shared/schemas/scales';
import type { Student } from '../../../shared/schemas/students';
import { CardTitle } from '../app/CardTitle';
import { errorText } from '../i18n/error-text';
import { AdministerDrawer } from './AdministerDrawer';
import { CriticalAlertDialog } from './CriticalAlertDialog';
import { ResultDrawer } from './ResultDrawer';
import { resultsByScale } from './results-by-scale';
import { ScaleResultsGroup } from './ScaleResultsGroup';
import { StartSelfReportButton } from './self-report/StartSelfReportButton';
import { UnfinishedSelfReports } from './self-report/UnfinishedSelfReports';
import { useStudentResults } from './use-student-results';
import './scales.css';

/**
 * The scales part of a student's file: administer one, and each scale's results with their
 * trend. A saved result opens at once, under the critical alert when it raised one.
 */
export function StudentScalesCard({
  student,
  shownResultId,
  onShowResult,
  onSaved,
}: {
  student: Student;
  shownResultId: string | null;
  onShowResult: (resultId: string | null) => void;
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const { results, error, reload } = useStudentResults(student.id);
  const [administering, setAdministering] = useState(false);
  const [alerting, setAlerting] = useState<ScaleResult[]>([]);

  const saved = (result: ScaleResult) => {
    setAdministering(false);
    reload();
    onSaved();
    onShowResult(result.id);
    if (result.scoring.critical.length > 0) setAlerting([result]);
  };

  return (
    <Card
      className="settings-card"
      data-testid="student-scales"
      title={<CardTitle>{t('scales.results.title')}</CardTitle>}
      extra={
        <Space wrap>
          <StartSelfReportButton studentId={student.id} />
          <Button icon={<FormOutlined aria-hidden="true" />} onClick={() => setAdministering(true)}>
            {t('scales.administer.open')}
          </Button>
        </Space>
      }
    >
      <UnfinishedSelfReports studentId={student.id} />
      {error ? (
        <Alert type="error" showIcon title={errorText(t, error)} />
      ) : !results ? (
        <Spin />
      ) : results.length === 0 ? (
        <Empty description={t('scales.results.empty')} />
      ) : (
        resultsByScale(results).map((group) => (
          <ScaleResultsGroup key={group.scaleId} results={group.results} onOpen={onShowResult} />
        ))
      )}
      <AdministerDrawer
        student={student}
        open={administering}
        onClose={() => setAdministering(false)}
        onSaved={saved}
      />
      <ResultDrawer resultId={shownResultId} onClose={() => onShowResult(null)} />
      {alerting.length > 0 && <CriticalAlertDialog results={alerting} onClose={() => setAlerting([])} />}
    </Card>
  );
}
