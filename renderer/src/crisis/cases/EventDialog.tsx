import { Alert, Form, Modal } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseView } from '../../../../shared/schemas/crisis-records';
import type { ClientError } from '../../api/client-result';
import { asLanguage } from '../../scales/localized-text';
import { today } from './day-count';
import { blankValues, bodyFromValues, type EventValues } from './event-values';
import { CorrectionFields } from './fields/CorrectionFields';
import { OccurredFields } from './fields/field-kit';
import { FactFields } from './fields/FactFields';
import type { MoveChoice } from './move-choices';
import { moveLabel } from './move-label';
import { caseErrorText } from './refusal-text';
import type { RecordEvent } from './use-case-view';

/** What a move fixes before the form opens: the level or stage it goes to, the plan's action. */
function fixedValues(move: MoveChoice['option']['move']): EventValues {
  switch (move.kind) {
    case 'level-change':
    case 'stage-change':
      return { to: move.to };
    case 'safety-plan':
      return { action: move.action };
    default:
      return {};
  }
}

/**
 * The focused form of one move. It stays open with what was typed when the move is refused or
 * another change came first (the case is reloaded underneath), so nothing has to be typed again.
 */
export function EventDialog({
  choice,
  view,
  record,
  onRecorded,
  onClose,
}: {
  choice: MoveChoice;
  view: CaseView;
  record: RecordEvent;
  onRecorded: (what: string) => void;
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation();
  const [form] = Form.useForm<EventValues>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ClientError | 'invalid' | null>(null);
  const label = moveLabel(t, choice, {
    policy: view.policy,
    level: view.status.level.id,
    stage: view.status.stage,
    language: asLanguage(i18n.language),
  });
  const [initialValues] = useState(() =>
    blankValues(choice.form, {
      today: today(),
      counselorName: view.opening.recordedBy.displayName,
      fixed: fixedValues(choice.option.move),
    }),
  );

  const submit = async () => {
    try {
      await form.validateFields();
    } catch {
      return;
    }
    const values = form.getFieldsValue(true);
    const corrected = view.events.find((event) => event.id === values.corrects)?.body.type;
    const body = bodyFromValues(choice.form, values, corrected === 'correction' ? undefined : corrected);
    if (!body) return setError('invalid');
    setBusy(true);
    setError(null);
    const result = await record(body);
    setBusy(false);
    if (result.ok) onRecorded(t(`crisis.events.${body.type}`));
    else setError(result.error);
  };

  return (
    <Modal
      open
      width={720}
      title={label}
      okText={t('crisis.form.record')}
      cancelText={t('crisis.form.cancel')}
      okButtonProps={{ size: 'large', loading: busy }}
      cancelButtonProps={{ size: 'large' }}
      onOk={() => void submit()}
      onCancel={onClose}
      maskClosable={false}
      className="event-dialog"
    >
      <Form form={form} layout="vertical" size="large" initialValues={initialValues} className="event-form">
        {choice.form === 'correction' ? (
          <CorrectionFields view={view} />
        ) : (
          <>
            <OccurredFields prefix={[]} />
            <FactFields type={choice.form} prefix={[]} view={view} correcting={false} signOff={choice.signOff} />
          </>
        )}
      </Form>
      {error && (
        <Alert
          type="error"
          showIcon
          role="alert"
          data-testid="event-error"
          title={error === 'invalid' ? t('crisis.form.invalid') : caseErrorText(t, error)}
        />
      )}
    </Modal>
  );
}
