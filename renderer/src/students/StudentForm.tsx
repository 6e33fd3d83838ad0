import { Alert, App, Button, Card, Checkbox, Col, DatePicker, Form, Input, InputNumber, Row, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  ClassNumber,
  EnrolmentYear,
  familyStructures,
  gradeCodes,
  type Student,
  StudentNumber,
  studentTextLimits,
} from '../../../shared/schemas/students';
import { api } from '../api/api';
import type { ClientError } from '../api/client-result';
import { CardTitle } from '../app/CardTitle';
import { errorText } from '../i18n/error-text';
import { catalogLabel } from '../sessions/catalog-labels';
import { DuplicateNumberAlert } from './DuplicateNumberAlert';
import { GuardiansField } from './GuardiansField';
import { dropEdits, keepEdits, keptEdits, keptEditsKey } from './kept-student-edits';
import { formValuesOf, studentFieldsOf, type StudentFormValues } from './student-form-values';
import { gradeListHeight, numberBounds } from './student-labels';
import { useStudentFlags } from './use-student-flags';

const dateFormat = 'YYYY-MM-DD';

interface SaveError {
  error: ClientError;
  studentNumber: string;
}

/** Every field of a case file; creates the file when there is none yet, else saves the changes. */
export function StudentForm({
  student,
  onSaved,
  onOpenStudent,
}: {
  student: Student | null;
  onSaved: (student: Student) => void;
  onOpenStudent: (id: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const { message, modal } = App.useApp();
  // Those in use, and any retired one the file already has: it stays, and is shown.
  const flags = useStudentFlags();
  const [form] = Form.useForm<StudentFormValues>();
  const [busy, setBusy] = useState(false);
  const [saveError, setSaveError] = useState<SaveError | null>(null);
  // Edits left unsaved are never dropped silently: they come back when the file opens again.
  const editsKey = keptEditsKey(student?.id ?? null);
  const [restoredEdits] = useState(() => keptEdits(editsKey));
  const [showKeptNotice, setShowKeptNotice] = useState(restoredEdits !== undefined);

  const dropKept = () => {
    modal.confirm({
      title: t('students.file.dropKeptEditsTitle'),
      content: t('students.file.dropKeptEditsText'),
      okText: t('students.file.dropKeptEditsConfirm'),
      okButtonProps: { danger: true },
      cancelText: t('students.file.dropKeptEditsCancel'),
      onOk: () => {
        dropEdits(editsKey);
        form.resetFields();
        form.setFieldsValue(formValuesOf(student));
        setShowKeptNotice(false);
      },
    });
  };

  const save = async (values: StudentFormValues) => {
    setBusy(true);
    setSaveError(null);
    const fields = studentFieldsOf(values);
    const result = student
      ? await api.call('students.update', { id: student.id, ...fields })
      : await api.call('students.create', fields);
    setBusy(false);
    if (!result.ok) return setSaveError({ error: result.error, studentNumber: fields.studentNumber });
    dropEdits(editsKey);
    setShowKeptNotice(false);
    form.setFieldsValue(formValuesOf(result.value));
    onSaved(result.value);
    void message.success(t(student ? 'students.file.saved' : 'students.file.created'));
  };

  const conflictId = saveError?.error.code === 'DUPLICATE_STUDENT_NUMBER' ? saveError.error.conflictId : undefined;

  return (
    <Form<StudentFormValues>
      name="student"
      form={form}
      layout="vertical"
      requiredMark
      initialValues={restoredEdits ?? formValuesOf(student)}
      onValuesChange={(_changed, values) => keepEdits(editsKey, values)}
      onFinish={(values) => void save(values)}
      disabled={busy}
      className="student-form"
    >
      {showKeptNotice && (
        <Alert
          className="form-alert"
          type="warning"
          showIcon
          data-testid="kept-edits"
          title={t('students.file.keptEdits')}
          action={<Button onClick={dropKept}>{t('students.file.dropKeptEdits')}</Button>}
        />
      )}
      <Card title={<CardTitle>{t('students.file.basics')}</CardTitle>} className="settings-card">
        <Row gutter={24}>
          <Col xs={24} md={12}>
            <Form.Item
              name="name"
              label={t('students.fields.name')}
              rules={[{ required: true, whitespace: true, message: t('students.file.validation.nameRequired') }]}
            >
              <Input maxLength={studentTextLimits.name} autoComplete="off" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              name="studentNumber"
              label={t('students.fields.studentNumber')}
              rules={[
                { required: true, whitespace: true, message: t('students.file.validation.numberRequired') },
                {
                  validator: (_rule, value: string | undefined) =>
                    !value?.trim() || StudentNumber.safeParse(value).success
                      ? Promise.resolve()
                      : Promise.reject(new Error(t('students.file.validation.numberFormat'))),
                },
              ]}
            >
              <Input maxLength={studentTextLimits.studentNumber} autoComplete="off" spellCheck={false} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="gender" label={t('students.fields.gender')}>
              <Select
                allowClear
                placeholder={t('students.file.choose')}
                options={(['female', 'male'] as const).map((gender) => ({
                  value: gender,
                  label: t(`students.genders.${gender}`),
                }))}
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              name="dateOfBirth"
              label={t('students.fields.dateOfBirth')}
              getValueProps={(value: string | null | undefined) => ({ value: value ? dayjs(value) : null })}
              normalize={(value: Dayjs | null) => (value ? value.format(dateFormat) : null)}
            >
              <DatePicker
                format={dateFormat}
                placeholder={t('students.file.datePlaceholder')}
                disabledDate={(day) => day.isAfter(dayjs(), 'day')}
                className="full-width"
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              name="grade"
              label={t('students.fields.grade')}
              rules={[{ required: true, message: t('students.file.validation.gradeRequired') }]}
            >
              <Select
                placeholder={t('students.file.choose')}
                listHeight={gradeListHeight}
                virtual={false}
                options={gradeCodes.map((grade) => ({ value: grade, label: t(`students.grades.${grade}`) }))}
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="classNumber" label={t('students.fields.classNumber')}>
              <InputNumber
                {...numberBounds(ClassNumber)}
                precision={0}
                placeholder={t('students.file.classNumberPlaceholder')}
                className="full-width"
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="enrolmentYear" label={t('students.fields.enrolmentYear')}>
              <InputNumber
                {...numberBounds(EnrolmentYear)}
                precision={0}
                placeholder={t('students.file.enrolmentYearPlaceholder')}
                className="full-width"
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="classTeacher" label={t('students.fields.classTeacher')}>
              <Input maxLength={studentTextLimits.classTeacher} autoComplete="off" />
            </Form.Item>
          </Col>
        </Row>
      </Card>
      <Card title={<CardTitle>{t('students.file.family')}</CardTitle>} className="settings-card">
        <Row gutter={24}>
          <Col xs={24} md={12}>
            <Form.Item name="familyStructure" label={t('students.fields.familyStructure')}>
              <Select
                allowClear
                placeholder={t('students.file.choose')}
                options={familyStructures.map((structure) => ({
                  value: structure,
                  label: t(`students.familyStructures.${structure}`),
                }))}
              />
            </Form.Item>
          </Col>
        </Row>
        <GuardiansField />
      </Card>
      <Card title={<CardTitle>{t('students.file.circumstances')}</CardTitle>} className="settings-card">
        <Form.Item name="flags" label={t('students.fields.flags')} extra={t('students.file.flagsHelp')}>
          <Checkbox.Group
            className="flag-choices"
            options={(flags ?? [])
              .filter((flag) => flag.active || student?.flags.includes(flag.code))
              .map((flag) => ({
                value: flag.code,
                label: flag.active
                  ? catalogLabel(flag, i18n.language)
                  : t('students.file.flagRetired', { label: catalogLabel(flag, i18n.language) }),
              }))}
          />
        </Form.Item>
        <Form.Item name="remarks" label={t('students.fields.remarks')}>
          <Input.TextArea rows={4} maxLength={studentTextLimits.remarks} showCount />
        </Form.Item>
      </Card>
      <div className="form-actions">
        {saveError &&
          (conflictId ? (
            <DuplicateNumberAlert
              key={conflictId}
              studentNumber={saveError.studentNumber}
              conflictId={conflictId}
              onOpen={onOpenStudent}
            />
          ) : (
            <Alert className="form-alert" type="error" showIcon title={errorText(t, saveError.error)} />
          ))}
        <Button type="primary" htmlType="submit" loading={busy}>
          {student ? t('students.file.save') : t('students.file.create')}
        </Button>
      </div>
    </Form>
  );
}
