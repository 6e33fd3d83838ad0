import { ArrowLeftOutlined } from '@ant-design/icons';
import { Alert, Button, Spin, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Note } from '../../../shared/schemas/sessions';
import { api } from '../api/api';
import type { ClientError } from '../api/client-result';
import { errorText } from '../i18n/error-text';
import { draftKeeper } from './draft-keeper-instance';
import { amendmentOf, type EditorDraft, editorDraftOf } from './editor-draft';
import { NoteEditor } from './NoteEditor';
import { clockTime } from './note-time';
import { SignedNote } from './SignedNote';
import { useNoteCatalog } from './use-note-catalog';

type Shown = { kind: 'editor'; draft: EditorDraft; notice: string | null } | { kind: 'signed'; note: Note };

/** What to say above a draft, given when it was saved. */
type Notice = (savedAt: string) => string | null;

async function readDraft(noteId: string, notice: Notice): Promise<Shown | ClientError> {
  const result = await api.call('sessions.getDraft', { noteId });
  if (!result.ok) return result.error;
  return { kind: 'editor', draft: editorDraftOf(result.value), notice: notice(result.value.savedAt) };
}

async function readNote(noteId: string, notice: Notice): Promise<Shown | ClientError> {
  const result = await api.call('sessions.get', { noteId });
  if (!result.ok) return result.error;
  if (result.value.status === 'draft') return readDraft(noteId, notice);
  return { kind: 'signed', note: result.value };
}

/**
 * One note: the editor while it is a draft or being amended, the signed record otherwise.
 * Opening a draft that was saved earlier says so, with the time it was saved.
 */
export function NotePage({
  noteId,
  justCreated,
  schoolName,
  onBack,
}: {
  noteId: string;
  /** A draft made a moment ago is not a restored one. */
  justCreated: boolean;
  schoolName: string;
  onBack: (studentId: string | null) => void;
}) {
  const { t, i18n } = useTranslation();
  const { catalog, error: catalogError } = useNoteCatalog();
  const [shown, setShown] = useState<Shown | null>(null);
  const [loadError, setLoadError] = useState<ClientError | null>(null);
  // Each load mounts the editor afresh, with the text on disk.
  const [loads, setLoads] = useState(0);

  const restoredNotice = useCallback(
    (savedAt: string) => t('notes.restored', { time: clockTime(savedAt, i18n.language, false) }),
    [t, i18n.language],
  );

  const show = useCallback((next: Shown | ClientError) => {
    if ('code' in next) return setLoadError(next);
    setShown(next);
    setLoads((count) => count + 1);
  }, []);

  const openDraft = useCallback((notice: Notice) => readDraft(noteId, notice).then(show), [noteId, show]);
  const load = useCallback((notice: Notice) => readNote(noteId, notice).then(show), [noteId, show]);

  // Only this first load may be a restore; later loads say why they happened themselves.
  useEffect(() => {
    void readNote(noteId, justCreated ? () => null : restoredNotice).then(show);
  }, [noteId, justCreated, restoredNotice, show]);

  const onConflict = useCallback(() => {
    draftKeeper.forget(noteId);
    void load(() => t('notes.save.conflictReloaded'));
  }, [noteId, load, t]);

  const studentId = shown?.kind === 'editor' ? shown.draft.studentId : (shown?.note.studentId ?? null);
  const back = (
    <Button
      type="link"
      className="back-link"
      icon={<ArrowLeftOutlined aria-hidden="true" />}
      onClick={() => onBack(studentId)}
    >
      {t('notes.back')}
    </Button>
  );

  const error = loadError ?? catalogError;
  if (error) {
    return (
      <div className="page">
        {back}
        <Alert type="error" showIcon title={errorText(t, error)} />
      </div>
    );
  }
  if (!shown || !catalog) {
    return (
      <div className="page">
        {back}
        <Spin />
      </div>
    );
  }

  if (shown.kind === 'signed') {
    return (
      <div className="page">
        {back}
        <SignedNote
          note={shown.note}
          catalog={catalog}
          schoolName={schoolName}
          onAmend={() => setShown({ kind: 'editor', draft: amendmentOf(shown.note), notice: null })}
          onContinueAmendment={() => void openDraft(restoredNotice)}
        />
      </div>
    );
  }

  const { draft } = shown;
  const amendment = draft.purpose === 'amendment';
  return (
    <div className="page">
      {back}
      <div className="page-heading">
        <div>
          <Typography.Title level={1} className="page-title page-title--with-subtitle" data-testid="note-title">
            {t(amendment ? 'notes.amendTitle' : 'notes.title', { name: draft.studentName })}
          </Typography.Title>
          <Typography.Paragraph className="page-subtitle" data-testid="note-numbers">
            {amendment ? (
              <>
                {t('notes.header.caseNumber', { number: draft.caseNumber ?? '' })}
                <span className="separator" aria-hidden="true">
                  ·
                </span>
                {t('notes.header.sessionNumber', { number: draft.sessionNumber })}
              </>
            ) : (
              <>
                {t('notes.header.caseNumberPending')}
                <span className="separator" aria-hidden="true">
                  ·
                </span>
                {t('notes.header.sessionNumberPending')}
              </>
            )}
          </Typography.Paragraph>
        </div>
      </div>
      <NoteEditor
        key={loads}
        draft={draft}
        catalog={catalog}
        notice={shown.notice}
        onSigned={(note) => setShown({ kind: 'signed', note })}
        onDiscarded={() => (amendment ? void load(() => null) : onBack(draft.studentId))}
        onConflict={onConflict}
      />
    </div>
  );
}
