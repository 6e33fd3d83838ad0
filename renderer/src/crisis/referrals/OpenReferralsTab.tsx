import { Alert, Button, Table, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OpenReferral } from '../../../../shared/schemas/crisis-records';
import { api } from '../../api/api';
import type { ClientError } from '../../api/client-result';
import { errorText } from '../../i18n/error-text';
import { longDate } from '../../sessions/note-time';
import { classNameText } from '../../students/student-labels';
import { LevelTag } from '../cases/LevelTag';
import '../forms/crisis-forms.css';

/**
 * 待回执: referrals of open cases whose outcome has not come back, the longest open first, so
 * the counselor knows which family or hospital to ask.
 */
export function OpenReferralsTab({ onOpenCase }: { onOpenCase: (caseId: string) => void }) {
  const { t, i18n } = useTranslation();
  const [referrals, setReferrals] = useState<OpenReferral[] | null>(null);
  const [error, setError] = useState<ClientError | null>(null);

  useEffect(() => {
    void api.call('crisis.openReferrals', {}).then((result) => {
      if (result.ok) setReferrals(result.value);
      else setError(result.error);
    });
  }, []);

  if (error) return <Alert type="error" showIcon title={errorText(t, error)} />;
  return (
    <div className="open-referrals" data-testid="open-referrals">
      <Typography.Paragraph type="secondary">{t('crisisForms.openReferrals.intro')}</Typography.Paragraph>
      <Table<OpenReferral>
        rowKey="eventId"
        loading={referrals === null}
        dataSource={referrals ?? []}
        pagination={false}
        // While loading, no "nothing open" sentence: it would be read before the list arrives.
        locale={{ emptyText: referrals === null ? ' ' : t('crisisForms.openReferrals.empty') }}
        columns={[
          {
            key: 'daysOpen',
            title: t('crisisForms.openReferrals.daysOpen'),
            align: 'right',
            render: (_value, referral) => <strong>{referral.daysOpen}</strong>,
          },
          {
            key: 'student',
            title: t('crisisForms.openReferrals.student'),
            render: (_value, referral) => (
              <>
                <strong>{referral.student.name}</strong>
                <br />
                <Typography.Text type="secondary">
                  {classNameText(t, referral.student.grade, referral.student.classNumber)}
                </Typography.Text>
              </>
            ),
          },
          {
            key: 'level',
            title: t('crisisForms.openReferrals.level'),
            render: (_value, referral) => <LevelTag level={referral.level} />,
          },
          {
            key: 'institution',
            title: t('crisisForms.openReferrals.institution'),
            render: (_value, referral) =>
              [referral.institution, referral.department].filter((part) => part !== '').join(' · '),
          },
          {
            key: 'channel',
            title: t('crisisForms.openReferrals.channel'),
            render: (_value, referral) => (
              <Tag color={referral.channel === 'green' ? 'green' : 'default'}>
                {t(`crisis.channels.${referral.channel}`)}
              </Tag>
            ),
          },
          {
            key: 'referredOn',
            title: t('crisisForms.openReferrals.referredOn'),
            render: (_value, referral) => (
              <span className="form-nowrap">{longDate(referral.referredOn, i18n.language)}</span>
            ),
          },
          {
            key: 'case',
            title: <span className="visually-hidden">{t('crisisForms.openReferrals.case')}</span>,
            render: (_value, referral) => (
              <Button
                type="link"
                className="form-link"
                aria-label={t('crisisForms.openReferrals.openCaseOf', { name: referral.student.name })}
                onClick={() => onOpenCase(referral.caseId)}
              >
                {t('crisisForms.openReferrals.openCase')}
              </Button>
            ),
          },
        ]}
      />
    </div>
  );
}
