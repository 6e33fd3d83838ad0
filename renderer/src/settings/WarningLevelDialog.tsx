import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Col, Form, Input, InputNumber, Modal, Row, Select, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import {
  type CrisisPolicy,
  type WarningColour,
  type WarningLevel,
  warningColours,
} from '../../../shared/schemas/crisis-policy';
import type { ClientResult } from '../api/client-result';
import { useApiSubmit } from '../api/use-api-submit';
import { levelTagColour } from '../crisis/cases/level-colour';
import { PolicyErrorAlert } from './PolicyErrorAlert';
import {
  freeKey,
  freeRank,
  type ItemRow,
  keyedChecklist,
  localizedFrom,
  pairOf,
  type TextPair,
  withLevel,
} from './policy-edit';

interface LevelValues {
  label: TextPair;
  description: TextPair;
  colour: WarningColour;
  rank: number;
  firstWithinDays: number;
  thenEveryDays: number;
  checklist: ItemRow[];
}

const maxChecklist = 30;

function valuesOf(level: WarningLevel | null, policy: CrisisPolicy): LevelValues {
  if (!level) {
    const empty = { zh: '', en: '' };
    const days = { firstWithinDays: 30, thenEveryDays: 30 };
    return { label: empty, description: empty, colour: 'grey', rank: freeRank(policy.levels), ...days, checklist: [] };
  }
  return {
    label: pairOf(level.label),
    description: pairOf(level.description),
    colour: level.colour,
    rank: level.rank,
    ...level.followUp,
    checklist: level.checklist.map((item) => ({ id: item.id, ...pairOf(item.label) })),
  };
}

/**
 * Adds a warning level or edits one (null adds): its label, what it means, colour, rank, the
 * checklist it triggers and its follow-up schedule. Saving sends the whole policy.
 */
