import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { safetyPlanLimits } from '../../../../shared/schemas/safety-plans';

/** One step's lines (or one half of the distraction step), added and removed in place. */
export function PlanListField({ name, label }: { name: string | [string, string]; label: string }) {
  const { t } = useTranslation();
  return (
    <Form.List name={name}>
      {(rows, { add, remove }) => (
        <div className="plan-rows">
          {rows.map((row, index) => {
            const rowLabel = t('crisisForms.plan.row', { list: label, number: index + 1 });
            return (
              <div key={row.key} className="plan-row">
                <span className="plan-row__number" aria-hidden="true">
                  {index + 1}.
                </span>
                <Form.Item name={row.name} className="plan-row__field">
                  <Input.TextArea
                    autoSize={{ minRows: 1, maxRows: 4 }}
                    maxLength={safetyPlanLimits.entry}
                    aria-label={rowLabel}
                  />
                </Form.Item>
                <Button
                  icon={<DeleteOutlined aria-hidden="true" />}
                  aria-label={t('crisisForms.plan.removeRow', { row: rowLabel })}
                  title={t('crisisForms.plan.removeRow', { row: rowLabel })}
                  onClick={() => remove(row.name)}
                />
              </div>
            );
          })}
          {rows.length < safetyPlanLimits.entries && (
            <Button type="dashed" icon={<PlusOutlined aria-hidden="true" />} onClick={() => add('')}>
              {t('crisisForms.plan.addRow', { list: label })}
            </Button>
          )}
        </div>
      )}
    </Form.List>
  );
}
