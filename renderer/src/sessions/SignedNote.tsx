import { EditOutlined, HistoryOutlined, PrinterOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Note } from '../../../shared/schemas/sessions';
import { notePdfName } from '../print/pdf-file-names';
import { PrintSheet } from '../print/PrintSheet';
import { SavePdfButton } from '../print/SavePdfButton';
import { HistoryDialog } from './HistoryDialog';
import { NoteSignature } from './NoteSignature';
import { NoteView } from './NoteView';
import type { NoteCatalog } from './use-note-catalog';

/** A signed note: read only, amended as a new version, with its history and a printed form. */
export function SignedNote({
  note,
  catalog,
  schoolName,
  onAmend,
  onContinueAmendment,
}: {
  note: Note;
  catalog: NoteCatalog;
  schoolName: string;
  onAmend: () => void;
  onContinueAmendment: () => void;
}) {
  const { t } = useTranslation();
  const [historyOpen, setHistoryOpen] = useState(false);
  const title = t('notes.title', { name: note.studentName });
  const pendingAmendment = note.draftRevision !== null;
  return (
    <>
      <div className="page-heading">
        <div>
          <Typography.Title level={1} className="page-title page-title--with-subtitle" data-testid="note-title">
            {title}
          </Typography.Title>
          <Typography.Paragraph className="page-subtitle" data-testid="note-signature">
            <NoteSignature note={note} />
          </Typography.Paragraph>
        </div>
        <div className="page-heading__actions">
          {!pendingAmendment && (
            <Button icon={<EditOutlined aria-hidden="true" />} onClick={onAmend}>
              {t('notes.amend.button')}
            </Button>
          )}
          <Button icon={<HistoryOutlined aria-hidden="true" />} onClick={() => setHistoryOpen(true)}>
            {t('notes.history.button')}
          </Button>
          <Button icon={<PrinterOutlined aria-hidden="true" />} onClick={() => window.print()}>
            {t('print.note')}
          </Button>
          <SavePdfButton fileName={notePdfName(t, note)} />
        </div>
      </div>
      {pendingAmendment && (
        <Alert
          className="form-alert"
          type="info"
          showIcon
          title={t('notes.amend.pending')}
          action={<Button onClick={onContinueAmendment}>{t('notes.amend.continue')}</Button>}
        />
      )}
      <Card className="settings-card" data-testid="signed-note">
        <NoteView content={note.content} template={note.template} categories={catalog.categories} />
      </Card>
      {historyOpen && (
        <HistoryDialog noteId={note.noteId} categories={catalog.categories} onClose={() => setHistoryOpen(false)} />
      )}
      <PrintSheet schoolName={schoolName} title={title}>
        <p className="print-sheet__meta">
          <NoteSignature note={note} />
        </p>
        <NoteView content={note.content} template={note.template} categories={catalog.categories} />
      </PrintSheet>
    </>
  );
}
