import { Alert, Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Note, noteTextLimits } from '../../../shared/schemas/sessions';
import { api } from '../api/api';
import type { ClientError } from '../api/client-result';
import { errorText } from '../i18n/error-text';

/** An amendment becomes the next version only with a reason, kept in the history beside it. */
export function AmendDialog({
  noteId,
  revision,
  onClose,
  onAmended,
}: {
  noteId: string;
  revision: number;
  onClose: () => void;
  onAmended: (note: Note) => void;
}) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ClientError | null>(null);
  const [tried, setTried] = useState(false);

  const submit = async () => {
    setTried(true);
    if (reason.trim() === '') return;
    setBusy(true);
    const result = await api.call('sessions.amend', { noteId, revision, reason: reason.trim() });
    setBusy(false);
    if (!result.ok) return setError(result.error);
    onAmended(result.value);
  };

  const empty = tried && reason.trim() === '';
  return (
    <Modal
      open
      title={t('notes.amend.dialogTitle')}
      okText={t('notes.amend.confirm')}
      cancelText={t('notes.amend.cancel')}
      confirmLoading={busy}
      onOk={() => void submit()}
      onCancel={onClose}
    >
      <p>{t('notes.amend.dialogText')}</p>
      <Form layout="vertical">
        <Form.Item
          label={t('notes.amend.reason')}
          htmlFor="amend-reason"
          required
          validateStatus={empty ? 'error' : undefined}
          help={empty ? t('notes.amend.reasonRequired') : undefined}
        >
          <Input.TextArea
            id="amend-reason"
            rows={3}
            maxLength={noteTextLimits.reason}
            value={reason}
            onChange={(event) => setReason(event.target.value)}
          />
        </Form.Item>
      </Form>
      {error && <Alert type="error" showIcon title={errorText(t, error)} />}
    </Modal>
  );
}
