import { Alert, Descriptions, Spin, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ScaleResult } from '../../../shared/schemas/scales';
import { errorText } from '../i18n/error-text';
import { dateTime, longDate } from '../sessions/note-time';
import { AnswerList } from './AnswerList';
import { CriticalLines } from './CriticalLines';
import { shortHash } from './fingerprint';
import { asLanguage } from './localized-text';
import { ScoreLines } from './ScoreLines';
import { useScaleDefinition } from './use-scale-definition';

/** A stored result as it was scored: never recomputed, read with the definition it names. */
export function ResultView({ result }: { result: ScaleResult }) {
  const { t, i18n } = useTranslation();
  const uiLanguage = asLanguage(i18n.language);
  const { record, error } = useScaleDefinition(result.scaleHash);
  return (
    <div data-testid="result-view">
      <Descriptions column={{ xs: 1, md: 2 }} size="small" className="result-facts">
        <Descriptions.Item label={t('scales.result.administeredOn')}>
          {longDate(result.administeredOn, i18n.language)}
        </Descriptions.Item>
        <Descriptions.Item label={t('scales.result.mode')}>{t(`scales.result.modes.${result.mode}`)}</Descriptions.Item>
        <Descriptions.Item label={t('scales.result.language')}>
          {t(`scales.languageNames.${result.language}`)}
        </Descriptions.Item>
        <Descriptions.Item label={t('scales.result.recorded')}>
          {t('scales.result.savedBy', { name: result.createdBy, time: dateTime(result.createdAt, i18n.language) })}
        </Descriptions.Item>
        <Descriptions.Item label={t('scales.result.definition')}>
          <span data-testid="result-definition">
            {t('scales.result.definitionVersion', { version: result.scaleVersion, hash: shortHash(result.scaleHash) })}
          </span>
        </Descriptions.Item>
        {result.remark && <Descriptions.Item label={t('scales.result.remark')}>{result.remark}</Descriptions.Item>}
      </Descriptions>
      {error ? (
        <Alert type="error" showIcon title={errorText(t, error)} />
      ) : !record ? (
        <Spin />
      ) : (
        <>
          <Typography.Title level={3} className="section-heading">
            {t('scales.result.scores')}
          </Typography.Title>
          <ScoreLines definition={record.definition} scoring={result.scoring} language={uiLanguage} />
          <Typography.Title level={3} className="section-heading">
            {t('scales.score.critical')}
          </Typography.Title>
          <CriticalLines definition={record.definition} critical={result.scoring.critical} language={uiLanguage} />
          <Typography.Title level={3} className="section-heading">
            {t('scales.result.answers')}
          </Typography.Title>
          <AnswerList definition={record.definition} answers={result.answers} language={result.language} />
        </>
      )}
    </div>
  );
}
