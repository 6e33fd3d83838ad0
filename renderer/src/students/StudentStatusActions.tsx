import { InboxOutlined, UndoOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Student } from '../../../shared/schemas/students';
import { api } from '../api/api';
import { errorText } from '../i18n/error-text';

/** Archive (after asking) or bring back to the active roster; a file is never deleted. */
export function StudentStatusActions({
  student,
  onChanged,
}: {
  student: Student;
  onChanged: (student: Student) => void;
}) {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const [busy, setBusy] = useState(false);

  const change = async (channel: 'students.archive' | 'students.restore') => {
    setBusy(true);
    const result = await api.call(channel, { id: student.id });
    setBusy(false);
    if (!result.ok) return void message.error(errorText(t, result.error));
    onChanged(result.value);
    void message.success(t(channel === 'students.archive' ? 'students.file.archived' : 'students.file.restored'));
  };

  const askToArchive = () =>
    modal.confirm({
      title: t('students.file.archiveTitle', { name: student.name }),
      content: t('students.file.archiveText'),
      okText: t('students.file.archiveConfirm'),
      cancelText: t('students.file.cancel'),
      icon: <InboxOutlined aria-hidden="true" />,
      onOk: () => change('students.archive'),
    });

  return student.status === 'active' ? (
    <Button icon={<InboxOutlined aria-hidden="true" />} loading={busy} onClick={askToArchive}>
      {t('students.file.archive')}
    </Button>
  ) : (
    <Button icon={<UndoOutlined aria-hidden="true" />} loading={busy} onClick={() => void change('students.restore')}>
      {t('students.file.restore')}
    </Button>
  );
}
