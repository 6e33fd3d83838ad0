import { FileTextOutlined } from '@ant-design/icons';
import { Alert, App, Button, Checkbox, Drawer, Form, Input, Radio, Spin } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ContactMethod, crisisTextLimits, type GuardianResponse } from '../../../../shared/schemas/crisis';
import type { CaseView } from '../../../../shared/schemas/crisis-records';
import type { Student } from '../../../../shared/schemas/students';
import { api } from '../../api/api';
import { useApiSubmit } from '../../api/use-api-submit';
import { errorText } from '../../i18n/error-text';
import { localIsoDate } from '../../scales/local-date';
import { classNameText } from '../../students/student-labels';
import type { RecordEvent } from '../cases/use-case-view';
import { HotlineList } from '../hotlines/HotlineList';
import { useHotlines } from '../hotlines/use-hotlines';
import { adviceKinds, blankLetter, letterResponses, type LetterValues } from './parent-notice';
import { ParentNoticePrint } from './ParentNoticePrint';
import { PrintPreview } from './PrintPreview';
import { useSettings } from './use-settings';

interface ResponseValues {
  occurredOn: string;
  method: ContactMethod;
  response: GuardianResponse;
  responseNote: string;
}

/**
 * 家长告知书: the counselor writes the letter (what the school saw, objectively; its advice; whom
 * to call), prints it for the guardian to sign, then records the guardian's answer as the case's
 * guardians-notified event. A refusal to sign is one of the answers, recorded like the others.
 * The letter's wording is not stored: the signed paper is the school's record of it.
 */
