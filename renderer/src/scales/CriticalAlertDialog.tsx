import { WarningFilled } from '@ant-design/icons';
import { Button } from 'antd';
import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { ScaleResult } from '../../../shared/schemas/scales';
import { OpenCaseButton } from '../crisis/cases/OpenCaseButton';
import { CrisisPanel } from '../sessions/CrisisPanel';
import { longDate } from '../sessions/note-time';
import { CriticalLines } from './CriticalLines';
import { asLanguage, textIn } from './localized-text';
import { useDefinitions } from './use-definitions';
import { useStudentNames } from './use-student-names';
import './scales.css';

/**
 * The alert for results that raised a critical item (or left one unanswered): shown at once, over
 * everything, until the counselor says they have seen it. A native modal <dialog> with the
 * alertdialog role: the page behind is inert and Escape does not dismiss it.
 */
export function CriticalAlertDialog({ results, onClose }: { results: ScaleResult[]; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const language = asLanguage(i18n.language);
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const critical = results.filter((result) => result.scoring.critical.length > 0);
  const definitions = useDefinitions(critical.map((result) => result.scaleHash));
  const names = useStudentNames(critical.map((result) => result.studentId));

  const shown = critical.length > 0;

  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
    return () => element?.close();
  }, [shown]);

  if (!shown) return null;
  return (
    <dialog
      ref={dialog}
      className="critical-alert"
      role="alertdialog"
      aria-labelledby={titleId}
      data-testid="critical-alert"
      onCancel={(event) => event.preventDefault()}
      // Nor may Escape reach the drawers behind (they listen on the window) and close the result.
      onKeyDown={(event) => {
        if (event.key === 'Escape') event.stopPropagation();
      }}
    >
      <h2 id={titleId} className="critical-alert__title">
        <WarningFilled aria-hidden="true" /> {t('scales.alert.title')}
      </h2>
      {critical.map((result) => (
        <section key={result.id} className="critical-alert__result">
          <p className="critical-alert__student">
            {t('scales.alert.student', { name: names.get(result.studentId) ?? '' })}
          </p>
          <p>
            {t('scales.alert.result', {
              scale: textIn(result.title, language),
              date: longDate(result.administeredOn, i18n.language),
            })}
          </p>
          <CriticalLines
            definition={definitions.get(result.scaleHash) ?? null}
            critical={result.scoring.critical}
            language={language}
          />
          {/* Opening a case acknowledges the alert: it closes first so the form is not behind it. */}
          <OpenCaseButton
            studentId={result.studentId}
            source={{ kind: 'scale-result', resultId: result.id }}
            label={t('crisis.start.fromAlert')}
            type="primary"
            danger
            size="large"
            before={onClose}
          />
        </section>
      ))}
      <CrisisPanel title={t('scales.alert.whatNow')}>
        <ul className="critical-alert__steps">
          <li>{t('scales.alert.keepInSight')}</li>
          <li>{t('scales.alert.assess')}</li>
          <li>{t('scales.alert.procedure')}</li>
        </ul>
        <p>{t('scales.alert.hotlinesTitle')}</p>
      </CrisisPanel>
      <div className="critical-alert__actions">
        <Button type="primary" size="large" onClick={onClose} autoFocus>
          {t('scales.alert.seen')}
        </Button>
      </div>
    </dialog>
  );
}
