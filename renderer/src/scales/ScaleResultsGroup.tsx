import { Button, Table, type TableColumnsType, Tag, Typography } from 'antd';
import { WarningOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { ScaleResult } from '../../../shared/schemas/scales';
import { longDate } from '../sessions/note-time';
import { BandTag } from './BandTag';
import { bandOf, outcomeRule } from './definition-lookup';
import { asLanguage, textIn } from './localized-text';
import { ScaleTitle } from './ScaleTitle';
import { ScoreTrendChart } from './ScoreTrendChart';
import { chartedScore } from './trend-data';
import { useScaleDefinition } from './use-scale-definition';

/** One scale's results for the student: the trend, and the same values as a table. */
export function ScaleResultsGroup({ results, onOpen }: { results: ScaleResult[]; onOpen: (id: string) => void }) {
  const { t, i18n } = useTranslation();
  const language = asLanguage(i18n.language);
  const latest = results.at(-1)!;
  const { record } = useScaleDefinition(latest.scaleHash);
  const score = record ? chartedScore(record.definition) : undefined;
  const scaleName = textIn(latest.title, language);

  const columns: TableColumnsType<ScaleResult> = [
    {
      key: 'date',
      title: t('scales.results.columns.date'),
      render: (_value, result) => longDate(result.administeredOn, i18n.language),
    },
    {
      key: 'score',
      title: t('scales.results.columns.score'),
      render: (_value, result) => {
        const value = result.scoring.scores.find((candidate) => candidate.id === score?.id);
        return value?.value === null || value === undefined ? '—' : value.value;
      },
    },
    {
      key: 'band',
      title: t('scales.results.columns.band'),
      render: (_value, result) => {
        const value = result.scoring.scores.find((candidate) => candidate.id === score?.id);
        const band = value ? bandOf(score, value.bandId) : undefined;
        // A scale without bands (ASQ) is read by its outcome instead.
        const outcome = result.scoring.outcomes[0];
        const rule = record && outcome ? outcomeRule(record.definition, outcome).rule : undefined;
        const shown = band ?? rule;
        return shown ? <BandTag band={shown} language={language} /> : '—';
      },
    },
    {
      key: 'critical',
      title: t('scales.results.columns.critical'),
      render: (_value, result) =>
        result.scoring.critical.length > 0 ? (
          <Tag color="red" icon={<WarningOutlined aria-hidden="true" />} className="status-tag">
            {t('scales.results.critical')}
          </Tag>
        ) : (
          t('scales.results.none')
        ),
    },
    {
      key: 'mode',
      title: t('scales.results.columns.mode'),
      render: (_value, result) => t(`scales.result.modes.${result.mode}`),
    },
    {
      key: 'open',
      title: <span className="visually-hidden">{t('scales.results.open')}</span>,
      render: (_value, result) => (
        <Button
          type="link"
          className="table-link"
          aria-label={t('scales.results.openLabel', {
            scale: scaleName,
            date: longDate(result.administeredOn, i18n.language),
          })}
          onClick={() => onOpen(result.id)}
        >
          {t('scales.results.open')}
        </Button>
      ),
    },
  ];

  return (
    <section className="result-group" data-testid={`results-${latest.scaleId}`} aria-label={scaleName}>
      <Typography.Title level={3} className="section-heading">
        <ScaleTitle title={latest.title} />
      </Typography.Title>
      {record && <ScoreTrendChart scale={scaleName} definition={record.definition} results={results} />}
      <Table<ScaleResult>
        size="small"
        rowKey="id"
        columns={columns}
        dataSource={results}
        pagination={false}
        className="result-table"
      />
    </section>
  );
}
