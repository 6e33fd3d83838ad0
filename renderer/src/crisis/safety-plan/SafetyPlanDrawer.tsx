import { CreditCardOutlined, FileTextOutlined } from '@ant-design/icons';
import { Alert, App, Button, Drawer, Spin, Typography } from 'antd';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SafetyPlan } from '../../../../shared/schemas/safety-plans';
import { api } from '../../api/api';
import type { ClientError } from '../../api/client-result';
import { errorText } from '../../i18n/error-text';
import { localIsoDate } from '../../scales/local-date';
import { PrintPreview } from '../forms/PrintPreview';
import type { CaseNote } from './note-on-case';
import { formFromSections, type PlanFormValues, sectionsFromForm } from './plan-form';
import { type PlanEditorHandle, SafetyPlanEditor } from './SafetyPlanEditor';
import { SafetyPlanPrint } from './SafetyPlanPrint';
import { WalletCard } from './WalletCard';

type Printout = 'plan' | 'card' | null;

/**
 * Makes a new safety plan (planId null: the sections start with the school's hotlines) or the
 * next version of one, then prints it as a page and as a wallet card. Whoever opened it notes
 * each save on the case's timeline (`onSaved`), and the drawer says whether that happened.
 */
export function SafetyPlanDrawer({
  open,
  student,
  caseId,
  planId,
  onClose,
  onSaved,
}: {
  open: boolean;
  student: { id: string; name: string };
  caseId: string | null;
  planId: string | null;
  onClose: () => void;
  onSaved: (plan: SafetyPlan) => Promise<CaseNote>;
}) {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const editor = useRef<PlanEditorHandle>(null);
  const [plan, setPlan] = useState<SafetyPlan | null>(null);
  const [initial, setInitial] = useState<PlanFormValues | null>(null);
  const [error, setError] = useState<ClientError | null>(null);
  const [busy, setBusy] = useState(false);
  const [edited, setEdited] = useState(false);
  const [printout, setPrintout] = useState<Printout>(null);

  const show = useCallback((loaded: SafetyPlan) => {
    setPlan(loaded);
    setInitial(formFromSections(loaded.sections));
    setEdited(false);
  }, []);

  useEffect(() => {
    if (!open) return;
    let current = true;
    const load = async () => {
      if (planId) {
        const result = await api.call('safetyPlans.get', { planId });
        if (!current) return;
        if (result.ok) show(result.value);
        else setError(result.error);
        return;
      }
      const result = await api.call('safetyPlans.new', { studentId: student.id });
      if (!current) return;
      if (result.ok) setInitial(formFromSections(result.value));
      else setError(result.error);
    };
    void load();
    return () => {
      current = false;
    };
  }, [open, planId, student.id, show]);

  const loadLatest = async () => {
    if (!plan) return;
    const result = await api.call('safetyPlans.get', { planId: plan.id });
    if (!result.ok) return setError(result.error);
    setError(null);
    show(result.value);
  };

  const save = async () => {
    const values = (await editor.current?.validate()) ?? null;
    if (!values) return;
    setBusy(true);
    setError(null);
    const result = await api.call('safetyPlans.save', {
      studentId: student.id,
      caseId: plan ? plan.caseId : caseId,
      planId: plan?.id ?? null,
      expectedVersion: plan?.version ?? 0,
      sections: sectionsFromForm(values),
    });
    if (!result.ok) {
      setBusy(false);
      return setError(result.error);
    }
    const saved = result.value;
    show(saved);
    const note = await onSaved(saved);
    setBusy(false);
    if (note.error) setError(note.error);
    void message.success(
      t(note.noted ? 'crisisForms.plan.savedAndNoted' : 'crisisForms.plan.saved', { version: saved.version }),
    );
  };

  // The drawer stays mounted between openings: each opening starts from what is stored.
  const close = () => {
    const leave = () => {
      setPlan(null);
      setInitial(null);
      setError(null);
      setEdited(false);
      onClose();
    };
    if (!edited) return leave();
    modal.confirm({
      title: t('crisisForms.plan.leaveTitle'),
      content: t('crisisForms.plan.leaveText'),
      okText: t('crisisForms.plan.leaveConfirm'),
      cancelText: t('crisisForms.plan.leaveCancel'),
      okButtonProps: { danger: true },
      // Keeping the student's words is the safe default: Enter must not throw them away.
      autoFocusButton: 'cancel',
      onOk: leave,
    });
  };

  const fileName = (kind: 'fileName' | 'cardFileName') =>
    `${t(`crisisForms.plan.${kind}`)}-${localIsoDate(new Date())}`;
  const canPrint = plan !== null && !edited;

  return (
    <Drawer
      open={open}
      onClose={close}
      size="min(980px, 96vw)"
      destroyOnHidden
      title={t(plan ? 'crisisForms.plan.editTitle' : 'crisisForms.plan.newTitle', { name: student.name })}
      closable={{ 'aria-label': t('crisisForms.plan.close') }}
      data-testid="safety-plan-drawer"
      footer={
        <div className="form-drawer__footer">
          <Typography.Text type="secondary">
            {plan
              ? t(edited ? 'crisisForms.plan.unsaved' : 'crisisForms.plan.version', { version: plan.version })
              : t('crisisForms.plan.notYetSaved')}
          </Typography.Text>
          <div className="form-drawer__buttons">
            <Button
              icon={<FileTextOutlined aria-hidden="true" />}
              disabled={!canPrint}
              onClick={() => setPrintout('plan')}
            >
              {t('crisisForms.plan.printPlan')}
            </Button>
            <Button
              icon={<CreditCardOutlined aria-hidden="true" />}
              disabled={!canPrint}
              onClick={() => setPrintout('card')}
            >
              {t('crisisForms.plan.printCard')}
            </Button>
            <Button type="primary" loading={busy} disabled={!initial} onClick={() => void save()}>
              {t('crisisForms.plan.save')}
            </Button>
          </div>
        </div>
      }
    >
      <Typography.Paragraph className="plan-intro">{t('crisisForms.plan.intro')}</Typography.Paragraph>
      {error && (
        <Alert
          type="error"
          showIcon
          className="form-alert"
          title={errorText(t, error)}
          action={
            error.code === 'SAFETY_PLAN_CONFLICT' ? (
              <Button size="small" onClick={() => void loadLatest()}>
                {t('crisisForms.plan.loadLatest')}
              </Button>
            ) : undefined
          }
        />
      )}
      {initial ? (
        // A new version starts the editor afresh from what was saved.
        <SafetyPlanEditor
          key={plan ? `${plan.id}-${plan.version}` : 'new'}
          handle={editor}
          initial={initial}
          onChange={() => setEdited(true)}
        />
      ) : (
        !error && <Spin />
      )}
      {plan && (
        <>
          <PrintPreview
            open={printout === 'plan'}
            title={t('crisisForms.plan.print.title')}
            fileName={fileName('fileName')}
            onClose={() => setPrintout(null)}
          >
            <SafetyPlanPrint plan={plan} studentName={student.name} />
          </PrintPreview>
          <PrintPreview
            open={printout === 'card'}
            title={t('crisisForms.card.sheetTitle')}
            fileName={fileName('cardFileName')}
            onClose={() => setPrintout(null)}
          >
            <WalletCard sections={plan.sections} />
          </PrintPreview>
        </>
      )}
    </Drawer>
  );
}
