import { SafetyCertificateOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Empty, Spin } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SafetyPlanSummary } from '../../../../shared/schemas/safety-plans';
import { api } from '../../api/api';
import type { ClientError } from '../../api/client-result';
import { CardTitle } from '../../app/CardTitle';
import { errorText } from '../../i18n/error-text';
import { dateTime } from '../../sessions/note-time';
import { noteOnCase, notNoted } from './note-on-case';
import { SafetyPlanDrawer } from './SafetyPlanDrawer';
import '../forms/crisis-forms.css';

/**
 * The student's safety plans in their file, newest first, each opened to read, revise or
 * print. Plans are made in a crisis case, where the case's timeline records them.
 */
export function StudentSafetyPlansCard({ student }: { student: { id: string; name: string } }) {
  const { t, i18n } = useTranslation();
  const [plans, setPlans] = useState<SafetyPlanSummary[] | null>(null);
  const [error, setError] = useState<ClientError | null>(null);
  const [openPlan, setOpenPlan] = useState<string | null>(null);

  const load = useCallback(() => {
    void api.call('safetyPlans.forStudent', { studentId: student.id }).then((result) => {
      if (result.ok) setPlans(result.value);
      else setError(result.error);
    });
  }, [student.id]);
  useEffect(load, [load]);

  return (
    <Card
      className="settings-card"
      data-testid="student-safety-plans"
      title={<CardTitle>{t('crisisForms.plan.listTitle')}</CardTitle>}
    >
      {error ? (
        <Alert type="error" showIcon title={errorText(t, error)} />
      ) : !plans ? (
        <Spin />
      ) : plans.length === 0 ? (
        <Empty description={t('crisisForms.plan.listEmpty')} />
      ) : (
        <ul className="plan-list">
          {plans.map((plan) => (
            <li key={plan.id} className="plan-list__item">
              <SafetyCertificateOutlined aria-hidden="true" className="plan-list__icon" />
              <div className="plan-list__text">
                <strong>
                  {t('crisisForms.plan.listItem', {
                    made: dateTime(plan.createdAt, i18n.language),
                    version: plan.version,
                  })}
                </strong>
                <span className="plan-list__updated">
                  {t('crisisForms.plan.listItemUpdated', {
                    updated: dateTime(plan.updatedAt, i18n.language),
                    by: plan.updatedBy.displayName,
                  })}
                </span>
              </div>
              <Button
                aria-label={t('crisisForms.plan.openNamed', { made: dateTime(plan.createdAt, i18n.language) })}
                onClick={() => setOpenPlan(plan.id)}
              >
                {t('crisisForms.plan.open')}
              </Button>
            </li>
          ))}
        </ul>
      )}
      <SafetyPlanDrawer
        open={openPlan !== null}
        student={student}
        caseId={null}
        planId={openPlan}
        onClose={() => setOpenPlan(null)}
        onSaved={(plan) => {
          load();
          return plan.caseId ? noteOnCase(plan.caseId, plan) : Promise.resolve(notNoted);
        }}
      />
    </Card>
  );
}
