import { AlertOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Empty, Spin } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseSummary } from '../../../../shared/schemas/crisis-records';
import { api } from '../../api/api';
import type { ClientError } from '../../api/client-result';
import { CardTitle } from '../../app/CardTitle';
import { errorText } from '../../i18n/error-text';
import { longDate } from '../../sessions/note-time';
import { caseloadOrder } from './caseload-order';
import { requestCrisis } from './crisis-requests';
import { DueText } from './DueText';
import { LevelTag } from './LevelTag';
import { OpenCaseButton } from './OpenCaseButton';
import './crisis-cases.css';

/** The student's crisis cases in their file: the open one first; a new one only when none is open. */
export function StudentCasesCard({ studentId }: { studentId: string }) {
  const { t, i18n } = useTranslation();
  const [cases, setCases] = useState<CaseSummary[] | null>(null);
  const [error, setError] = useState<ClientError | null>(null);

  useEffect(() => {
    void api.call('crisis.list', { status: 'all', studentId }).then((result) => {
      if (result.ok) setCases([...result.value].sort(caseloadOrder));
      else setError(result.error);
    });
  }, [studentId]);

  const date = (day: string) => longDate(day, i18n.language);
  const hasOpen = cases?.some((row) => row.closedOn === null) ?? true;
  return (
    <Card
      className="settings-card"
      data-testid="student-crisis-cases"
      title={
        <CardTitle>
          <AlertOutlined aria-hidden="true" /> {t('crisis.student.title')}
        </CardTitle>
      }
      extra={!hasOpen && <OpenCaseButton studentId={studentId} source={null} label={t('crisis.student.open')} danger />}
    >
      {error ? (
        <Alert type="error" showIcon title={errorText(t, error)} />
      ) : !cases ? (
        <Spin />
      ) : cases.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('crisis.student.none')} />
      ) : (
        <ul className="student-cases">
          {cases.map((row) => (
            <li key={row.caseId} className="student-cases__case">
              <LevelTag level={row.level} />
              <span>{t(`crisis.stages.${row.stage}`)}</span>
              <span>
                {row.closedOn
                  ? t('crisis.student.period', { opened: date(row.openedOn), closed: date(row.closedOn) })
                  : t('crisis.student.since', { opened: date(row.openedOn) })}
              </span>
              {row.nextFollowUp && <DueText due={row.nextFollowUp.due} />}
              <Button onClick={() => requestCrisis({ kind: 'show', caseId: row.caseId })}>
                {t('crisis.student.show')}
              </Button>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
