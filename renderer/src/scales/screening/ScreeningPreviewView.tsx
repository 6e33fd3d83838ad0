import { Card, Empty, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ScaleDefinition } from '../../../../shared/schemas/scale-definition';
import type { ScreeningPreview } from '../../../../shared/schemas/scales';
import { CardTitle } from '../../app/CardTitle';
import { groupRows } from './screening-rows';
import { ScreeningProblemRows, ScreeningResultRows } from './ScreeningRowsTable';

/**
 * The report before anything is saved: the counts, who would be flagged, the rows that cannot
 * be imported and why, then everyone else.
 */
export function ScreeningPreviewView({
  preview,
  definition,
}: {
  preview: ScreeningPreview;
  definition: ScaleDefinition;
}) {
  const { t } = useTranslation();
  const { counts } = preview;
  const groups = groupRows(preview.rows);
  return (
    <>
      <ul className="screening-counts" data-testid="screening-counts">
        <li>{t('screening.preview.rows', { count: counts.rows })}</li>
        <li>{t('screening.preview.importable', { count: counts.importable })}</li>
        <li>{t('screening.preview.flagged', { count: counts.flagged })}</li>
        <li>{t('screening.preview.problems', { count: counts.problems })}</li>
      </ul>
      <Card
        title={<CardTitle>{t('screening.preview.flaggedTitle', { count: groups.flagged.length })}</CardTitle>}
        className="settings-card"
      >
        {groups.flagged.length === 0 ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('screening.preview.noneFlagged')} />
        ) : (
          <ScreeningResultRows rows={groups.flagged} definition={definition} testId="screening-flagged-rows" />
        )}
      </Card>
      {groups.problems.length > 0 && (
        <Card
          title={<CardTitle>{t('screening.preview.problemsTitle', { count: groups.problems.length })}</CardTitle>}
          className="settings-card"
        >
          <Typography.Paragraph type="secondary">{t('screening.preview.problemsIntro')}</Typography.Paragraph>
          <ScreeningProblemRows rows={groups.problems} definition={definition} />
        </Card>
      )}
      {groups.others.length > 0 && (
        <Card
          title={<CardTitle>{t('screening.preview.othersTitle', { count: groups.others.length })}</CardTitle>}
          className="settings-card"
        >
          <ScreeningResultRows rows={groups.others} definition={definition} testId="screening-other-rows" />
        </Card>
      )}
    </>
  );
}
