import type { ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { cssString } from './css-string';

/**
 * What the printer gets instead of the screen: it sits directly in <body>, where the print
 * stylesheet hides everything else. The school and the confidentiality line head every page
 * as a fixed box, which Chromium repeats; the line closes every page in the page's bottom
 * margin (a fixed box at the bottom is not repeated).
 */
export function PrintSheet({
  schoolName,
  title,
  children,
}: {
  schoolName: string;
  title: string;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return createPortal(
    <section className="print-sheet print-sheet--record" data-testid="print-sheet">
      <div className="print-running print-running--head" aria-hidden="true">
        <span>{schoolName}</span>
        <span>{t('print.confidential')}</span>
      </div>
      <style>{`@media print { @page { @bottom-center { content: ${cssString(t('print.confidential'))}; font-size: 9pt; } } }`}</style>
      <table className="print-frame">
        {/* A header row repeats on every page and keeps the text clear of the fixed box. */}
        <thead>
          <tr>
            <td className="print-frame__space" />
          </tr>
        </thead>
        <tbody>
          <tr>
            <td>
              <h1 className="print-sheet__heading">{title}</h1>
              {children}
            </td>
          </tr>
        </tbody>
      </table>
    </section>,
    document.body,
  );
}
