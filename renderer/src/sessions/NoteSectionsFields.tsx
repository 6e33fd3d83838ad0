import { Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { NoteTemplate } from '../../../shared/schemas/session-catalog';
import { noteTextLimits } from '../../../shared/schemas/sessions';
import { catalogLabel } from './catalog-labels';
import type { FieldsProps } from './note-fields';

/**
 * The template picker and one text area per section. The template can change only while every
 * section is empty: the sections of another template have other keys, and text must not vanish.
 */
export function NoteSectionsFields({
  content,
  onChange,
  template,
  templates,
  onTemplateChange,
}: FieldsProps & {
  template: NoteTemplate;
  templates: NoteTemplate[];
  onTemplateChange: (next: NoteTemplate) => void;
}) {
  const { t, i18n } = useTranslation();
  const written = Object.values(content.sections).some((text) => text.trim() !== '');
  const choices = templates.some((item) => item.key === template.key) ? templates : [template, ...templates];
  return (
    <>
      <Form.Item
        label={t('notes.fields.template')}
        htmlFor="note-template"
        extra={written ? t('notes.fields.templateLocked') : undefined}
      >
        <Select
          id="note-template"
          value={template.key}
          disabled={written}
          onChange={(key) => {
            const next = choices.find((item) => item.key === key);
            if (next) onTemplateChange(next);
          }}
          options={choices.map((item) => ({ value: item.key, label: catalogLabel(item, i18n.language) }))}
          className="note-template-select"
        />
      </Form.Item>
      {template.sections.map((section) => (
        <Form.Item
          key={section.key}
          label={catalogLabel(section, i18n.language)}
          htmlFor={`note-section-${section.key}`}
        >
          <Input.TextArea
            id={`note-section-${section.key}`}
            autoSize={{ minRows: 3, maxRows: 16 }}
            maxLength={noteTextLimits.section}
            value={content.sections[section.key] ?? ''}
            onChange={(event) => onChange({ sections: { ...content.sections, [section.key]: event.target.value } })}
          />
        </Form.Item>
      ))}
    </>
  );
}
