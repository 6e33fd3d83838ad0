import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Form, Input, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { maxGuardians, PhoneNumber, studentTextLimits } from '../../../shared/schemas/students';
import type { GuardianRow } from './student-form-values';

/** The guardians of a file, one row each (name, relation, phone), added and removed in place. */
export function GuardiansField() {
  const { t } = useTranslation();
  return (
    <Form.List name="guardians">
      {(rows, { add, remove }) => (
        <div className="guardians">
          {rows.length === 0 && (
            <Typography.Paragraph type="secondary">{t('students.file.noGuardians')}</Typography.Paragraph>
          )}
          {rows.map((row, index) => (
            <fieldset key={row.key} className="guardian-row" data-testid="guardian-row">
              <legend className="visually-hidden">{t('students.file.guardianNumber', { number: index + 1 })}</legend>
              <Form.Item
                name={[row.name, 'name']}
                label={t('students.fields.guardianName')}
                dependencies={[
                  ['guardians', row.name, 'relation'],
                  ['guardians', row.name, 'phone'],
                ]}
                rules={[
                  ({ getFieldValue }) => ({
                    validator: (_rule, name: string | undefined) => {
                      const guardian = getFieldValue(['guardians', row.name]) as GuardianRow | undefined;
                      const needsNameOrPhone =
                        !name?.trim() && !guardian?.phone?.trim() && Boolean(guardian?.relation?.trim());
                      return needsNameOrPhone
                        ? Promise.reject(new Error(t('students.file.validation.guardianNeedsNameOrPhone')))
                        : Promise.resolve();
                    },
                  }),
                ]}
              >
                <Input maxLength={studentTextLimits.guardianName} autoComplete="off" />
              </Form.Item>
              <Form.Item name={[row.name, 'relation']} label={t('students.fields.guardianRelation')}>
                <Input
                  maxLength={studentTextLimits.guardianRelation}
                  placeholder={t('students.file.relationPlaceholder')}
                  autoComplete="off"
                />
              </Form.Item>
              <Form.Item
                name={[row.name, 'phone']}
                label={t('students.fields.guardianPhone')}
                rules={[
                  {
                    validator: (_rule, phone: string | undefined) =>
                      PhoneNumber.safeParse(phone ?? '').success
                        ? Promise.resolve()
                        : Promise.reject(new Error(t('students.file.validation.phoneFormat'))),
                  },
                ]}
              >
                <Input maxLength={studentTextLimits.guardianPhone} inputMode="tel" autoComplete="off" />
              </Form.Item>
              <Button
                className="guardian-row__remove"
                icon={<DeleteOutlined aria-hidden="true" />}
                aria-label={t('students.file.removeGuardian', { number: index + 1 })}
                title={t('students.file.removeGuardian', { number: index + 1 })}
                onClick={() => remove(row.name)}
              />
            </fieldset>
          ))}
          {rows.length < maxGuardians && (
            <Button
              icon={<PlusOutlined aria-hidden="true" />}
              onClick={() => add({ name: '', relation: '', phone: '' })}
            >
              {t('students.file.addGuardian')}
            </Button>
          )}
        </div>
      )}
    </Form.List>
  );
}
