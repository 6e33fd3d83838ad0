import { Alert, Drawer, Spin } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ScaleResult } from '../../../shared/schemas/scales';
import { api } from '../api/api';
import type { ClientError } from '../api/client-result';
import { errorText } from '../i18n/error-text';
import { longDate } from '../sessions/note-time';
import { asLanguage, textIn } from './localized-text';
import { ResultView } from './ResultView';

type Loaded = { id: string; result: ScaleResult | null; error: ClientError | null };

/** One result, opened from the file's list or the timeline by its id. */
export function ResultDrawer({ resultId, onClose }: { resultId: string | null; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  useEffect(() => {
    if (!resultId) return;
    void api.call('scales.getResult', { id: resultId }).then((answer) => {
      setLoaded(
        answer.ok
          ? { id: resultId, result: answer.value, error: null }
          : { id: resultId, result: null, error: answer.error },
      );
    });
  }, [resultId]);
  const current = loaded?.id === resultId ? loaded : null;
  const result = current?.result ?? null;
  return (
    <Drawer
      open={resultId !== null}
      onClose={onClose}
      size="min(880px, 92vw)"
      closable={{ 'aria-label': t('scales.result.close') }}
      title={
        result &&
        t('scales.result.title', {
          scale: textIn(result.title, asLanguage(i18n.language)),
          date: longDate(result.administeredOn, i18n.language),
        })
      }
      data-testid="result-drawer"
    >
      {current?.error ? (
        <Alert type="error" showIcon title={errorText(t, current.error)} />
      ) : !result ? (
        <div className="loading-screen">
          <Spin />
          <span>{t('scales.result.loading')}</span>
        </div>
      ) : (
        <ResultView result={result} />
      )}
    </Drawer>
  );
}