export function ParentNoticeDrawer({
  open,
  caseView,
  record,
  onClose,
}: {
  open: boolean;
  caseView: CaseView;
  /** The case page's own recording, which keeps its count of events and reloads on a conflict. */
  record: RecordEvent;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const settings = useSettings();
  const { lines } = useHotlines();
  const [letterForm] = Form.useForm<LetterValues>();
  const [responseForm] = Form.useForm<ResponseValues>();
  const [student, setStudent] = useState<Student | null>(null);
  const [printed, setPrinted] = useState<LetterValues | null>(null);
  const [previewing, setPreviewing] = useState(false);
  const { busy, error, submit } = useApiSubmit();
  const studentId = caseView.student.id;
  const today = localIsoDate(new Date());

  useEffect(() => {
    if (!open) return;
    void api.call('students.get', { id: studentId }).then((result) => {
      if (result.ok) setStudent(result.value);
    });
  }, [open, studentId]);

  const preview = async () => {
    const valid = await letterForm.validateFields().catch(() => null);
    if (!valid) return;
    // Every value, also of fields not shown (the other advice while 'other' is unticked).
    setPrinted(letterForm.getFieldsValue(true) as LetterValues);
    setPreviewing(true);
  };

  const recordResponse = async () => {
    const letter = await letterForm.validateFields(['guardianName', 'relation']).catch(() => null);
    const answer = await responseForm.validateFields().catch(() => null);
    if (!letter || !answer) return;
    await submit(
      () =>
        record({
          type: 'guardians-notified',
          occurredOn: answer.occurredOn,
          occurredTime: null,
          guardianName: letter.guardianName.trim(),
          relation: letter.relation.trim(),
          method: answer.method,
          response: answer.response,
          responseNote: (answer.responseNote ?? '').trim(),
        }),
      () => {
        void message.success(t('crisisForms.notice.recorded'));
        // The forms' values outlive the drawer: the next notification starts afresh.
        letterForm.resetFields();
        responseForm.resetFields();
        setPrinted(null);
        onClose();
      },
    );
  };

  // A line the school has not given a number yet helps no parent on paper.
  const printedLines = (lines ?? []).filter((line) => line.active && line.number !== '');
  const ready = student !== null && settings !== null;

  return (
    <Drawer
      open={open}
      onClose={onClose}
      size="min(860px, 96vw)"
      destroyOnHidden
      title={t('crisisForms.notice.title', { name: caseView.student.name })}
      closable={{ 'aria-label': t('crisisForms.notice.close') }}
      data-testid="parent-notice-drawer"
    >
      {!ready ? (
        <Spin />
      ) : (
        <>
          <Alert type="info" showIcon className="form-alert" title={t('crisisForms.notice.storedHow')} />
          <h2 className="form-drawer__heading">{t('crisisForms.notice.letterHeading')}</h2>
          <Form
            form={letterForm}
            layout="vertical"
            initialValues={blankLetter(student.guardians, settings.counselorName)}
            requiredMark={false}
          >
            <div className="form-pair">
              <Form.Item
                name="guardianName"
                label={t('crisisForms.notice.guardianName')}
                rules={[{ required: true, whitespace: true, message: t('crisisForms.required') }]}
              >
                <Input maxLength={crisisTextLimits.name} autoComplete="off" />
              </Form.Item>
              <Form.Item name="relation" label={t('crisisForms.notice.relation')}>
                <Input maxLength={crisisTextLimits.relation} autoComplete="off" />
              </Form.Item>
            </div>
            <Form.Item
              name="observed"
              label={t('crisisForms.notice.observed')}
              extra={t('crisisForms.notice.observedHint')}
              rules={[{ required: true, whitespace: true, message: t('crisisForms.required') }]}
            >
              <Input.TextArea autoSize={{ minRows: 3, maxRows: 10 }} maxLength={crisisTextLimits.text} />
            </Form.Item>
            <Form.Item
              name="advice"
              label={t('crisisForms.notice.adviceLabel')}
              rules={[{ required: true, type: 'array', min: 1, message: t('crisisForms.notice.adviceNeeded') }]}
            >
              <Checkbox.Group
                className="form-checks"
                options={adviceKinds.map((kind) => ({
                  value: kind,
                  label: t(`crisisForms.notice.adviceChoices.${kind}`),
                }))}
              />
            </Form.Item>
            <Form.Item noStyle dependencies={['advice']}>
              {({ getFieldValue }) =>
                (getFieldValue('advice') as string[] | undefined)?.includes('other') && (
                  <Form.Item
                    name="adviceOther"
                    label={t('crisisForms.notice.adviceOther')}
                    rules={[{ required: true, whitespace: true, message: t('crisisForms.required') }]}
                  >
                    <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} maxLength={crisisTextLimits.note} />
                  </Form.Item>
                )
              }
            </Form.Item>
            <div className="form-pair">
              <Form.Item
                name="contactName"
                label={t('crisisForms.notice.contactName')}
                rules={[{ required: true, whitespace: true, message: t('crisisForms.required') }]}
              >
                <Input maxLength={crisisTextLimits.name} autoComplete="off" />
              </Form.Item>
              <Form.Item name="contactPhone" label={t('crisisForms.notice.contactPhone')}>
                <Input maxLength={30} inputMode="tel" autoComplete="off" />
              </Form.Item>
            </div>
          </Form>
          <h3 className="form-drawer__subheading">{t('crisisForms.notice.hotlines')}</h3>
          <HotlineList />
          <div className="form-drawer__row">
            <Button type="primary" icon={<FileTextOutlined aria-hidden="true" />} onClick={() => void preview()}>
              {t('crisisForms.notice.preview')}
            </Button>
          </div>

          <h2 className="form-drawer__heading">{t('crisisForms.notice.responseHeading')}</h2>
          <Form
            form={responseForm}
            layout="vertical"
            initialValues={{ occurredOn: today, method: 'letter', responseNote: '' }}
            requiredMark={false}
          >
            <Form.Item
              name="occurredOn"
              label={t('crisisForms.notice.day')}
              rules={[{ required: true, message: t('crisisForms.required') }]}
            >
              <Input type="date" max={today} className="form-date" />
            </Form.Item>
            <Form.Item name="method" label={t('crisisForms.notice.method')}>
              <Radio.Group
                optionType="button"
                options={ContactMethod.options.map((method) => ({
                  value: method,
                  label: t(`crisis.contactMethods.${method}`),
                }))}
              />
            </Form.Item>
            <Form.Item
              name="response"
              label={t('crisisForms.notice.response')}
              extra={t('crisisForms.notice.refusalHint')}
              rules={[{ required: true, message: t('crisisForms.choose') }]}
            >
              <Radio.Group
                className="form-checks"
                options={letterResponses.map((response) => ({
                  value: response,
                  label: t(`crisis.guardianResponses.${response}`),
                }))}
              />
            </Form.Item>
            <Form.Item name="responseNote" label={t('crisisForms.notice.responseNote')}>
              <Input.TextArea autoSize={{ minRows: 1, maxRows: 5 }} maxLength={crisisTextLimits.note} />
            </Form.Item>
          </Form>
          {error && <Alert type="error" showIcon className="form-alert" title={errorText(t, error)} />}
          <div className="form-drawer__row">
            <Button type="primary" loading={busy} onClick={() => void recordResponse()}>
              {t('crisisForms.notice.record')}
            </Button>
          </div>
          {printed && (
            <PrintPreview
              open={previewing}
              title={t('crisisForms.notice.print.title')}
              fileName={`${t('crisisForms.notice.fileName')}-${today}`}
              onClose={() => setPreviewing(false)}
            >
              <ParentNoticePrint
                letter={printed}
                studentName={student.name}
                className={classNameText(t, student.grade, student.classNumber)}
                schoolName={settings.schoolName}
                hotlines={printedLines}
                day={today}
              />
            </PrintPreview>
          )}
        </>
      )}
    </Drawer>
  );
}
