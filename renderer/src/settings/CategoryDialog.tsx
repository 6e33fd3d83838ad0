import { Alert, Form, Input, InputNumber, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import { catalogLabelLimits, type ConcernCategory, maxSortOrder } from '../../../shared/schemas/session-catalog';
import { useApiSubmit } from '../api/use-api-submit';
import { errorText } from '../i18n/error-text';
import { labelRules } from './catalog-form';
import type { LabelledList } from './labelled-lists';

interface CategoryValues {
  labelZh: string;
  labelEn: string;
  sortOrder: number;
}

/** Adds a concern category or student flag, or renames and reorders one (null adds). */
export function CategoryDialog({
  list,
  category,
  onClose,
  onSaved,
}: {
  list: LabelledList;
  category: ConcernCategory | null;
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<CategoryValues>();
  const { busy, error, submit } = useApiSubmit();

  const save = async (values: CategoryValues) => {
    const labels = { labelZh: values.labelZh.trim(), labelEn: values.labelEn.trim() };
    await submit(
      () =>
        category ? list.update({ code: category.code, ...labels, sortOrder: values.sortOrder }) : list.add(labels),
      onSaved,
    );
  };

  return (
    <Modal
      open
      title={t(category ? `${list.texts}.editTitle` : `${list.texts}.addTitle`)}
      okText={t('catalog.save')}
      cancelText={t('catalog.cancel')}
      confirmLoading={busy}
      onOk={() => form.submit()}
      onCancel={onClose}
    >
      <Form<CategoryValues>
        name="category"
        form={form}
        layout="vertical"
        requiredMark={false}
        initialValues={category ?? { labelZh: '', labelEn: '' }}
        onFinish={(values) => void save(values)}
        disabled={busy}
      >
        <Form.Item name="labelZh" label={t('catalog.labelZh')} rules={labelRules(t, 'zh')}>
          <Input maxLength={catalogLabelLimits.zh} autoComplete="off" />
        </Form.Item>
        <Form.Item name="labelEn" label={t('catalog.labelEn')} rules={labelRules(t, 'en')}>
          <Input maxLength={catalogLabelLimits.en} autoComplete="off" />
        </Form.Item>
        {category && (
          <Form.Item
            name="sortOrder"
            label={t('catalog.sortOrder')}
            extra={t('catalog.sortOrderHelp')}
            rules={[
              {
                required: true,
                type: 'integer',
                min: 0,
                max: maxSortOrder,
                message: t('catalog.sortOrderRange', { max: maxSortOrder }),
              },
            ]}
          >
            <InputNumber min={0} max={maxSortOrder} precision={0} />
          </Form.Item>
        )}
      </Form>
      {error && <Alert type="error" showIcon title={errorText(t, error)} />}
    </Modal>
  );
}
