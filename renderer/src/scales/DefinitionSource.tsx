import { Descriptions, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../shared/schemas/common';
import type { ScaleDefinition } from '../../../shared/schemas/scale-definition';
import { shortHash } from './fingerprint';

const languages: Language[] = ['zh-CN', 'en'];

/** Where the text comes from and under which terms, and the hash that names this exact version. */
export function DefinitionSource({ definition, hash }: { definition: ScaleDefinition; hash: string }) {
  const { t } = useTranslation();
  const { licence } = definition;
  return (
    <>
      <Typography.Title level={3} className="section-heading">
        {t('scales.detail.licence')}
      </Typography.Title>
      <Descriptions column={1} size="small" bordered className="definition-source">
        <Descriptions.Item label={t('scales.detail.licence')}>{licence.text}</Descriptions.Item>
        {licence.copyright && (
          <Descriptions.Item label={t('scales.detail.copyright')}>{licence.copyright}</Descriptions.Item>
        )}
        <Descriptions.Item label={t('scales.detail.citation')}>{licence.citation}</Descriptions.Item>
        {licence.url && (
          <Descriptions.Item label={t('scales.detail.source')}>
            {/* Shown, not linked: the app works offline and opens nothing outside itself. */}
            <Typography.Text copyable>{licence.url}</Typography.Text>
          </Descriptions.Item>
        )}
        <Descriptions.Item label={t('scales.detail.translations')}>
          <ul className="plain-list">
            {languages.map((language) => {
              const note = definition.translations[language];
              const name = t(`scales.languageNames.${language}`);
              return (
                <li key={language}>
                  {note.status === 'approved'
                    ? t('scales.detail.translationApproved', { language: name, source: note.source })
                    : t('scales.detail.translationMissing', { language: name })}
                </li>
              );
            })}
          </ul>
        </Descriptions.Item>
        <Descriptions.Item label={t('scales.detail.hash')}>
          <Typography.Text code copyable={{ text: hash }} data-testid="definition-hash">
            {shortHash(hash)}
          </Typography.Text>
          <div className="definition-source__hint">{t('scales.detail.hashHint')}</div>
        </Descriptions.Item>
      </Descriptions>
    </>
  );
}
