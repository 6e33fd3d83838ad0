import { FileTextOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import { Button, Card, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseView } from '../../../../shared/schemas/crisis-records';
import { CardTitle } from '../../app/CardTitle';
import type { RecordEvent } from '../cases/use-case-view';
import { ReferralFormButton } from '../referrals/ReferralFormButton';
import { notNoted, planEvent } from '../safety-plan/note-on-case';
import { SafetyPlanDrawer } from '../safety-plan/SafetyPlanDrawer';
import { ParentNoticeDrawer } from './ParentNoticeDrawer';
import './crisis-forms.css';

type Drawer = 'plan' | 'notice' | null;

const allows = (view: CaseView, kind: string) =>
  view.moves.some((option) => option.move.kind === kind && option.allowed);

/**
 * 表单与打印 on the case page: the case's safety plan (made here, or its latest version opened
 * to revise and print), the parent notification letter and the referral form.
 */
export function CaseFormsCard({ view, record }: { view: CaseView; record: RecordEvent }) {
  const { t } = useTranslation();
  const [drawer, setDrawer] = useState<Drawer>(null);
  const planId = view.status.safetyPlanIds.at(-1) ?? null;
  const canNote = allows(view, 'safety-plan');

  const noteSave = async (plan: Parameters<typeof planEvent>[0]) => {
    if (!canNote) return notNoted;
    const result = await record(planEvent(plan, view.status.safetyPlanIds));
    return result.ok ? { noted: true, error: null } : { noted: false, error: result.error };
  };

  return (
    <Card
      className="settings-card"
      title={<CardTitle>{t('crisisForms.casePage.title')}</CardTitle>}
      data-testid="case-forms"
    >
      <Typography.Paragraph type="secondary">{t('crisisForms.casePage.intro')}</Typography.Paragraph>
      <div className="form-drawer__row">
        {(planId || canNote) && (
          <Button icon={<SafetyCertificateOutlined aria-hidden="true" />} onClick={() => setDrawer('plan')}>
            {t(planId ? 'crisisForms.casePage.openPlan' : 'crisisForms.casePage.makePlan')}
          </Button>
        )}
        {allows(view, 'guardians-notified') && (
          <Button icon={<FileTextOutlined aria-hidden="true" />} onClick={() => setDrawer('notice')}>
            {t('crisisForms.casePage.parentNotice')}
          </Button>
        )}
        <ReferralFormButton view={view} />
      </div>
      <SafetyPlanDrawer
        open={drawer === 'plan'}
        student={view.student}
        caseId={view.caseId}
        planId={planId}
        onClose={() => setDrawer(null)}
        onSaved={noteSave}
      />
      <ParentNoticeDrawer open={drawer === 'notice'} caseView={view} record={record} onClose={() => setDrawer(null)} />
    </Card>
  );
}
