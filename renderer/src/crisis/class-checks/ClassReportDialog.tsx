import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Col, DatePicker, Form, Input, InputNumber, Modal, Row, Spin } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type ClassCheckReport,
  classCheckLimits,
  type Period,
  type RosterClass,
} from '../../../../shared/schemas/class-checks';
import { type StudentSummary, studentTextLimits } from '../../../../shared/schemas/students';
import { api } from '../../api/api';
import type { ClientError } from '../../api/client-result';
import { useApiSubmit } from '../../api/use-api-submit';
import { errorText } from '../../i18n/error-text';
import { localIsoDate } from '../../scales/local-date';
import { classNameText } from '../../students/student-labels';
import { monthText, periodStart } from './class-check-month';
import { blankWatchRow, initialReportValues, type ReportValues, reportInput } from './class-report-form';
import { classRoster } from './class-roster';
import { WatchedStudentFields } from './WatchedStudentFields';

const dateFormat = 'YYYY-MM-DD';

/**
 * A class teacher's report for a month, as the counselor copies it from the teacher: who is on
 * watch and why. Reporting a class again (`previous`) records the next version.
 */
export function ClassReportDialog({
  target,
  period,
  previous,
  onClose,
  onSaved,
}: {
  target: RosterClass;
  period: Period;
  previous: ClassCheckReport | null;
  onClose: () => void;
  onSaved: (report: ClassCheckReport) => void;
}) {
  const { t, i18n } = useTranslation();
  const [form] = Form.useForm<ReportValues>();
  const { busy, error, submit } = useApiSubmit();
  const [roster, setRoster] = useState<{ students: StudentSummary[]; size: number } | null>(null);
  const [rosterError, setRosterError] = useState<ClientError | null>(null);
  const today = localIsoDate(new Date());

  useEffect(() => {
    void classRoster(target.grade, target.classNumber).then((result) => {
      if (result.ok) setRoster(result.value);
      else setRosterError(result.error);
    });
  }, [target.grade, target.classNumber]);

  const finish = async () => {
    const values = form.getFieldsValue(true) as ReportValues;
    await submit(() => api.call('classChecks.record', reportInput(values, { period, ...target })), onSaved);
  };

  const className = classNameText(t, target.grade, target.classNumber);
  return (
    <Modal
      open
      width={760}
      title={t(previous ? 'classChecks.form.againTitle' : 'classChecks.form.title', {
        className,
        month: monthText(period, i18n.language),
      })}
      okText={t('classChecks.form.save')}
      cancelText={t('classChecks.form.cancel')}
      okButtonProps={{ disabled: !roster }}
      confirmLoading={busy}
      onOk={() => form.submit()}
      onCancel={onClose}
    >
      {rosterError && <Alert type="error" showIcon title={errorText(t, rosterError)} />}
      {!roster ? (
        !rosterError && <Spin />
      ) : (
        <Form<ReportValues>
          name="class-report"
          form={form}
          layout="vertical"
          requiredMark={false}
          initialValues={initialReportValues(
            previous,
            { classTeacher: target.classTeacher, classSize: roster.size },
            today,
          )}
          onFinish={() => void finish()}
          disabled={busy}
        >
          <Row gutter={16}>
            <Col xs={24} md={10}>
              <Form.Item name="classTeacher" label={t('classChecks.fields.classTeacher')}>
                <Input maxLength={studentTextLimits.classTeacher} autoComplete="off" />
              </Form.Item>
            </Col>
            <Col xs={12} md={6}>
              <Form.Item
                name="classSize"
                label={t('classChecks.fields.classSize')}
                rules={[
                  {
                    required: true,
                    type: 'integer',
                    min: 0,
                    max: classCheckLimits.classSize,
                    message: t('classChecks.form.classSizeRange', { max: classCheckLimits.classSize }),
                  },
                  {
                    validator: (_rule, value: number | null) =>
                      value !== null && value < (form.getFieldValue('students') ?? []).length
                        ? Promise.reject(new Error(t('classChecks.form.classSizeTooSmall')))
                        : Promise.resolve(),
                  },
                ]}
              >
                <InputNumber min={0} max={classCheckLimits.classSize} precision={0} />
              </Form.Item>
            </Col>
            <Col xs={12} md={8}>
              <Form.Item
                name="reportedOn"
                label={t('classChecks.fields.reportedOn')}
                rules={[{ required: true, message: t('classChecks.form.required') }]}
                getValueProps={(value: string | null | undefined) => ({ value: value ? dayjs(value) : null })}
                normalize={(value: Dayjs | null) => (value ? value.format(dateFormat) : null)}
              >
                <DatePicker
                  format={dateFormat}
                  allowClear={false}
                  disabledDate={(day) => day.isBefore(dayjs(periodStart(period)), 'day') || day.isAfter(dayjs(), 'day')}
                />
              </Form.Item>
            </Col>
          </Row>
          <Form.List
            name="students"
            rules={[
              {
                validator: (_rule, rows: unknown[] | undefined) =>
                  rows && rows.length > 0
                    ? Promise.resolve()
                    : Promise.reject(new Error(t('classChecks.form.studentsRequired'))),
              },
            ]}
          >
            {(rows, { add, remove }, { errors }) => (
              <>
                {rows.map((row, index) => (
                  <WatchedStudentFields
                    key={row.key}
                    row={row}
                    number={index + 1}
                    students={roster.students}
                    onRemove={() => remove(row.name)}
                  />
                ))}
                <Form.ErrorList errors={errors} />
                <Button
                  icon={<PlusOutlined aria-hidden="true" />}
                  disabled={rows.length >= Math.min(classCheckLimits.students, roster.students.length)}
                  onClick={() => add({ ...blankWatchRow })}
                >
                  {t('classChecks.form.addStudent')}
                </Button>
              </>
            )}
          </Form.List>
        </Form>
      )}
      {error && <Alert className="form-alert" type="error" showIcon title={errorText(t, error)} />}
    </Modal>
  );
}
