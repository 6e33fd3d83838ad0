import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanContact, PlanProfessional, SafetyPlan } from '../../../../shared/schemas/safety-plans';
import { localIsoDate } from '../../scales/local-date';
import { longDate } from '../../sessions/note-time';
import { type PlanStep, planSteps } from './plan-form';

/** Lines to write on by hand where a step is still empty: the plan is finished on paper too. */
function Blank() {
  return (
    <div className="plan-print__blank" aria-hidden="true">
      <span />
      <span />
    </div>
  );
}

function Lines({ entries }: { entries: readonly string[] }) {
  if (entries.length === 0) return <Blank />;
  return (
    <ol className="plan-print__list">
      {entries.map((entry, index) => (
        <li key={index}>{entry}</li>
      ))}
    </ol>
  );
}

function Contacts({ entries }: { entries: readonly (PlanContact & Partial<Pick<PlanProfessional, 'note'>>)[] }) {
  if (entries.length === 0) return <Blank />;
  return (
    <ol className="plan-print__list">
      {entries.map((entry, index) => (
        <li key={index}>
          <strong>{entry.name}</strong>
          {entry.phone && <span className="plan-print__phone">{entry.phone}</span>}
          {entry.note && <span className="plan-print__note">{entry.note}</span>}
        </li>
      ))}
    </ol>
  );
}

/** The one-page plan (A4) the student takes home, in the student's own words. */
export function SafetyPlanPrint({ plan, studentName }: { plan: SafetyPlan; studentName: string }) {
  const { t, i18n } = useTranslation();
  const { sections } = plan;
  const body: Record<PlanStep, ReactNode> = {
    warningSigns: <Lines entries={sections.warningSigns} />,
    copingStrategies: <Lines entries={sections.copingStrategies} />,
    distractions: (
      <div className="plan-print__halves">
        <div>
          <h3>{t('crisisForms.plan.steps.distractions.people')}</h3>
          <Lines entries={sections.distractions.people} />
        </div>
        <div>
          <h3>{t('crisisForms.plan.steps.distractions.places')}</h3>
          <Lines entries={sections.distractions.places} />
        </div>
      </div>
    ),
    peopleToAsk: <Contacts entries={sections.peopleToAsk} />,
    professionals: <Contacts entries={sections.professionals} />,
    environmentSafety: <Lines entries={sections.environmentSafety} />,
    reasonsForLiving: <Lines entries={sections.reasonsForLiving} />,
  };
  return (
    <div className="plan-print" data-testid="safety-plan-print">
      <p className="plan-print__meta">
        <span>{t('crisisForms.plan.print.metaStudent', { name: studentName })}</span>
        <span>
          {t('crisisForms.plan.print.metaDate', {
            date: longDate(localIsoDate(new Date(plan.updatedAt)), i18n.language),
          })}
        </span>
        <span>{t('crisisForms.plan.print.metaVersion', { version: plan.version })}</span>
      </p>
      {planSteps.map((step, index) => (
        <section key={step} className="plan-print__step">
          <h2>
            {t('crisisForms.plan.stepNumber', { number: index + 1 })} {t(`crisisForms.plan.steps.${step}.title`)}
          </h2>
          {body[step]}
        </section>
      ))}
      <p className="plan-print__emergency">{t('crisisForms.plan.print.emergency')}</p>
      <div className="form-signatures">
        <span>{t('crisisForms.plan.print.studentSignature')}</span>
        <span>{t('crisisForms.plan.print.counselorSignature')}</span>
      </div>
    </div>
  );
}
