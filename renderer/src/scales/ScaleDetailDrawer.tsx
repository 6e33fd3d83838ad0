import { Alert, Drawer, Space, Spin } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ScaleSummary } from '../../../shared/schemas/scales';
import { errorText } from '../i18n/error-text';
import { DefinitionItems } from './DefinitionItems';
import { DefinitionRules } from './DefinitionRules';
import { DefinitionScores } from './DefinitionScores';
import { DefinitionSource } from './DefinitionSource';
import { itemLanguageChoice } from './item-languages';
import { asLanguage } from './localized-text';
import { ScaleTitle } from './ScaleTitle';
import { ApprovalTag, OriginTags } from './ScaleTags';
import { useScaleDefinition } from './use-scale-definition';

/** Everything a definition says, read-only: what the counselor checks before using a scale. */
export function ScaleDetailDrawer({ scale, onClose }: { scale: ScaleSummary | null; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const { record, error } = useScaleDefinition(scale?.hash ?? null);
  const uiLanguage = asLanguage(i18n.language);
  const choice = record ? itemLanguageChoice(record.definition, uiLanguage) : null;
  return (
    <Drawer
      open={scale !== null}
      onClose={onClose}
      size="min(880px, 92vw)"
      title={scale && <ScaleTitle title={scale.title} />}
      closable={{ 'aria-label': t('scales.detail.close') }}
      destroyOnHidden
    >
      {scale && (
        <Space wrap className="definition-tags">
          <span>{t('scales.detail.version', { version: scale.version })}</span>
          <OriginTags origin={scale.origin} overridden={scale.overridden} />
          <ApprovalTag approved={scale.approved} />
        </Space>
      )}
      {error ? (
        <Alert type="error" showIcon title={errorText(t, error)} />
      ) : !record || !choice ? (
        <div className="loading-screen">
          <Spin />
          <span>{t('scales.detail.loading')}</span>
        </div>
      ) : (
        <div data-testid="scale-detail">
          {choice.uiLanguageMissing && (
            <Alert
              type="info"
              showIcon
              className="form-alert"
              title={t('scales.administer.uiLanguageMissing', {
                language: t(`scales.languageNames.${uiLanguage}`),
                other: t(`scales.languageNames.${choice.initial}`),
              })}
            />
          )}
          <DefinitionItems definition={record.definition} itemLanguage={choice.initial} uiLanguage={uiLanguage} />
          <DefinitionScores definition={record.definition} language={uiLanguage} />
          <DefinitionRules definition={record.definition} language={uiLanguage} />
          <DefinitionSource definition={record.definition} hash={record.hash} />
        </div>
      )}
    </Drawer>
  );
}
