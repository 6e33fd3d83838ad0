import { PrinterOutlined } from '@ant-design/icons';
import { Button, Modal } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { PrintSheet } from '../../print/PrintSheet';
import { SavePdfButton } from '../../print/SavePdfButton';
import { useSettings } from './use-settings';
import './crisis-forms.css';

/*
 * While a preview is open its sheet is the only one printed: the student file keeps its case
 * summary sheet in the page, and a printed safety plan must not carry it along.
 */
const onlyThisSheet = '@media print { body > .print-sheet:not(:has(.crisis-print)) { display: none !important; } }';
const landscapePage = '@media print { @page { size: A4 landscape; } }';

/**
 * A form as it will print, shown on screen first, with Print and (in the desktop app) Save as
 * PDF. The print sheet exists only while the preview is open.
 */
export function PrintPreview({
  open,
  title,
  fileName,
  landscape = false,
  onClose,
  children,
}: {
  open: boolean;
  /** The printed heading, also the preview's title. */
  title: string;
  /** The saved PDF's name: the kind of form and a day, never a student's name. */
  fileName: string;
  landscape?: boolean;
  onClose: () => void;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const settings = useSettings();
  return (
    <Modal
      open={open}
      title={t('crisisForms.preview.title', { title })}
      width={landscape ? 1180 : 900}
      onCancel={onClose}
      destroyOnHidden
      footer={
        <div className="print-preview__actions">
          <Button onClick={onClose}>{t('crisisForms.preview.close')}</Button>
          {settings && <SavePdfButton fileName={fileName} />}
          <Button type="primary" icon={<PrinterOutlined aria-hidden="true" />} onClick={() => window.print()}>
            {t('crisisForms.preview.print')}
          </Button>
        </div>
      }
    >
      <div
        className={landscape ? 'print-preview print-preview--landscape' : 'print-preview'}
        data-testid="print-preview"
      >
        <div className="print-preview__running" aria-hidden="true">
          <span>{settings?.schoolName}</span>
          <span>{t('print.confidential')}</span>
        </div>
        <h1 className="print-preview__heading">{title}</h1>
        {children}
      </div>
      {open && settings && (
        <PrintSheet schoolName={settings.schoolName} title={title}>
          <div className="crisis-print">{children}</div>
          <style>{landscape ? `${onlyThisSheet} ${landscapePage}` : onlyThisSheet}</style>
        </PrintSheet>
      )}
    </Modal>
  );
}
