import { Alert, Button, Empty, Segmented, Spin, Table, type TableColumnsType, Tag } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { caseStages } from '../../../../shared/schemas/crisis';
import type { CaseSummary } from '../../../../shared/schemas/crisis-records';
import { api } from '../../api/api';
import type { ClientError } from '../../api/client-result';
import { errorText } from '../../i18n/error-text';
import { longDate } from '../../sessions/note-time';
import { classNameText } from '../../students/student-labels';
import { byLevel, byNextDue, caseloadOrder } from './caseload-order';
import { today } from './day-count';
import { DueText } from './DueText';
import { daysWithoutContact } from './follow-up-due';
import { LevelSummary } from './LevelSummary';
import { LevelTag } from './LevelTag';

type Shown = 'open' | 'closed';

/** 个案一览: the cases by level and stage, how long since contact, when the next follow-up is due. */
export function CaseloadTab({ onOpenCase }: { onOpenCase: (caseId: string) => void }) {
  const { t, i18n } = useTranslation();
  const [shown, setShown] = useState<Shown>('open');
  // The list with the filter it was loaded for: a list of the other filter is not shown.
  const [loaded, setLoaded] = useState<{ shown: Shown; cases: CaseSummary[] } | null>(null);
  const [error, setError] = useState<ClientError | null>(null);
  const cases = loaded?.shown === shown ? loaded.cases : null;

  useEffect(() => {
    void api.call('crisis.list', { status: shown }).then((result) => {
      if (result.ok) setLoaded({ shown, cases: [...result.value].sort(caseloadOrder) });
      else setError(result.error);
    });
  }, [shown]);

  const day = today();
  const columns: TableColumnsType<CaseSummary> = [
    {
      key: 'student',
      title: t('crisis.caseload.student'),
      render: (_value, row) => (
        <>
          <Button type="link" className="caseload__student" onClick={() => onOpenCase(row.caseId)}>
            {row.student.name}
          </Button>
          <div className="caseload__class">{classNameText(t, row.student.grade, row.student.classNumber)}</div>
        </>
      ),
    },
    {
      key: 'level',
      title: t('crisis.caseload.level'),
      sorter: byLevel,
      filters: [...new Map((cases ?? []).map((row) => [row.level.id, row.level])).values()].map((level) => ({
        value: level.id,
        text: <LevelTag level={level} />,
      })),
      onFilter: (value, row) => row.level.id === value,
      render: (_value, row) => (
        <>
          <LevelTag level={row.level} />
          {row.guardianNoticePending && <Tag color="warning">{t('crisis.caseload.noticePending')}</Tag>}
        </>
      ),
    },
    {
      key: 'stage',
      title: t('crisis.caseload.stage'),
      filters: caseStages.map((stage) => ({ value: stage, text: t(`crisis.stages.${stage}`) })),
      onFilter: (value, row) => row.stage === value,
      render: (_value, row) => (
        <>
          {t(`crisis.stages.${row.stage}`)}
          {row.onLeave && <Tag className="caseload__leave">{t('crisis.caseload.onLeave')}</Tag>}
        </>
      ),
    },
    {
      key: 'contact',
      title: t('crisis.caseload.sinceContact'),
      sorter: (first, second) => daysWithoutContact(first, day).days - daysWithoutContact(second, day).days,
      render: (_value, row) => {
        const { days, since } = daysWithoutContact(row, day);
        return since === 'contact'
          ? t('crisis.caseload.daysSinceContact', { count: days })
          : t('crisis.caseload.noContactSinceOpening', { count: days });
      },
    },
    shown === 'open'
      ? {
          key: 'next',
          title: t('crisis.caseload.nextFollowUp'),
          sorter: byNextDue,
          render: (_value, row) => (row.nextFollowUp ? <DueText due={row.nextFollowUp.due} /> : '—'),
        }
      : {
          key: 'closed',
          title: t('crisis.caseload.closedOn'),
          render: (_value, row) => (row.closedOn ? longDate(row.closedOn, i18n.language) : '—'),
        },
  ];

  return (
    <div data-testid="caseload">
      <div className="caseload__bar">
        <Segmented<Shown>
          value={shown}
          onChange={setShown}
          options={[
            { value: 'open', label: t('crisis.caseload.open') },
            { value: 'closed', label: t('crisis.caseload.closed') },
          ]}
        />
        {cases && shown === 'open' && <LevelSummary cases={cases} />}
      </div>
      {error ? (
        <Alert type="error" showIcon title={errorText(t, error)} />
      ) : !cases ? (
        <Spin />
      ) : cases.length === 0 ? (
        <Empty description={t(shown === 'open' ? 'crisis.caseload.noneOpen' : 'crisis.caseload.noneClosed')} />
      ) : (
        <Table<CaseSummary>
          rowKey="caseId"
          columns={columns}
          dataSource={cases}
          pagination={false}
          className="caseload"
          rowClassName={(row) => (row.nextFollowUp?.status === 'overdue' ? 'caseload__row--overdue' : '')}
        />
      )}
    </div>
  );
}
