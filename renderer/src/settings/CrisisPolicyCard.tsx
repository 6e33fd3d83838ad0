import { Alert, App, Button, Card, Popconfirm, Space, Spin, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CrisisPolicy, WarningLevel } from '../../../shared/schemas/crisis-policy';
import { api } from '../api/api';
import type { ClientError } from '../api/client-result';
import { CardTitle } from '../app/CardTitle';
import { LevelTag } from '../crisis/cases/LevelTag';
import { errorText } from '../i18n/error-text';
import { asLanguage, textIn } from '../scales/localized-text';
import { FollowUpText } from './FollowUpText';
import { byRank, withoutLevel } from './policy-edit';
import { PolicyErrorAlert } from './PolicyErrorAlert';
import { WarningLevelDialog } from './WarningLevelDialog';
import './crisis-settings.css';

const savePolicy = (policy: CrisisPolicy) => api.call('crisisPolicy.save', policy);

/**
 * 预警等级与随访: the school's warning levels, what each triggers and how often a case at that
 * level is followed up. The backend refuses an edit a recorded case would not survive.
 */
export function CrisisPolicyCard() {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const language = asLanguage(i18n.language);
  const [policy, setPolicy] = useState<CrisisPolicy | null>(null);
  const [loadError, setLoadError] = useState<ClientError | null>(null);
  const [changeError, setChangeError] = useState<ClientError | null>(null);
  // undefined: no dialog; null: the dialog adds a level.
  const [editing, setEditing] = useState<WarningLevel | null | undefined>(undefined);

  const load = useCallback(() => {
    void api.call('crisisPolicy.get', {}).then((result) => {
      if (result.ok) setPolicy(result.value);
      else setLoadError(result.error);
    });
  }, []);
  useEffect(load, [load]);

  const saved = (next: CrisisPolicy) => {
    setPolicy(next);
    setEditing(undefined);
    setChangeError(null);
    void message.success(t('crisisPolicy.saved'));
  };

  const remove = async (current: CrisisPolicy, level: WarningLevel) => {
    setChangeError(null);
    const result = await savePolicy(withoutLevel(current, level.id));
    if (result.ok) saved(result.value);
    else setChangeError(result.error);
  };

  return (
    <Card
      title={<CardTitle>{t('crisisPolicy.title')}</CardTitle>}
      extra={
        <Button onClick={() => setEditing(null)} disabled={!policy || policy.levels.length >= 10}>
          {t('crisisPolicy.add')}
        </Button>
      }
      className="settings-card"
      data-testid="crisis-policy-card"
    >
      <Typography.Paragraph type="secondary">{t('crisisPolicy.intro')}</Typography.Paragraph>
      {loadError && <Alert className="form-alert" type="error" showIcon title={errorText(t, loadError)} />}
      {changeError && policy && <PolicyErrorAlert error={changeError} policy={policy} />}
      {!policy ? (
        !loadError && <Spin />
      ) : (
        <ul className="policy-levels">
          {byRank(policy.levels).map((level) => {
            const label = textIn(level.label, language);
            return (
              <li key={level.id} className="policy-level" aria-label={label}>
                <div className="policy-level__head">
                  <LevelTag level={level} />
                  <Typography.Text type="secondary">
                    {t('crisisPolicy.rankValue', { rank: level.rank })}
                  </Typography.Text>
                  <Space size={0} className="policy-level__actions">
                    <Button type="link" size="small" onClick={() => setEditing(level)}>
                      {t('catalog.edit')}
                    </Button>
                    <Popconfirm
                      title={t('crisisPolicy.removeConfirm', { level: label })}
                      description={t('crisisPolicy.removeHelp')}
                      okText={t('crisisPolicy.remove')}
                      cancelText={t('catalog.cancel')}
                      okButtonProps={{ danger: true }}
                      disabled={policy.levels.length === 1}
                      onConfirm={() => remove(policy, level)}
                    >
                      <Button type="link" size="small" danger disabled={policy.levels.length === 1}>
                        {t('crisisPolicy.remove')}
                      </Button>
                    </Popconfirm>
                  </Space>
                </div>
                <p className="policy-level__description">{textIn(level.description, language)}</p>
                <p className="policy-level__follow-up">
                  <FollowUpText schedule={level.followUp} />
                </p>
                {level.checklist.length > 0 && (
                  <ul className="policy-level__checklist" aria-label={t('crisisPolicy.fields.checklist')}>
                    {level.checklist.map((item) => (
                      <li key={item.id}>{textIn(item.label, language)}</li>
                    ))}
                  </ul>
                )}
              </li>
            );
          })}
        </ul>
      )}
      {editing !== undefined && policy && (
        <WarningLevelDialog
          level={editing}
          policy={policy}
          save={savePolicy}
          onClose={() => setEditing(undefined)}
          onSaved={saved}
        />
      )}
    </Card>
  );
}
