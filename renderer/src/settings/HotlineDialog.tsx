import { Alert, Col, Form, Input, Modal, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import { type Hotline, type HotlineEntry, hotlineTextLimits } from '../../../shared/schemas/hotlines';
import type { ClientResult } from '../api/client-result';
import { useApiSubmit } from '../api/use-api-submit';
import { errorText } from '../i18n/error-text';
import { numberRules } from './hotline-entries';

type HotlineValues = Omit<HotlineEntry, 'id' | 'active'>;

const empty: HotlineValues = { nameZh: '', nameEn: '', number: '', hoursZh: '', hoursEn: '', noteZh: '', noteEn: '' };

/**
 * Adds a hotline or edits one (null adds). The dialog hands the line to `save`, which sends the
 * whole list, and stays open with the refusal when the backend refuses it.
 */
export function HotlineDialog({
  line,
  save,
  onClose,
  onSaved,
}: {
  line: HotlineEntry | null;
  save: (entry: HotlineEntry) => Promise<ClientResult<Hotline[]>>;
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<HotlineValues>();
  const { busy, error, submit } = useApiSubmit();

  const finish = async (values: HotlineValues) => {
    const trimmed = Object.fromEntries(
      Object.entries(values).map(([key, value]) => [key, (value ?? '').trim()]),
    ) as HotlineValues;
    await submit(() => save({ id: line?.id ?? null, active: line?.active ?? true, ...trimmed }), onSaved);
  };

  const maxRule = (max: number) => ({ max, message: t('hotlines.form.tooLong', { max }) });
  const nameRule = {
    validator: () =>
      form.getFieldValue('nameZh')?.trim() || form.getFieldValue('nameEn')?.trim()
        ? Promise.resolve()
        : Promise.reject(new Error(t('hotlines.form.nameRequired'))),
  };

  return (
    <Modal
      open
      width={640}
      title={t(line ? 'hotlines.settings.editTitle' : 'hotlines.settings.addTitle')}
      okText={t('catalog.save')}
      cancelText={t('catalog.cancel')}
      confirmLoading={busy}
      onOk={() => form.submit()}
      onCancel={onClose}
    >
      <Form<HotlineValues>
        name="hotline"
        form={form}
        layout="vertical"
        requiredMark={false}
        initialValues={line ?? empty}
        onFinish={(values) => void finish(values)}
        disabled={busy}
      >
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item
              name="nameZh"
              label={t('hotlines.fields.nameZh')}
              dependencies={['nameEn']}
              rules={[nameRule, maxRule(hotlineTextLimits.nameZh)]}
            >
              <Input autoComplete="off" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="nameEn" label={t('hotlines.fields.nameEn')} rules={[maxRule(hotlineTextLimits.nameEn)]}>
              <Input autoComplete="off" />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item
          name="number"
          label={t('hotlines.fields.number')}
          extra={t('hotlines.form.numberHelp')}
          rules={numberRules(t)}
        >
          <Input autoComplete="off" inputMode="tel" />
        </Form.Item>
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item name="hoursZh" label={t('hotlines.fields.hoursZh')} rules={[maxRule(hotlineTextLimits.hours)]}>
              <Input autoComplete="off" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="hoursEn" label={t('hotlines.fields.hoursEn')} rules={[maxRule(hotlineTextLimits.hours)]}>
              <Input autoComplete="off" />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="noteZh" label={t('hotlines.fields.noteZh')} rules={[maxRule(hotlineTextLimits.note)]}>
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item name="noteEn" label={t('hotlines.fields.noteEn')} rules={[maxRule(hotlineTextLimits.note)]}>
          <Input autoComplete="off" />
        </Form.Item>
      </Form>
      {error && <Alert type="error" showIcon title={errorText(t, error)} />}
    </Modal>
  );
}
