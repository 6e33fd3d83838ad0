import { Checkbox, Form } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ConcernCategory } from '../../../shared/schemas/session-catalog';
import { catalogLabel } from './catalog-labels';
import type { FieldsProps } from './note-fields';

/** The school's active categories, plus any retired one this note already has. */
export function NoteCategoriesField({
  content,
  onChange,
  categories,
}: FieldsProps & { categories: ConcernCategory[] }) {
  const { t, i18n } = useTranslation();
  const shown = categories.filter((category) => category.active || content.categories.includes(category.code));
  return (
    <Form.Item label={t('notes.fields.categories')} required extra={t('notes.fields.categoriesHelp')}>
      <Checkbox.Group
        aria-label={t('notes.fields.categories')}
        className="flag-choices"
        value={content.categories}
        onChange={(codes) => onChange({ categories: codes })}
        options={shown.map((category) => ({ value: category.code, label: catalogLabel(category, i18n.language) }))}
      />
    </Form.Item>
  );
}
