import { DeleteOutlined } from '@ant-design/icons';
import { Button, Checkbox, Col, Form, Input, Radio, Row, Select } from 'antd';
import type { FormListFieldData } from 'antd';
import { useTranslation } from 'react-i18next';
import { classCheckLimits, watchStatuses } from '../../../../shared/schemas/class-checks';
import type { StudentSummary } from '../../../../shared/schemas/students';

/** One student on watch in a class report: who, new or still or no longer on watch, and why. */
export function WatchedStudentFields({
  row,
  number,
  students,
  onRemove,
}: {
  row: FormListFieldData;
  /** 1 for the first row: the rows' labels count from one. */
  number: number;
  students: StudentSummary[];
  onRemove: () => void;
}) {
  const { t } = useTranslation();
  const form = Form.useFormInstance();
  const required = { required: true, whitespace: true, message: t('classChecks.form.required') };
  return (
    <fieldset className="watch-row" data-testid="watch-row">
      <legend className="watch-row__legend">
        {t('classChecks.form.studentNumber', { number })}
        <Button
          type="text"
          size="small"
          icon={<DeleteOutlined aria-hidden="true" />}
          aria-label={t('classChecks.form.removeStudent', { number })}
          onClick={onRemove}
        />
      </legend>
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item
            name={[row.name, 'studentId']}
            label={t('classChecks.fields.student')}
            rules={[
              { required: true, message: t('classChecks.form.studentRequired') },
              {
                validator: (_rule, value: string | undefined) => {
                  const rows = (form.getFieldValue('students') ?? []) as { studentId?: string }[];
                  const twice = value && rows.filter((other) => other?.studentId === value).length > 1;
                  return twice ? Promise.reject(new Error(t('classChecks.form.studentTwice'))) : Promise.resolve();
                },
              },
            ]}
          >
            <Select
              showSearch={{ optionFilterProp: 'label' }}
              placeholder={t('classChecks.form.pickStudent')}
              options={students.map((student) => ({
                value: student.id,
                label: `${student.name} (${student.studentNumber})`,
              }))}
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name={[row.name, 'watch']} label={t('classChecks.fields.watch')}>
            <Radio.Group
              optionType="button"
              options={watchStatuses.map((status) => ({ value: status, label: t(`classChecks.watch.${status}`) }))}
            />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name={[row.name, 'reason']} label={t('classChecks.fields.reason')} rules={[required]}>
        <Input maxLength={classCheckLimits.reason} autoComplete="off" />
      </Form.Item>
      <Form.Item
        name={[row.name, 'description']}
        label={t('classChecks.fields.description')}
        extra={t('classChecks.form.descriptionHelp')}
      >
        <Input.TextArea maxLength={classCheckLimits.text} autoSize={{ minRows: 2, maxRows: 6 }} />
      </Form.Item>
      <Form.Item name={[row.name, 'action']} label={t('classChecks.fields.action')}>
        <Input.TextArea maxLength={classCheckLimits.text} autoSize={{ minRows: 2, maxRows: 6 }} />
      </Form.Item>
      <div className="watch-row__checks">
        <Form.Item name={[row.name, 'reportedToCounselor']} valuePropName="checked" noStyle>
          <Checkbox>{t('classChecks.fields.reportedToCounselor')}</Checkbox>
        </Form.Item>
        <Form.Item name={[row.name, 'parentsInformed']} valuePropName="checked" noStyle>
          <Checkbox>{t('classChecks.fields.parentsInformed')}</Checkbox>
        </Form.Item>
      </div>
    </fieldset>
  );
}
