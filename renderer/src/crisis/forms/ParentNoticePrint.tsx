import { useTranslation } from 'react-i18next';
import type { Hotline } from '../../../../shared/schemas/hotlines';
import { longDate } from '../../sessions/note-time';
import { asLanguage } from '../../scales/localized-text';
import { hotlineTexts } from '../hotlines/hotline-text';
import { adviceLines, type LetterValues } from './parent-notice';

/**
 * 家长告知书: what the school saw, its advice, whom to call, then the guardian's receipt with
 * places to sign, and two school signatures (which also stand for a guardian who would not sign).
 */
export function ParentNoticePrint({
  letter,
  studentName,
  className,
  schoolName,
  hotlines,
  day,
}: {
  letter: LetterValues;
  studentName: string;
  className: string;
  schoolName: string;
  hotlines: readonly Hotline[];
  day: string;
}) {
  const { t, i18n } = useTranslation();
  const language = asLanguage(i18n.language);
  const box = <span className="form-box" aria-hidden="true" />;
  return (
    <div className="letter" data-testid="parent-notice-print">
      <p>{t('crisisForms.notice.print.salutation', { name: letter.guardianName, relation: letter.relation })}</p>
      <p className="letter__paragraph">
        {t('crisisForms.notice.print.observedIntro', { name: studentName, className })}
      </p>
      <blockquote className="letter__observed">{letter.observed}</blockquote>
      <p className="letter__paragraph">{t('crisisForms.notice.print.adviceIntro')}</p>
      <ol className="letter__advice">
        {adviceLines(letter).map((line, index) => (
          <li key={index}>{'kind' in line ? t(`crisisForms.notice.advice.${line.kind}`) : line.text}</li>
        ))}
      </ol>
      <p className="letter__paragraph">
        {letter.contactPhone
          ? t('crisisForms.notice.print.contactWithPhone', { name: letter.contactName, phone: letter.contactPhone })
          : t('crisisForms.notice.print.contact', { name: letter.contactName })}
      </p>
      {hotlines.length > 0 && (
        <>
          <p className="letter__paragraph">{t('crisisForms.notice.print.hotlinesIntro')}</p>
          <ul className="letter__hotlines">
            {hotlines.map((line) => {
              const { name, hours } = hotlineTexts(line, language);
              return (
                <li key={line.id}>
                  {name} <strong>{line.number}</strong>
                  {hours && <span className="letter__hours">{hours}</span>}
                </li>
              );
            })}
          </ul>
        </>
      )}
      <p className="letter__paragraph">{t('crisisForms.notice.print.thanks')}</p>
      <p className="letter__sender">
        {schoolName}
        <br />
        {longDate(day, i18n.language)}
      </p>
      <section className="form-receipt">
        <h2 className="form-receipt__title">{t('crisisForms.notice.print.receiptTitle')}</h2>
        <p>{t('crisisForms.notice.print.receiptText', { name: studentName })}</p>
        <p className="form-choices">
          <span>
            {box} {t('crisisForms.notice.print.choiceUnderstood')}
          </span>
          <span>
            {box} {t('crisisForms.notice.print.choiceMedicalVisit')}
          </span>
          <span>
            {box} {t('crisisForms.notice.print.otherChoice')}
          </span>
        </p>
        <div className="form-signatures">
          <span>{t('crisisForms.notice.print.guardianSignature')}</span>
          <span>{t('crisisForms.notice.print.guardianRelation')}</span>
          <span>{t('crisisForms.notice.print.signedOn')}</span>
        </div>
        <div className="form-signatures">
          <span>{t('crisisForms.notice.print.schoolSignatureOne')}</span>
          <span>{t('crisisForms.notice.print.schoolSignatureTwo')}</span>
        </div>
        <p className="form-footnote">{t('crisisForms.notice.print.refusalNote')}</p>
      </section>
    </div>
  );
}
