import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Form, Input, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { catalogLabelLimits, maxTemplateSections, type NoteTemplate } from '../../../shared/schemas/session-catalog';
import { api } from '../api/api';
import { useApiSubmit } from '../api/use-api-submit';
import { errorText } from '../i18n/error-text';
import { keyedSections, labelRules, type SectionRow } from './catalog-form';

interface TemplateValues {
  labelZh: string;
  labelEn: string;
  sections: SectionRow[];
}

const newTemplateValues: TemplateValues = { labelZh: '', labelEn: '', sections: [{ labelZh: '', labelEn: '' }] };

/** Adds a note template, or saves the next version of one (null adds). */
export function TemplateDialog({
  template,
  onClose,
  onSaved,
}: {
  template: NoteTemplate | null;
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<TemplateValues>();
  const { busy, error, submit } = useApiSubmit();

  const save = async (values: TemplateValues) => {
    const fields = {
      labelZh: values.labelZh.trim(),
      labelEn: values.labelEn.trim(),
      sections: keyedSections(values.sections),
    };
    await submit(
      () =>
        template
          ? api.call('sessions.updateTemplate', { key: template.key, ...fields })
          : api.call('sessions.addTemplate', fields),
      onSaved,
    );
  };

  return (
    <Modal
      open
      width={720}
      title={t(template ? 'catalog.templates.editTitle' : 'catalog.templates.addTitle')}
      okText={t('catalog.save')}
      cancelText={t('catalog.cancel')}
      confirmLoading={busy}
      onOk={() => form.submit()}
      onCancel={onClose}
    >
      {template && <Typography.Paragraph type="secondary">{t('catalog.templates.versionNotice')}</Typography.Paragraph>}
      <Form<TemplateValues>
        name="template"
        form={form}
        layout="vertical"
        requiredMark={false}
        initialValues={template ?? newTemplateValues}
        // The whole store, not only the fields: the section keys are held without a field of their own.
        onFinish={() => void save(form.getFieldsValue(true) as TemplateValues)}
        disabled={busy}
      >
        <div className="catalog-label-pair">
          <Form.Item name="labelZh" label={t('catalog.templates.nameZh')} rules={labelRules(t, 'zh')}>
            <Input maxLength={catalogLabelLimits.zh} autoComplete="off" />
          </Form.Item>
          <Form.Item name="labelEn" label={t('catalog.templates.nameEn')} rules={labelRules(t, 'en')}>
            <Input maxLength={catalogLabelLimits.en} autoComplete="off" />
          </Form.Item>
        </div>
        <Typography.Title level={3} className="catalog-sections-title">
          {t('catalog.templates.sections')}
        </Typography.Title>
        <Form.List
          name="sections"
          rules={[
            {
              validator: (_rule, sections: SectionRow[] | undefined) =>
                (sections?.length ?? 0) > 0
                  ? Promise.resolve()
                  : Promise.reject(new Error(t('catalog.templates.sectionsRequired'))),
            },
          ]}
        >
          {(fields, { add, remove, move }, { errors }) => (
            <>
              {fields.map((field, index) => (
                <div key={field.key} className="catalog-section-row" data-testid="template-section">
                  <Form.Item
                    name={[field.name, 'labelZh']}
                    label={t('catalog.templates.sectionZh', { number: index + 1 })}
                    rules={labelRules(t, 'zh')}
                  >
                    <Input maxLength={catalogLabelLimits.zh} autoComplete="off" />
                  </Form.Item>
                  <Form.Item
                    name={[field.name, 'labelEn']}
                    label={t('catalog.templates.sectionEn', { number: index + 1 })}
                    rules={labelRules(t, 'en')}
                  >
                    <Input maxLength={catalogLabelLimits.en} autoComplete="off" />
                  </Form.Item>
                  <div className="catalog-section-row__actions">
                    <Button
                      type="text"
                      icon={<ArrowUpOutlined />}
                      aria-label={t('catalog.templates.moveUp', { number: index + 1 })}
                      disabled={index === 0}
                      onClick={() => move(index, index - 1)}
                    />
                    <Button
                      type="text"
                      icon={<ArrowDownOutlined />}
                      aria-label={t('catalog.templates.moveDown', { number: index + 1 })}
                      disabled={index === fields.length - 1}
                      onClick={() => move(index, index + 1)}
                    />
                    <Button
                      type="text"
                      danger
                      icon={<DeleteOutlined />}
                      aria-label={t('catalog.templates.removeSection', { number: index + 1 })}
                      disabled={fields.length === 1}
                      onClick={() => remove(index)}
                    />
                  </div>
                </div>
              ))}
              <Form.ErrorList errors={errors} />
              <Button
                icon={<PlusOutlined />}
                disabled={fields.length >= maxTemplateSections}
                onClick={() => add({ labelZh: '', labelEn: '' })}
              >
                {t('catalog.templates.addSection')}
              </Button>
              {fields.length >= maxTemplateSections && (
                <Typography.Text type="secondary" className="catalog-sections-limit">
                  {t('catalog.templates.sectionsLimit', { max: maxTemplateSections })}
                </Typography.Text>
              )}
            </>
          )}
        </Form.List>
      </Form>
      {error && <Alert className="form-alert" type="error" showIcon title={errorText(t, error)} />}
    </Modal>
  );
}
