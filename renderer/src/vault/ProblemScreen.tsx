import { WarningOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { VaultProblem, VaultStatus } from '../../../shared/schemas/vault';
import { CenteredLayout } from '../app/CenteredLayout';

/**
 * Why the records cannot open, and what to do. Offers nothing destructive: the files stay as
 * they are until a person who knows what happened puts them right.
 */
export function ProblemScreen({ status, onCheckAgain }: { status: VaultStatus; onCheckAgain: () => void }) {
  const { t } = useTranslation();
  const problem: VaultProblem = status.problem ?? 'vault-damaged';
  return (
    <CenteredLayout wide>
      <Card data-testid={`problem-${problem}`}>
        <Typography.Title level={2} className="screen-title">
          <WarningOutlined aria-hidden="true" /> {t(`problems.${problem}.title`)}
        </Typography.Title>
        <Typography.Paragraph className="screen-paragraph">{t(`problems.${problem}.what`)}</Typography.Paragraph>
        <Alert type="info" showIcon title={t('problems.nothingDeleted')} />
        <Typography.Title level={3} className="section-title">
          {t('problems.dataFolder')}
        </Typography.Title>
        <Typography.Paragraph>
          <Typography.Text code copyable className="data-folder" data-testid="data-folder">
            {status.dataFolder}
          </Typography.Text>
        </Typography.Paragraph>
        <Typography.Title level={3} className="section-title">
          {t('problems.whatToDo')}
        </Typography.Title>
        <ol className="problem-steps">
          <li>{t(`problems.${problem}.step1`)}</li>
          <li>{t(`problems.${problem}.step2`)}</li>
          <li>{t('problems.contactIt')}</li>
        </ol>
        <Button onClick={onCheckAgain}>{t('problems.checkAgain')}</Button>
      </Card>
    </CenteredLayout>
  );
}
