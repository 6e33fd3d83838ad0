import { CheckCircleFilled, PrinterOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Form, Input, Steps, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { recoveryGroupsToConfirm } from '../../../shared/domain/recovery-code';
import { CenteredLayout } from '../app/CenteredLayout';
import type { RecoveryNotice } from '../app/use-vault-session';
import { RecoveryCodeGroups } from './RecoveryCodeGroups';
import { groupMatches } from './recovery-groups';
import { RecoveryPrintSheet } from './RecoveryPrintSheet';

/**
 * The one time the recovery code is shown. The counselor writes or prints it, then proves it was
 * written down by retyping two groups with the code hidden.
 */
export function RecoveryCodeScreen({ notice, onDone }: { notice: RecoveryNotice; onDone: () => void }) {
  const { t } = useTranslation();
  const [step, setStep] = useState<'show' | 'confirm'>('show');
  const [groupsToConfirm] = useState(() => recoveryGroupsToConfirm(Math.random()));
  const [typed, setTyped] = useState<[string, string]>(['', '']);
  const matches = groupsToConfirm.map((group, slot) => groupMatches(notice.code, group, typed[slot]!));
  const [first, second] = groupsToConfirm.map((group) => group + 1);

  return (
    <CenteredLayout wide>
      <Card>
        <Typography.Title level={2} className="screen-title">
          {t('recovery.title')}
        </Typography.Title>
        <Steps
          className="recovery-steps"
          size="small"
          current={step === 'show' ? 0 : 1}
          items={[{ title: t('recovery.stepShow') }, { title: t('recovery.stepConfirm') }]}
        />
        {step === 'show' ? (
          <>
            <RecoveryPrintSheet code={notice.code} schoolName={notice.schoolName} />
            <Alert type="warning" showIcon title={t('recovery.onceTitle')} description={t('recovery.onceText')} />
            <RecoveryCodeGroups code={notice.code} />
            <Flex gap={12} justify="space-between" wrap>
              <Button icon={<PrinterOutlined aria-hidden="true" />} onClick={() => window.print()}>
                {t('recovery.print')}
              </Button>
              <Button type="primary" onClick={() => setStep('confirm')}>
                {t('recovery.written')}
              </Button>
            </Flex>
          </>
        ) : (
          <>
            <Typography.Paragraph className="screen-paragraph">
              {t('recovery.confirmIntro', { first, second })}
            </Typography.Paragraph>
            <Form name="recovery-confirm" layout="vertical" requiredMark={false} onFinish={onDone}>
              <Flex gap={24} wrap>
                {groupsToConfirm.map((group, slot) => (
                  <Form.Item
                    key={group}
                    label={t('recovery.groupNumber', { number: group + 1 })}
                    htmlFor={`recovery-group-${slot}`}
                    help={matches[slot] ? t('recovery.groupMatches') : undefined}
                    validateStatus={matches[slot] ? 'success' : undefined}
                  >
                    <Input
                      id={`recovery-group-${slot}`}
                      className="recovery-group-input"
                      value={typed[slot]}
                      maxLength={4}
                      autoComplete="off"
                      spellCheck={false}
                      onChange={(event) =>
                        setTyped((current) =>
                          slot === 0 ? [event.target.value, current[1]] : [current[0], event.target.value],
                        )
                      }
                      // Always a suffix: antd remounts the input when one appears, losing focus.
                      suffix={
                        matches[slot] ? <CheckCircleFilled className="match-icon" aria-hidden="true" /> : <span />
                      }
                    />
                  </Form.Item>
                ))}
              </Flex>
              <Flex gap={12} justify="space-between" wrap className="recovery-confirm-actions">
                <Button onClick={() => setStep('show')}>{t('recovery.back')}</Button>
                <Button type="primary" htmlType="submit" disabled={!matches.every(Boolean)}>
                  {t('recovery.continue')}
                </Button>
              </Flex>
            </Form>
          </>
        )}
      </Card>
    </CenteredLayout>
  );
}
