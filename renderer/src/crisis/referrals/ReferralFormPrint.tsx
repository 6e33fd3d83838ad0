import { ScissorOutlined } from '@ant-design/icons';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { EffectiveEvent } from '../../../../shared/domain/crisis/corrections';
import type { CaseView } from '../../../../shared/schemas/crisis-records';
import type { Student } from '../../../../shared/schemas/students';
import { asLanguage } from '../../scales/localized-text';
import { longDate } from '../../sessions/note-time';
import { classNameText } from '../../students/student-labels';
import { levelText } from '../ledger/ledger-cells';
import { actionsBefore, guardianToContact, type ReferralEvent } from './referral-facts';
import { referralNumber } from './referral-number';

/**
 * 转介单 with its return slip (回执): what the receiving hospital needs to know, objectively and
 * with no diagnosis, the places to sign and seal, and a slip the family brings back with the
 * visit day and the advice as they give it.
 */
export function ReferralFormPrint({
  view,
  events,
  referral,
  student,
}: {
  view: CaseView;
  events: readonly EffectiveEvent[];
  referral: ReferralEvent;
  student: Student;
}) {
  const { t, i18n } = useTranslation();
  const language = asLanguage(i18n.language);
  const { body } = referral;
  const number = referralNumber(body.occurredOn, referral.id);
  const guardian = guardianToContact(student.guardians);
  const actions = actionsBefore(events, referral.id, view.policy, language);
  const box = (checked: boolean) => (
    <span className={checked ? 'form-box form-box--checked' : 'form-box'} aria-hidden="true">
      {checked ? '✓' : ''}
    </span>
  );
  const row = (label: string, value: ReactNode, wide = false) => (
    <div className={wide ? 'form-grid__cell form-grid__cell--wide' : 'form-grid__cell'}>
      <span className="form-grid__label">{label}</span>
      <span className="form-grid__value">{value}</span>
    </div>
  );
  return (
    <div className="referral-form" data-testid="referral-form-print">
      <p className="referral-form__number">
        {t('crisisForms.referral.print.number', { number })}
        <span>{t('crisisForms.referral.print.date', { date: longDate(body.occurredOn, i18n.language) })}</span>
      </p>
      <div className="form-grid">
        {row(t('crisisForms.referral.print.student'), student.name)}
        {row(t('crisisForms.referral.print.gender'), student.gender ? t(`students.genders.${student.gender}`) : '')}
        {row(t('crisisForms.referral.print.class'), classNameText(t, student.grade, student.classNumber))}
        {row(t('crisisForms.referral.print.studentNumber'), student.studentNumber)}
        {row(
          t('crisisForms.referral.print.guardian'),
          guardian ? [guardian.name, guardian.relation].filter(Boolean).join(' · ') : '',
        )}
        {row(t('crisisForms.referral.print.phone'), guardian?.phone ?? '')}
        {row(t('crisisForms.referral.print.reason'), body.reason, true)}
        {row(
          t('crisisForms.referral.print.actions'),
          actions.length === 0 ? (
            ''
          ) : (
            <ul className="referral-form__actions">
              {actions.map((action, index) => (
                <li key={index}>
                  {action.on}{' '}
                  {action.kind === 'checklist' ? action.label : t(`crisisForms.referral.actions.${action.kind}`)}
                </li>
              ))}
            </ul>
          ),
          true,
        )}
        {row(t('crisisForms.referral.print.level'), levelText(view.status.level.label, language), true)}
        {row(t('crisisForms.referral.print.institution'), body.institution)}
        {row(t('crisisForms.referral.print.department'), body.department)}
        {row(
          t('crisisForms.referral.print.channel'),
          <span className="form-choices">
            <span>
              {box(body.channel === 'green')} {t('crisis.channels.green')}
            </span>
            <span>
              {box(body.channel === 'ordinary')} {t('crisis.channels.ordinary')}
            </span>
          </span>,
        )}
        {row(t('crisisForms.referral.print.accompaniedBy'), body.accompaniedBy)}
        {row(
          t('crisisForms.referral.print.parentResponse'),
          <span className="form-choices">
            <span>
              {box(false)} {t('crisisForms.referral.print.parentAgrees')}
            </span>
            <span>
              {box(false)} {t('crisisForms.referral.print.parentOther')}
            </span>
          </span>,
          true,
        )}
      </div>
      <div className="form-signatures">
        <span>{t('crisisForms.referral.print.parentSignature')}</span>
        <span>{t('crisisForms.referral.print.signedOn')}</span>
      </div>
      <div className="form-signatures">
        <span>{t('crisisForms.referral.print.counselorSignature')}</span>
        <span>{t('crisisForms.referral.print.deputySignature')}</span>
        <span className="form-seal">{t('crisisForms.referral.print.seal')}</span>
      </div>

      <p className="form-cut">
        <ScissorOutlined aria-hidden="true" /> {t('crisisForms.referral.print.cut')}
      </p>

      <section className="form-receipt" data-testid="referral-return-slip">
        <h2 className="form-receipt__title">{t('crisisForms.referral.print.slipTitle')}</h2>
        <p className="referral-form__number">
          {t('crisisForms.referral.print.number', { number })}
          <span>{t('crisisForms.referral.print.slipStudent', { name: student.name })}</span>
        </p>
        <p>
          {t('crisisForms.referral.print.slipInstitution', {
            institution: body.institution,
            department: body.department,
          })}
        </p>
        <div className="form-signatures">
          <span>{t('crisisForms.referral.print.visitDay')}</span>
        </div>
        <p className="form-lines-label">{t('crisisForms.referral.print.medicalAdvice')}</p>
        <div className="plan-print__blank" aria-hidden="true">
          <span />
          <span />
        </div>
        <p className="form-lines-label">{t('crisisForms.referral.print.returnAssessment')}</p>
        <div className="plan-print__blank" aria-hidden="true">
          <span />
          <span />
        </div>
        <div className="form-signatures">
          <span>{t('crisisForms.referral.print.parentSignature')}</span>
          <span>{t('crisisForms.referral.print.counselorSignature')}</span>
          <span>{t('crisisForms.referral.print.signedOn')}</span>
        </div>
        <p className="form-footnote">{t('crisisForms.referral.print.returnNote')}</p>
      </section>
    </div>
  );
}
