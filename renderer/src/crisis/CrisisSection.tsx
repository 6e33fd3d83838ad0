import { Tabs, type TabsProps, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CaseloadTab } from './cases/CaseloadTab';
import { CasePage } from './cases/CasePage';
import { ClassChecksTab } from './class-checks/ClassChecksTab';
import { LedgerTab } from './ledger/LedgerTab';
import { OpenReferralsTab } from './referrals/OpenReferralsTab';
import './cases/crisis-cases.css';

/** 危机个案: the caseload and the other crisis lists, one tab each, or one case. */
export function CrisisSection({
  initialCaseId,
  onOpenStudent,
}: {
  initialCaseId: string | null;
  onOpenStudent: (studentId: string) => void;
}) {
  const { t } = useTranslation();
  const [caseId, setCaseId] = useState<string | null>(initialCaseId);
  const openCase = (id: string) => {
    setCaseId(id);
    window.scrollTo({ top: 0 });
  };

  if (caseId) {
    return <CasePage key={caseId} caseId={caseId} onBack={() => setCaseId(null)} onOpenStudent={onOpenStudent} />;
  }
  const tabs: TabsProps['items'] = [
    { key: 'caseload', label: t('crisis.tabs.caseload'), children: <CaseloadTab onOpenCase={openCase} /> },
    { key: 'class-checks', label: t('classChecks.tab'), children: <ClassChecksTab onOpenCase={openCase} /> },
    {
      key: 'open-referrals',
      label: t('crisisForms.tabs.openReferrals'),
      children: <OpenReferralsTab onOpenCase={openCase} />,
    },
    { key: 'ledger', label: t('crisisForms.tabs.ledger'), children: <LedgerTab onOpenCase={openCase} /> },
  ];
  return (
    <div className="page page--wide">
      <Typography.Title level={1} className="page-title">
        {t('crisis.title')}
      </Typography.Title>
      <Tabs items={tabs} />
    </div>
  );
}
