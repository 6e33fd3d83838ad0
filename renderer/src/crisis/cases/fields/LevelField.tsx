import { Form, Radio } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CrisisPolicy } from '../../../../../shared/schemas/crisis-policy';
import { asLanguage, textIn } from '../../../scales/localized-text';
import { LevelTag } from '../LevelTag';
import type { FieldPath } from './field-kit';

/** A warning level to pick, the most urgent first, each with what it means in the policy. */
export function LevelField({
  prefix,
  name,
  label,
  extra,
  policy,
}: {
  prefix: FieldPath;
  name: string;
  label: string;
  extra?: string;
  policy: CrisisPolicy;
}) {
  const { t, i18n } = useTranslation();
  const language = asLanguage(i18n.language);
  const levels = [...policy.levels].sort((first, second) => second.rank - first.rank);
  return (
    <Form.Item
      name={[...prefix, name]}
      label={label}
      extra={extra}
      rules={[{ required: true, message: t('crisis.form.choose') }]}
      data-testid="level-field"
    >
      <Radio.Group className="level-choice">
        {levels.map((level) => (
          <Radio key={level.id} value={level.id} className="level-choice__option">
            <LevelTag level={level} />
            <span className="level-choice__description">{textIn(level.description, language)}</span>
          </Radio>
        ))}
      </Radio.Group>
    </Form.Item>
  );
}
