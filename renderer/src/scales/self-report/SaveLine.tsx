import { CheckOutlined, LoadingOutlined, WarningOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import type { TFunction } from 'i18next';
import type { SaveState } from './answer-queue';

/**
 * A quiet line under the answers: saved, saving, or not saved yet. A failed save keeps the
 * answer on screen and in the queue; the line says so, kindly, and offers to try again.
 */
export function SaveLine({ t, state, onRetry }: { t: TFunction; state: SaveState; onRetry: () => void }) {
  return (
    <div
      className={state.kind === 'failed' ? 'self-report__save self-report__save--failed' : 'self-report__save'}
      role="status"
      data-testid="self-report-save"
    >
      {state.kind === 'saving' && (
        <>
          <LoadingOutlined aria-hidden="true" /> {t('selfReport.save.saving')}
        </>
      )}
      {state.kind === 'saved' && (
        <>
          <CheckOutlined aria-hidden="true" /> {t('selfReport.save.saved')}
        </>
      )}
      {state.kind === 'failed' && (
        <>
          <WarningOutlined aria-hidden="true" /> {t('selfReport.save.failed')}{' '}
          <Button size="small" onClick={onRetry}>
            {t('selfReport.save.retry')}
          </Button>
        </>
      )}
    </div>
  );
}
