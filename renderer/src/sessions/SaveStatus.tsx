import { CheckOutlined, LoadingOutlined, LockOutlined, WarningOutlined } from '@ant-design/icons';
import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { errorText } from '../i18n/error-text';
import type { DraftSaveState } from './draft-keeper';
import { clockTime } from './note-time';

/** The quiet line that says whether the draft is on disk; read out politely by screen readers. */
export function SaveStatus({ state }: { state: DraftSaveState }) {
  const { t, i18n } = useTranslation();
  const line = (() => {
    switch (state.kind) {
      case 'idle':
        return null;
      case 'saved':
        return (
          <>
            <CheckOutlined aria-hidden="true" />{' '}
            {t('notes.save.saved', { time: clockTime(state.at, i18n.language, true) })}
          </>
        );
      case 'unsaved':
      case 'saving':
        return (
          <>
            <LoadingOutlined aria-hidden="true" /> {t('notes.save.saving')}
          </>
        );
      case 'locked':
        return (
          <>
            <LockOutlined aria-hidden="true" /> {t('notes.save.locked')}
          </>
        );
      case 'conflict':
        return t('notes.save.conflict');
      case 'failed':
        return (
          <>
            <WarningOutlined aria-hidden="true" /> {t('notes.save.failed', { reason: errorText(t, state.error) })}
          </>
        );
    }
  })();
  return (
    <Typography.Text
      type={state.kind === 'failed' ? 'danger' : 'secondary'}
      className="save-status"
      role="status"
      data-testid="save-status"
    >
      {line}
    </Typography.Text>
  );
}
