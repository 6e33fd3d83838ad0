import { Form, Input, Radio } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** Where a form keeps an event's fields: at its root, or under `replacement` in a correction. */
export type FieldPath = (string | number)[];

interface FieldProps {
  prefix: FieldPath;
  name: string | FieldPath;
  label: ReactNode;
  required?: boolean;
  extra?: ReactNode;
}

function path(prefix: FieldPath, name: string | FieldPath): FieldPath {
  return [...prefix, ...(Array.isArray(name) ? name : [name])];
}

/** One line of text, trimmed by the schema when sent. */
export function LineField({ prefix, name, label, required, extra, max }: FieldProps & { max: number }) {
  const { t } = useTranslation();
  return (
    <Form.Item
      name={path(prefix, name)}
      label={label}
      extra={extra}
      rules={required ? [{ required: true, whitespace: true, message: t('crisis.form.required') }] : []}
    >
      <Input maxLength={max} autoComplete="off" />
    </Form.Item>
  );
}

export function BlockField({
  prefix,
  name,
  label,
  required,
  extra,
  max,
  placeholder,
}: FieldProps & { max: number; placeholder?: string }) {
  const { t } = useTranslation();
  return (
    <Form.Item
      name={path(prefix, name)}
      label={label}
      extra={extra}
      rules={required ? [{ required: true, whitespace: true, message: t('crisis.form.required') }] : []}
    >
      <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} maxLength={max} placeholder={placeholder} />
    </Form.Item>
  );
}

/** A choice among a few: large buttons, easy to hit on a bad day. */
export function ChoiceField<T extends string | boolean>({
  prefix,
  name,
  label,
  required = true,
  extra,
  options,
  testId,
  inline = false,
}: FieldProps & {
  options: { value: T; label: ReactNode; disabled?: boolean }[];
  testId?: string;
  /** The question and its answers on one line: for a list of short questions. */
  inline?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <Form.Item
      name={path(prefix, name)}
      label={label}
      extra={extra}
      {...(inline ? { layout: 'horizontal', colon: false, labelAlign: 'left', className: 'choice-field--inline' } : {})}
      rules={required ? [{ required: true, message: t('crisis.form.choose') }] : []}
      data-testid={testId}
    >
      <Radio.Group optionType="button" buttonStyle="solid" className="choice-field" options={options} />
    </Form.Item>
  );
}

/** A day as the native date input holds it; '' when an optional day is left empty. */
export function DayField({ prefix, name, label, required, extra }: FieldProps) {
  const { t } = useTranslation();
  return (
    <Form.Item
      name={path(prefix, name)}
      label={label}
      extra={extra}
      rules={required ? [{ required: true, message: t('crisis.form.required') }] : []}
    >
      <Input type="date" className="day-input" />
    </Form.Item>
  );
}

/** When it happened: the day, and the time when it matters. */
export function OccurredFields({ prefix, dayLabel }: { prefix: FieldPath; dayLabel?: string }) {
  const { t } = useTranslation();
  return (
    <div className="occurred-fields">
      <DayField prefix={prefix} name="occurredOn" label={dayLabel ?? t('crisis.form.occurredOn')} required />
      <Form.Item name={path(prefix, 'occurredTime')} label={t('crisis.form.occurredTime')}>
        <Input type="time" className="day-input" />
      </Form.Item>
    </div>
  );
}
