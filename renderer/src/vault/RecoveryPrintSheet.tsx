import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { BrandMark } from '../app/BrandMark';
import { RecoveryCodeGroups } from './RecoveryCodeGroups';

/**
 * What the printer gets: the code, the school and the date, nothing else. It sits directly in
 * <body> so the print stylesheet can hide every other element.
 */
export function RecoveryPrintSheet({ code, schoolName }: { code: string; schoolName: string }) {
  const { t, i18n } = useTranslation();
  const today = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'long' }).format(new Date());
  return createPortal(
    <section className="print-sheet">
      <h1 className="print-sheet__title">
        <BrandMark size={28} />
        {t('recovery.printTitle')}
      </h1>
      <dl className="print-sheet__facts">
        <dt>{t('fields.schoolName')}</dt>
        <dd>{schoolName}</dd>
        <dt>{t('recovery.printDate')}</dt>
        <dd>{today}</dd>
      </dl>
      <RecoveryCodeGroups code={code} printed />
      <p className="print-sheet__note">{t('recovery.printNote')}</p>
    </section>,
    document.body,
  );
}
