import { Alert, Form, Input, Select, Spin } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StudentWatchEntry } from '../../../../shared/schemas/class-checks';
import { crisisTextLimits, GatekeeperRole } from '../../../../shared/schemas/crisis';
import type { CaseSourceKind } from '../../../../shared/schemas/crisis-records';
import { api } from '../../api/api';
import type { ClientError } from '../../api/client-result';
import { errorText } from '../../i18n/error-text';
import { asLanguage, textIn } from '../../scales/localized-text';
import { useStudentResults } from '../../scales/use-student-results';
import { longDate } from '../../sessions/note-time';
import { BlockField, ChoiceField, DayField, LineField } from './fields/field-kit';

const at = ['source'];

/** The student's scale results, those that raised a critical item first, then the newest. */
function ScaleResultField({ studentId }: { studentId: string }) {
  const { t, i18n } = useTranslation();
  const language = asLanguage(i18n.language);
  const { results, error } = useStudentResults(studentId);
  if (error) return <Alert type="error" showIcon title={errorText(t, error)} />;
  if (!results) return <Spin />;
  const ordered = [...results].sort(
    (first, second) =>
      Number(second.scoring.critical.length > 0) - Number(first.scoring.critical.length > 0) ||
      second.administeredOn.localeCompare(first.administeredOn),
  );
  return (
    <Form.Item
      name={[...at, 'resultId']}
      label={t('crisis.open.scaleResult')}
      rules={[{ required: true, message: t('crisis.form.choose') }]}
    >
      <Select
        size="large"
        notFoundContent={t('crisis.open.noResults')}
        options={ordered.map((result) => ({
          value: result.id,
          label: t(result.scoring.critical.length > 0 ? 'crisis.open.resultCritical' : 'crisis.open.result', {
            scale: textIn(result.title, language),
            date: longDate(result.administeredOn, i18n.language),
          }),
        }))}
      />
    </Form.Item>
  );
}

/** The class teachers' monthly checks (班级心理排查) that listed the student. */
function ClassCheckField({ studentId }: { studentId: string }) {
  const { t } = useTranslation();
  const [entries, setEntries] = useState<StudentWatchEntry[] | null>(null);
  const [error, setError] = useState<ClientError | null>(null);
  useEffect(() => {
    void api.call('classChecks.forStudent', { studentId }).then((result) => {
      if (result.ok) setEntries(result.value);
      else setError(result.error);
    });
  }, [studentId]);
  if (error) return <Alert type="error" showIcon title={errorText(t, error)} />;
  if (!entries) return <Spin />;
  if (entries.length === 0)
    return <Alert type="info" showIcon className="form-alert" title={t('crisis.open.noClassChecks')} />;
  return (
    <Form.Item
      name={[...at, 'reportId']}
      label={t('crisis.open.classCheck')}
      rules={[{ required: true, message: t('crisis.form.choose') }]}
    >
      <Select
        size="large"
        options={entries.map((entry) => ({
          value: entry.reportId,
          label: t('crisis.open.classCheckOption', { period: entry.period, reason: entry.reason }),
        }))}
      />
    </Form.Item>
  );
}

/** What the source of the case needs: which result, who reported what, who the parent is. */
export function SourceFields({ kind, studentId }: { kind: CaseSourceKind; studentId: string }) {
  const { t } = useTranslation();
  switch (kind) {
    case 'scale-result':
      return <ScaleResultField studentId={studentId} />;
    case 'class-check':
      return <ClassCheckField studentId={studentId} />;
    case 'gatekeeper':
      return (
        <>
          <div className="field-pair">
            <LineField
              prefix={at}
              name="reporterName"
              label={t('crisis.open.reporterName')}
              required
              max={crisisTextLimits.name}
            />
            <ChoiceField
              prefix={at}
              name="reporterRole"
              label={t('crisis.open.reporterRole')}
              options={GatekeeperRole.options.map((value) => ({ value, label: t(`crisis.reporterRoles.${value}`) }))}
            />
          </div>
          <div className="occurred-fields">
            <DayField prefix={at} name="reportedOn" label={t('crisis.open.reportedOn')} required />
            <Form.Item name={[...at, 'reportedTime']} label={t('crisis.form.occurredTime')}>
              <Input type="time" className="day-input" />
            </Form.Item>
          </div>
          <BlockField
            prefix={at}
            name="observed"
            label={t('crisis.open.observed')}
            placeholder={t('crisis.fields.objectiveHint')}
            required
            max={crisisTextLimits.text}
          />
        </>
      );
    case 'parent':
      return (
        <div className="field-pair">
          <LineField prefix={at} name="name" label={t('crisis.open.parentName')} required max={crisisTextLimits.name} />
          <LineField
            prefix={at}
            name="relation"
            label={t('crisis.fields.relation')}
            extra={t('crisis.fields.relationExample')}
            max={crisisTextLimits.relation}
          />
        </div>
      );
    case 'classmate':
      return <BlockField prefix={at} name="note" label={t('crisis.open.classmateNote')} max={crisisTextLimits.note} />;
    case 'other':
      return (
        <BlockField prefix={at} name="note" label={t('crisis.open.otherNote')} required max={crisisTextLimits.note} />
      );
    case 'self-referral':
      return null;
  }
}
