import { Alert, Form, Modal, Radio, Select, Spin, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../../shared/schemas/common';
import type { ScaleSummary } from '../../../../shared/schemas/scales';
import { errorText } from '../../i18n/error-text';
import { draftKeeper } from '../../sessions/draft-keeper-instance';
import { asLanguage, textIn } from '../localized-text';
import { useScaleLibrary } from '../use-scale-library';
import type { Handover } from './self-report-mode';

interface Choice {
  scaleHash: string;
  language: Language;
}

/** The language to start in: the app's own when the scale has an approved translation in it. */
function firstLanguage(scale: ScaleSummary, uiLanguage: Language): Language | undefined {
  return scale.languages.includes(uiLanguage) ? uiLanguage : scale.languages[0];
}

/**
 * The counselor's half of starting: which approved scale, in which approved translation. Then
 * the screen goes to the student, who decides on the consent page whether to answer.
 */
export function StartSelfReportDialog({
  studentId,
  onHandOver,
  onClose,
}: {
  studentId: string;
  onHandOver: (handover: Handover) => void;
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation();
  const uiLanguage = asLanguage(i18n.language);
  const [form] = Form.useForm<Choice>();
  const { library, error } = useScaleLibrary();
  // Only approved scales with an approved translation may reach a student.
  const scales = library?.scales.filter((scale) => scale.approved && scale.languages.length > 0) ?? null;
  const [busy, setBusy] = useState(false);
  const chosenHash = Form.useWatch('scaleHash', form);
  const chosen = scales?.find((scale) => scale.hash === chosenHash);

  const handOver = async ({ scaleHash, language }: Choice) => {
    const scale = scales?.find((candidate) => candidate.hash === scaleHash);
    if (!scale) return;
    setBusy(true);
    // Nothing but the questionnaire may be saved once the mode is on: open drafts go first.
    await draftKeeper.flushAll();
    setBusy(false);
    onHandOver({
      studentId,
      scaleHash,
      scaleTitle: scale.title,
      shortTitle: scale.shortTitle,
      itemCount: scale.itemCount,
      language,
    });
  };

  return (
    <Modal
      open
      title={t('selfReport.start.title')}
      okText={t('selfReport.start.handOver')}
      cancelText={t('selfReport.start.cancel')}
      okButtonProps={{ disabled: !chosen, loading: busy }}
      onOk={() => form.submit()}
      onCancel={onClose}
    >
      <Typography.Paragraph type="secondary">{t('selfReport.start.intro')}</Typography.Paragraph>
      {error ? (
        <Alert type="error" showIcon title={errorText(t, error)} />
      ) : !scales ? (
        <Spin />
      ) : scales.length === 0 ? (
        <Alert type="info" showIcon title={t('selfReport.start.noScales')} />
      ) : (
        <Form form={form} layout="vertical" requiredMark={false} onFinish={(values) => void handOver(values)}>
          <Form.Item name="scaleHash" label={t('selfReport.start.scale')} rules={[{ required: true }]}>
            <Select
              placeholder={t('selfReport.start.scalePlaceholder')}
              options={scales.map((scale) => ({ value: scale.hash, label: textIn(scale.title, uiLanguage) }))}
              onChange={(hash: string) => {
                const scale = scales.find((candidate) => candidate.hash === hash);
                form.setFieldValue('language', scale && firstLanguage(scale, uiLanguage));
              }}
            />
          </Form.Item>
          {chosen && (
            <Form.Item name="language" label={t('selfReport.start.language')} rules={[{ required: true }]}>
              <Radio.Group
                options={chosen.languages.map((language) => ({ value: language, label: t(`languages.${language}`) }))}
              />
            </Form.Item>
          )}
        </Form>
      )}
    </Modal>
  );
}
