import { Alert, Button, Form, Modal, Spin, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type CaseSource, OpeningStage } from '../../../../shared/schemas/crisis';
import type { CrisisPolicy } from '../../../../shared/schemas/crisis-policy';
import { type CaseSourceKind, caseSourceKinds, type CaseSummary } from '../../../../shared/schemas/crisis-records';
import { api } from '../../api/api';
import type { ClientError } from '../../api/client-result';
import { errorText } from '../../i18n/error-text';
import { useStudentNames } from '../../scales/use-student-names';
import { today } from './day-count';
import { ChoiceField, OccurredFields } from './fields/field-kit';
import { LevelField } from './fields/LevelField';
import { type OpeningValues, openingInput, openingValues, suggestedStage } from './opening-values';
import { SourceFields } from './SourceFields';
import './crisis-cases.css';

/**
 * Opens a crisis case for a student: how it came (prefilled by where it was started from), the
 * level the counselor judges, the stage it opens in. A student has one open case at a time, so
 * an open one is offered instead of the form.
 */
export function OpenCaseDialog({
  studentId,
  source,
  onOpened,
  onClose,
}: {
  studentId: string;
  source: CaseSource | null;
  onOpened: (caseId: string) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<OpeningValues>();
  const [initialValues] = useState(() => openingValues(source, today()));
  const [policy, setPolicy] = useState<CrisisPolicy | null>(null);
  const [openCase, setOpenCase] = useState<CaseSummary | null | undefined>(undefined);
  const [loadError, setLoadError] = useState<ClientError | null>(null);
  const [error, setError] = useState<ClientError | 'invalid' | null>(null);
  const [busy, setBusy] = useState(false);
  const name = useStudentNames([studentId]).get(studentId);
  const kind = Form.useWatch('sourceKind', form) as CaseSourceKind | undefined;

  useEffect(() => {
    void Promise.all([api.call('crisisPolicy.get', {}), api.call('crisis.list', { status: 'open', studentId })]).then(
      ([policyResult, casesResult]) => {
        if (!policyResult.ok) return setLoadError(policyResult.error);
        if (!casesResult.ok) return setLoadError(casesResult.error);
        setPolicy(policyResult.value);
        setOpenCase(casesResult.value[0] ?? null);
      },
    );
  }, [studentId]);

  const submit = async () => {
    try {
      await form.validateFields();
    } catch {
      return;
    }
    const input = openingInput(studentId, form.getFieldsValue(true));
    if (!input) return setError('invalid');
    setBusy(true);
    setError(null);
    const result = await api.call('crisis.open', input);
    setBusy(false);
    if (result.ok) onOpened(result.value.caseId);
    else setError(result.error);
  };

  // The student's open case, known before the form or only when opening was refused.
  const existing =
    openCase?.caseId ?? (error !== 'invalid' && error?.code === 'CASE_ALREADY_OPEN' ? error.conflictId : undefined);
  const ready = policy !== null && openCase === null;

  return (
    <Modal
      open
      width={760}
      title={name ? t('crisis.open.titleFor', { name }) : t('crisis.open.title')}
      okText={t('crisis.open.submit')}
      cancelText={t('crisis.form.cancel')}
      okButtonProps={{ size: 'large', loading: busy, disabled: !ready }}
      cancelButtonProps={{ size: 'large' }}
      onOk={() => void submit()}
      onCancel={onClose}
      maskClosable={false}
      className="event-dialog"
    >
      {loadError ? (
        <Alert type="error" showIcon title={errorText(t, loadError)} />
      ) : existing ? (
        <Alert
          type="warning"
          showIcon
          data-testid="case-already-open"
          title={t('crisis.open.alreadyOpen')}
          action={
            <Button type="primary" onClick={() => onOpened(existing)}>
              {t('crisis.open.showExisting')}
            </Button>
          }
        />
      ) : !ready ? (
        <Spin />
      ) : (
        <Form
          form={form}
          layout="vertical"
          size="large"
          initialValues={initialValues}
          className="event-form"
          onValuesChange={(changed: Partial<OpeningValues>) => {
            // The stage follows the source until the counselor picks one.
            if (changed.sourceKind && !form.isFieldTouched('stage')) {
              form.setFieldValue('stage', suggestedStage(changed.sourceKind));
            }
          }}
        >
          <ChoiceField
            prefix={[]}
            name="sourceKind"
            label={t('crisis.open.source')}
            options={caseSourceKinds.map((value) => ({ value, label: t(`crisis.sources.${value}`) }))}
            testId="source-kind"
          />
          {kind && <SourceFields kind={kind} studentId={studentId} />}
          <LevelField
            prefix={[]}
            name="level"
            label={t('crisis.open.level')}
            extra={t('crisis.open.levelHelp')}
            policy={policy}
          />
          <ChoiceField
            prefix={[]}
            name="stage"
            label={t('crisis.open.stage')}
            options={OpeningStage.options.map((value) => ({ value, label: t(`crisis.stages.${value}`) }))}
          />
          <OccurredFields prefix={[]} dayLabel={t('crisis.open.foundOn')} />
          <Typography.Paragraph type="secondary">{t('crisis.open.noDiagnosis')}</Typography.Paragraph>
        </Form>
      )}
      {error && error !== 'invalid' && error.code !== 'CASE_ALREADY_OPEN' && (
        <Alert type="error" showIcon role="alert" title={errorText(t, error)} />
      )}
      {error === 'invalid' && <Alert type="error" showIcon role="alert" title={t('crisis.form.invalid')} />}
    </Modal>
  );
}