export function WarningLevelDialog({
  level,
  policy,
  save,
  onClose,
  onSaved,
}: {
  level: WarningLevel | null;
  policy: CrisisPolicy;
  save: (policy: CrisisPolicy) => Promise<ClientResult<CrisisPolicy>>;
  onClose: () => void;
  onSaved: (policy: CrisisPolicy) => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<LevelValues>();
  const { busy, error, submit } = useApiSubmit();
  const otherRanks = new Set(policy.levels.filter((other) => other.id !== level?.id).map((other) => other.rank));

  const finish = async (values: LevelValues) => {
    const id =
      level?.id ??
      freeKey(
        'level',
        policy.levels.map((other) => other.id),
      );
    const next: WarningLevel = {
      id,
      rank: values.rank,
      colour: values.colour,
      label: localizedFrom(values.label),
      description: localizedFrom(values.description),
      checklist: keyedChecklist(values.checklist ?? []),
      followUp: { firstWithinDays: values.firstWithinDays, thenEveryDays: values.thenEveryDays },
    };
    await submit(() => save(withLevel(policy, next)), onSaved);
  };

  const eitherLanguage = (field: 'label' | 'description') => ({
    validator: () =>
      form.getFieldValue([field, 'zh'])?.trim() || form.getFieldValue([field, 'en'])?.trim()
        ? Promise.resolve()
        : Promise.reject(new Error(t('crisisPolicy.form.textRequired'))),
  });
  const daysRule = (min: number) => ({
    required: true,
    type: 'integer' as const,
    min,
    max: 366,
    message: t('crisisPolicy.form.daysRange', { min, max: 366 }),
  });

  return (
    <Modal
      open
      width={720}
      title={t(level ? 'crisisPolicy.editTitle' : 'crisisPolicy.addTitle')}
      okText={t('catalog.save')}
      cancelText={t('catalog.cancel')}
      confirmLoading={busy}
      onOk={() => form.submit()}
      onCancel={onClose}
    >
      <Form<LevelValues>
        name="warning-level"
        form={form}
        layout="vertical"
        requiredMark={false}
        initialValues={valuesOf(level, policy)}
        // The whole store: checklist rows keep their ids, which no input shows.
        onFinish={() => void finish(form.getFieldsValue(true))}
        disabled={busy}
      >
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item
              name={['label', 'zh']}
              label={t('crisisPolicy.fields.labelZh')}
              dependencies={[['label', 'en']]}
              rules={[eitherLanguage('label')]}
            >
              <Input maxLength={200} autoComplete="off" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name={['label', 'en']} label={t('crisisPolicy.fields.labelEn')}>
              <Input maxLength={200} autoComplete="off" />
            </Form.Item>
          </Col>
        </Row>
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item
              name={['description', 'zh']}
              label={t('crisisPolicy.fields.descriptionZh')}
              dependencies={[['description', 'en']]}
              rules={[eitherLanguage('description')]}
            >
              <Input.TextArea maxLength={2000} autoSize={{ minRows: 2, maxRows: 4 }} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name={['description', 'en']} label={t('crisisPolicy.fields.descriptionEn')}>
              <Input.TextArea maxLength={2000} autoSize={{ minRows: 2, maxRows: 4 }} />
            </Form.Item>
          </Col>
        </Row>
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item name="colour" label={t('crisisPolicy.fields.colour')} extra={t('crisisPolicy.form.colourHelp')}>
              <Select
                options={warningColours.map((colour) => ({
                  value: colour,
                  label: (
                    <Tag color={levelTagColour[colour]} className="status-tag">
                      {t(`crisisPolicy.colours.${colour}`)}
                    </Tag>
                  ),
                  title: t(`crisisPolicy.colours.${colour}`),
                }))}
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              name="rank"
              label={t('crisisPolicy.fields.rank')}
              extra={t('crisisPolicy.form.rankHelp')}
              rules={[
                { required: true, type: 'integer', min: 0, max: 100, message: t('crisisPolicy.form.rankRange') },
                {
                  validator: (_rule, value: number | null) =>
                    value !== null && otherRanks.has(value)
                      ? Promise.reject(new Error(t('crisisPolicy.form.rankTaken')))
                      : Promise.resolve(),
                },
              ]}
            >
              <InputNumber min={0} max={100} precision={0} />
            </Form.Item>
          </Col>
        </Row>
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item name="firstWithinDays" label={t('crisisPolicy.fields.firstWithinDays')} rules={[daysRule(0)]}>
              <InputNumber min={0} max={366} precision={0} suffix={t('crisisPolicy.days')} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="thenEveryDays" label={t('crisisPolicy.fields.thenEveryDays')} rules={[daysRule(1)]}>
              <InputNumber min={1} max={366} precision={0} suffix={t('crisisPolicy.days')} />
            </Form.Item>
          </Col>
        </Row>
        <Typography.Text strong>{t('crisisPolicy.fields.checklist')}</Typography.Text>
        <Typography.Paragraph type="secondary">{t('crisisPolicy.form.checklistHelp')}</Typography.Paragraph>
        <Form.List name="checklist">
          {(rows, { add, remove }) => (
            <>
              {rows.map((row, index) => (
                <Space key={row.key} align="start" className="policy-item-row">
                  <Form.Item name={[row.name, 'zh']} noStyle>
                    <Input
                      maxLength={200}
                      autoComplete="off"
                      aria-label={t('crisisPolicy.form.itemZh', { number: index + 1 })}
                      placeholder={t('crisisPolicy.form.itemZh', { number: index + 1 })}
                    />
                  </Form.Item>
                  <Form.Item name={[row.name, 'en']} noStyle>
                    <Input
                      maxLength={200}
                      autoComplete="off"
                      aria-label={t('crisisPolicy.form.itemEn', { number: index + 1 })}
                      placeholder={t('crisisPolicy.form.itemEn', { number: index + 1 })}
                    />
                  </Form.Item>
                  <Button
                    type="text"
                    icon={<DeleteOutlined aria-hidden="true" />}
                    aria-label={t('crisisPolicy.form.removeItem', { number: index + 1 })}
                    onClick={() => remove(row.name)}
                  />
                </Space>
              ))}
              <Button
                icon={<PlusOutlined aria-hidden="true" />}
                disabled={rows.length >= maxChecklist}
                onClick={() => add({ zh: '', en: '' })}
              >
                {t('crisisPolicy.form.addItem')}
              </Button>
            </>
          )}
        </Form.List>
      </Form>
      {error && <PolicyErrorAlert error={error} policy={policy} />}
    </Modal>
  );
}
