import { ArrowLeftOutlined } from '@ant-design/icons';
import { Alert, App, Button, Spin } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../i18n/error-text';
import { CaseFormsCard } from '../forms/CaseFormsCard';
import { CaseHeader } from './CaseHeader';
import { CaseTimeline } from './CaseTimeline';
import { ChecklistCard } from './ChecklistCard';
import { EventDialog } from './EventDialog';
import type { MoveChoice } from './move-choices';
import { MovesCard } from './MovesCard';
import { useCaseView } from './use-case-view';
import './crisis-cases.css';

/** One crisis case: where it stands, what the level asks for, what can be done now, what happened. */
export function CasePage({
  caseId,
  onBack,
  onOpenStudent,
}: {
  caseId: string;
  onBack: () => void;
  onOpenStudent: (studentId: string) => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { view, error, record } = useCaseView(caseId);
  const [open, setOpen] = useState<MoveChoice | null>(null);

  const back = (
    <Button type="link" className="back-link" icon={<ArrowLeftOutlined aria-hidden="true" />} onClick={onBack}>
      {t('crisis.case.back')}
    </Button>
  );
  if (error) {
    return (
      <div className="page">
        {back}
        <Alert type="error" showIcon title={errorText(t, error)} />
      </div>
    );
  }
  if (!view) {
    return (
      <div className="page">
        {back}
        <Spin />
      </div>
    );
  }
  return (
    <div className="page case-page" data-testid="case-page">
      {back}
      <CaseHeader view={view} onOpenStudent={onOpenStudent} />
      <ChecklistCard view={view} record={record} />
      <MovesCard view={view} onOpen={setOpen} />
      <CaseFormsCard view={view} record={record} />
      <CaseTimeline view={view} />
      {open && (
        <EventDialog
          key={open.key}
          choice={open}
          view={view}
          record={record}
          onClose={() => setOpen(null)}
          onRecorded={(what) => {
            setOpen(null);
            void message.success(t('crisis.form.recorded', { what }));
          }}
        />
      )}
    </div>
  );
}
