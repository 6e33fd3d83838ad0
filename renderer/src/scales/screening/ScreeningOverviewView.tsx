import { ArrowLeftOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Descriptions, Empty, Spin, Table, type TableColumnsType, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ScreeningOverview } from '../../../../shared/schemas/scales';
import { api } from '../../api/api';
import type { ClientError } from '../../api/client-result';
import { CardTitle } from '../../app/CardTitle';
import { errorText } from '../../i18n/error-text';
import { longDate } from '../../sessions/note-time';
import { classNameText } from '../../students/student-labels';
import { BandTag } from '../BandTag';
import { asLanguage, textIn } from '../localized-text';
import { BandBar, bandFill } from './BandBar';
import { type DistributionRow, distributionRows } from './band-distribution';
import { CriticalMark } from './CriticalMark';
import { StudentClass } from './StudentClass';

type Flagged = ScreeningOverview['flagged'][number];

/**
 * One screening by grade and class: how many were screened, how they spread over the bands (in
 * numbers, with a bar that repeats them), and the flagged students, each a link to their file.
 */
export function ScreeningOverviewView({
  screeningId,
  onBack,
  onOpenStudent,
}: {
  screeningId: string;
  onBack: () => void;
  onOpenStudent: (studentId: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const language = asLanguage(i18n.language);
  const [overview, setOverview] = useState<ScreeningOverview | null>(null);
  const [error, setError] = useState<ClientError | null>(null);

  useEffect(() => {
    void api.call('scales.screeningOverview', { screeningId }).then((result) => {
      if (result.ok) setOverview(result.value);
      else setError(result.error);
    });
  }, [screeningId]);

  const back = (
    <Button type="link" className="back-link" icon={<ArrowLeftOutlined aria-hidden="true" />} onClick={onBack}>
      {t('screening.backToList')}
    </Button>
  );
  if (error) {
    return (
      <>
        {back}
        <Alert type="error" showIcon title={errorText(t, error)} />
      </>
    );
  }
  if (!overview) return <Spin />;

  const { screening, bands } = overview;
  const level = bands.find((band) => band.concern === screening.flagConcern);
  const levelText = level
    ? t('screening.import.flagOption', { band: textIn(level.label, language) })
    : t('screening.overview.concernLevel', { level: screening.flagConcern });
  const rowName = (row: DistributionRow) => {
    if (row.kind === 'total') return t('screening.overview.total');
    if (row.grade === null) return t('screening.noClass');
    if (row.kind === 'grade') return t('screening.overview.gradeTotal', { grade: t(`students.grades.${row.grade}`) });
    return classNameText(t, row.grade, row.classNumber);
  };
  const distributionColumns: TableColumnsType<DistributionRow> = [
    { key: 'group', title: t('screening.overview.group'), width: 130, render: (_value, row) => rowName(row) },
    { key: 'screened', title: t('screening.overview.screened'), dataIndex: 'screened', align: 'right', width: 96 },
    {
      key: 'bar',
      title: t('screening.overview.distribution'),
      width: 120,
      render: (_value, row) => <BandBar row={row} bands={bands} />,
    },
    ...bands.map((band) => ({
      key: `band-${band.id}`,
      title: (
        <span className="band-heading">
          <span className="band-heading__swatch" style={{ background: bandFill(band.concern) }} aria-hidden="true" />
          {textIn(band.label, language)}
        </span>
      ),
      align: 'right' as const,
      render: (_value: unknown, row: DistributionRow) => row.byBand[band.id] ?? 0,
    })),
    ...(overview.groups.some((group) => group.unbanded > 0)
      ? [
          {
            key: 'unbanded',
            title: t('screening.overview.unbanded'),
            align: 'right' as const,
            dataIndex: 'unbanded',
          },
        ]
      : []),
    {
      key: 'flagged',
      title: t('screening.overview.flaggedCount'),
      dataIndex: 'flagged',
      align: 'right',
      width: 80,
    },
  ];

  const flaggedColumns: TableColumnsType<Flagged> = [
    {
      key: 'name',
      title: t('screening.rows.name'),
      render: (_value, flagged) => (
        <Button type="link" className="screening-student-link" onClick={() => onOpenStudent(flagged.student.id)}>
          {flagged.student.name}
        </Button>
      ),
    },
    {
      key: 'number',
      title: t('screening.rows.studentNumber'),
      render: (_value, flagged) => flagged.student.studentNumber,
    },
    {
      key: 'class',
      title: t('screening.rows.class'),
      render: (_value, flagged) => <StudentClass student={flagged.student} />,
    },
    { key: 'score', title: t('screening.rows.score'), render: (_value, flagged) => flagged.value ?? '—' },
    {
      key: 'band',
      title: t('screening.rows.band'),
      render: (_value, flagged) => {
        const band = bands.find((candidate) => candidate.id === flagged.bandId);
        return band && <BandTag band={band} language={language} />;
      },
    },
    {
      key: 'critical',
      title: t('screening.rows.critical'),
      render: (_value, flagged) => <CriticalMark state={flagged.critical ? 'raised' : null} />,
    },
  ];
  // Critical first, then the most concerning, so the urgent names are read first.
  const flagged = [...overview.flagged].sort(
    (a, b) => Number(b.critical) - Number(a.critical) || b.concern - a.concern,
  );

  return (
    <div className="screening-overview" data-testid="screening-overview">
      {back}
      <Typography.Title level={2} className="section-title">
        {screening.title}
      </Typography.Title>
      <Descriptions
        size="small"
        column={{ xs: 1, md: 2 }}
        className="screening-facts"
        data-testid="screening-facts"
        items={[
          { key: 'scale', label: t('screening.overview.scale'), children: textIn(screening.scaleTitle, language) },
          {
            key: 'date',
            label: t('screening.overview.date'),
            children: longDate(screening.administeredOn, i18n.language),
          },
          { key: 'level', label: t('screening.overview.flagLevel'), children: levelText },
          {
            key: 'counts',
            label: t('screening.overview.counts'),
            children: t('screening.overview.countsValue', { screened: screening.screened, flagged: screening.flagged }),
          },
        ]}
      />
      <Card title={<CardTitle>{t('screening.overview.distributionTitle')}</CardTitle>} className="settings-card">
        <Table<DistributionRow>
          className="screening-distribution"
          data-testid="screening-distribution"
          size="small"
          rowKey="key"
          rowClassName={(row) => `screening-distribution__${row.kind}`}
          columns={distributionColumns}
          dataSource={distributionRows(overview)}
          pagination={false}
          tableLayout="fixed"
        />
      </Card>
      <Card
        title={<CardTitle>{t('screening.overview.flaggedTitle', { count: flagged.length })}</CardTitle>}
        className="settings-card"
      >
        <Typography.Paragraph type="secondary">{t('screening.overview.flaggedIntro')}</Typography.Paragraph>
        {flagged.length === 0 ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('screening.overview.noneFlagged')} />
        ) : (
          <Table<Flagged>
            className="screening-rows"
            data-testid="screening-flagged-students"
            size="small"
            rowKey="resultId"
            columns={flaggedColumns}
            dataSource={flagged}
            pagination={flagged.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
          />
        )}
      </Card>
    </div>
  );
}
