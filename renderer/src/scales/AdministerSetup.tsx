import { Alert, Col, Form, Input, Radio, Row, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../shared/schemas/common';
import type { ScaleSummary } from '../../../shared/schemas/scales';
import type { ItemLanguageChoice } from './item-languages';
import { asLanguage, textIn } from './localized-text';

/** Which approved scale, on which day, and in which approved language the items are read. */
export function AdministerSetup({
  scales,
  scaleHash,
  date,
  languageChoice,
  language,
  onScale,
  onDate,
  onLanguage,
}: {
  scales: ScaleSummary[];
  scaleHash: string | null;
  date: string;
  languageChoice: ItemLanguageChoice | null;
  language: Language | null;
  onScale: (hash: string) => void;
  onDate: (date: string) => void;
  onLanguage: (language: Language) => void;
}) {
  const { t, i18n } = useTranslation();
  const uiLanguage = asLanguage(i18n.language);
  return (
    <Form layout="vertical" component="div" className="administer-setup">
      <Row gutter={24}>
        <Col xs={24} md={10}>
          <Form.Item label={t('scales.administer.scale')} htmlFor="administer-scale" required>
            <Select
              id="administer-scale"
              showSearch={{ optionFilterProp: 'label' }}
              placeholder={t('scales.administer.scalePlaceholder')}
              value={scaleHash ?? undefined}
              onChange={onScale}
              options={scales.map((scale) => ({ value: scale.hash, label: textIn(scale.title, uiLanguage) }))}
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={6}>
          <Form.Item label={t('scales.administer.date')} htmlFor="administer-date" required>
            <Input id="administer-date" type="date" value={date} onChange={(event) => onDate(event.target.value)} />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          {languageChoice && language && (
            <Form.Item label={t('scales.administer.language')}>
              <Radio.Group
                aria-label={t('scales.administer.language')}
                value={language}
                onChange={(event) => onLanguage(event.target.value as Language)}
                options={languageChoice.offered.map((offered) => ({
                  value: offered,
                  label: t(`languages.${offered}`),
                }))}
              />
            </Form.Item>
          )}
        </Col>
      </Row>
      {languageChoice?.uiLanguageMissing && (
        <Alert
          type="info"
          showIcon
          className="form-alert"
          data-testid="ui-language-missing"
          title={t('scales.administer.uiLanguageMissing', {
            language: t(`scales.languageNames.${uiLanguage}`),
            other: t(`scales.languageNames.${languageChoice.initial}`),
          })}
        />
      )}
    </Form>
  );
}
