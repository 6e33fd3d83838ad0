import { Alert, Button, Card, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ClientError } from '../api/client-result';
import { errorText } from '../i18n/error-text';
import { CenteredLayout } from './CenteredLayout';

/** Shown when the backend cannot be reached or refuses this window, instead of a blank page. */
export function ConnectionProblemScreen({ error, onRetry }: { error: ClientError; onRetry: () => void }) {
  const { t } = useTranslation();
  return (
    <CenteredLayout>
      <Card>
        <Typography.Title level={2} className="screen-title">
          {t('connection.title')}
        </Typography.Title>
        <Alert type="error" showIcon title={errorText(t, error)} />
        <Typography.Paragraph className="screen-paragraph alert-then-text">
          {t('connection.advice')}
        </Typography.Paragraph>
        <Button type="primary" onClick={onRetry}>
          {t('connection.retry')}
        </Button>
      </Card>
    </CenteredLayout>
  );
}
