import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { hotlineTextLimits } from '../../../../shared/schemas/hotlines';
import { PlanContact, safetyPlanLimits } from '../../../../shared/schemas/safety-plans';

/**
 * People (or professionals, with a note such as the hours) with a number to call, one row
 * each. A row with a number or a note needs the name too; a blank row is simply left out.
 */
export function PlanContactsField({ name, label, withNote }: { name: string; label: string; withNote: boolean }) {
  const { t } = useTranslation();
  return (
    <Form.List name={name}>
      {(rows, { add, remove }) => (
        <div className="plan-rows">
          {rows.map((row, index) => {
            const rowLabel = t('crisisForms.plan.row', { list: label, number: index + 1 });
            return (
              <div key={row.key} className={withNote ? 'plan-contact plan-contact--note' : 'plan-contact'}>
                <Form.Item
                  name={[row.name, 'name']}
                  label={t('crisisForms.plan.contactName')}
                  dependencies={[
                    [name, row.name, 'phone'],
                    [name, row.name, 'note'],
                  ]}
                  rules={[
                    ({ getFieldValue }) => ({
                      validator: (_rule, value: string | undefined) => {
                        const other = getFieldValue([name, row.name]) as { phone?: string; note?: string } | undefined;
                        const started = Boolean(other?.phone?.trim() || other?.note?.trim());
                        return started && !value?.trim()
                          ? Promise.reject(new Error(t('crisisForms.plan.nameNeeded')))
                          : Promise.resolve();
                      },
                    }),
                  ]}
                >
                  <Input
                    maxLength={safetyPlanLimits.name}
                    autoComplete="off"
                    aria-label={t('crisisForms.plan.contactNameOf', { row: rowLabel })}
                  />
                </Form.Item>
                <Form.Item
                  name={[row.name, 'phone']}
                  label={t('crisisForms.plan.contactPhone')}
                  rules={[
                    {
                      validator: (_rule, value: string | undefined) =>
                        PlanContact.shape.phone.safeParse((value ?? '').trim()).success
                          ? Promise.resolve()
                          : Promise.reject(new Error(t('crisisForms.plan.phoneFormat'))),
                    },
                  ]}
                >
                  <Input
                    maxLength={hotlineTextLimits.number}
                    inputMode="tel"
                    autoComplete="off"
                    aria-label={t('crisisForms.plan.contactPhoneOf', { row: rowLabel })}
                  />
                </Form.Item>
                {withNote && (
                  <Form.Item name={[row.name, 'note']} label={t('crisisForms.plan.contactNote')}>
                    <Input
                      maxLength={safetyPlanLimits.entry}
                      autoComplete="off"
                      aria-label={t('crisisForms.plan.contactNoteOf', { row: rowLabel })}
                    />
                  </Form.Item>
                )}
                <Button
                  className="plan-contact__remove"
                  icon={<DeleteOutlined aria-hidden="true" />}
                  aria-label={t('crisisForms.plan.removeRow', { row: rowLabel })}
                  title={t('crisisForms.plan.removeRow', { row: rowLabel })}
                  onClick={() => remove(row.name)}
                />
              </div>
            );
          })}
          {rows.length < safetyPlanLimits.entries && (
            <Button
              type="dashed"
              icon={<PlusOutlined aria-hidden="true" />}
              onClick={() => add(withNote ? { name: '', phone: '', note: '' } : { name: '', phone: '' })}
            >
              {t('crisisForms.plan.addRow', { list: label })}
            </Button>
          )}
        </div>
      )}
    </Form.List>
  );
}
