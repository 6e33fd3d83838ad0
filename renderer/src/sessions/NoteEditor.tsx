import { DeleteOutlined, EditOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Form } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { NoteTemplate } from '../../../shared/schemas/session-catalog';
import type { Note, NoteContent } from '../../../shared/schemas/sessions';
import { api } from '../api/api';
import type { ClientError } from '../api/client-result';
import { CardTitle } from '../app/CardTitle';
import { errorText } from '../i18n/error-text';
import { AmendDialog } from './AmendDialog';
import type { DraftSaveState } from './draft-keeper';
import { draftKeeper } from './draft-keeper-instance';
import type { EditorDraft } from './editor-draft';
import { MissingFieldsAlert } from './MissingFieldsAlert';
import { NextStepsFields } from './NextStepsFields';
import { NoteCategoriesField } from './NoteCategoriesField';
import type { ContentPatch } from './note-fields';
import { NoteHeaderFields } from './NoteHeaderFields';
import { type MissingReason, missingForSigning } from './note-missing';
import { NoteSectionsFields } from './NoteSectionsFields';
import { RiskCheckField } from './RiskCheckField';
import { SaveStatus } from './SaveStatus';
import type { NoteCatalog } from './use-note-catalog';

/**
 * The note as the paper form lays it out. Every change goes to the draft keeper at once, which
 * writes it to disk after a pause, on blur and before locking; there is no save button.
 */
export function NoteEditor({
  draft,
  catalog,
  notice,
  onSigned,
  onDiscarded,
  onConflict,
}: {
  draft: EditorDraft;
  catalog: NoteCatalog;
  /** Said above the form: a restored draft, or one reloaded after a conflict. */
  notice: string | null;
  onSigned: (note: Note) => void;
  onDiscarded: () => void;
  onConflict: () => void;
}) {
  const { t } = useTranslation();
  const { modal } = App.useApp();
  const { noteId } = draft;
  const [content, setContent] = useState<NoteContent>(
    () => draftKeeper.open(noteId, draft.revision, draft.content, draft.savedAt).content,
  );
  const [template, setTemplate] = useState<NoteTemplate>(draft.template);
  const [saveState, setSaveState] = useState<DraftSaveState>(() => draftKeeper.state(noteId) ?? { kind: 'idle' });
  const [missing, setMissing] = useState<MissingReason[]>([]);
  // An amendment with no change yet has nothing to sign.
  const [actionError, setActionError] = useState<ClientError | 'nothing-changed' | null>(null);
  const [amending, setAmending] = useState(false);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    const unsubscribe = draftKeeper.subscribe(noteId, setSaveState);
    return () => {
      void draftKeeper.flush(noteId);
      unsubscribe();
    };
  }, [noteId]);

  useEffect(() => {
    if (saveState.kind === 'conflict') onConflict();
  }, [saveState.kind, onConflict]);

  const change = (patch: ContentPatch) => {
    const next = { ...content, ...patch };
    setContent(next);
    draftKeeper.change(noteId, next);
    if (missing.length > 0) setMissing(missingForSigning(next));
  };

  const changeTemplate = (next: NoteTemplate) => {
    setTemplate(next);
    change({ template: { key: next.key, version: next.version }, sections: {} });
  };

  /** The revision now on disk, after writing whatever is still only on screen. */
  const savedRevision = async (): Promise<number | null> => {
    await draftKeeper.flush(noteId);
    const state = draftKeeper.state(noteId);
    if (state?.kind === 'failed') setActionError(state.error);
    return state?.kind === 'saved' || state?.kind === 'idle' ? (draftKeeper.revision(noteId) ?? null) : null;
  };

  const sign = async () => {
    setActionError(null);
    const stillMissing = missingForSigning(content);
    setMissing(stillMissing);
    if (stillMissing.length > 0) return;
    const revision = await savedRevision();
    if (revision === null) return;
    if (draft.purpose === 'amendment') {
      if (revision === 0) return setActionError('nothing-changed');
      return setAmending(true);
    }
    modal.confirm({
      title: t('notes.sign.confirmTitle'),
      content: t('notes.sign.confirmText'),
      okText: t('notes.sign.confirm'),
      cancelText: t('notes.sign.cancel'),
      onOk: async () => {
        const result = await api.call('sessions.finalize', { noteId, revision });
        if (!result.ok) return setActionError(result.error);
        draftKeeper.forget(noteId);
        onSigned(result.value);
      },
    });
  };

  const discard = () => {
    modal.confirm({
      title: t(draft.purpose === 'amendment' ? 'notes.discard.amendmentTitle' : 'notes.discard.title'),
      content: t(draft.purpose === 'amendment' ? 'notes.discard.amendmentText' : 'notes.discard.text'),
      okText: t('notes.discard.confirm'),
      okButtonProps: { danger: true },
      cancelText: t('notes.discard.cancel'),
      onOk: async () => {
        setBusy(true);
        await draftKeeper.flush(noteId);
        const revision = draftKeeper.revision(noteId) ?? 0;
        const result = revision > 0 ? await api.call('sessions.discardDraft', { noteId, revision }) : null;
        setBusy(false);
        if (result && !result.ok) return setActionError(result.error);
        draftKeeper.forget(noteId);
        onDiscarded();
      },
    });
  };

  return (
    <Form layout="vertical" className="note-editor" onBlurCapture={() => void draftKeeper.flush(noteId)}>
      <div className="note-editor__status">
        <SaveStatus state={saveState} />
      </div>
      {notice && <Alert className="form-alert" type="info" showIcon title={notice} data-testid="draft-notice" />}
      <Card title={<CardTitle>{t('notes.cards.session')}</CardTitle>} className="settings-card">
        <NoteHeaderFields content={content} onChange={change} />
        <NoteCategoriesField content={content} onChange={change} categories={catalog.categories} />
      </Card>
      <Card title={<CardTitle>{t('notes.cards.record')}</CardTitle>} className="settings-card">
        <NoteSectionsFields
          content={content}
          onChange={change}
          template={template}
          templates={catalog.templates}
          onTemplateChange={changeTemplate}
        />
      </Card>
      <Card title={<CardTitle>{t('notes.cards.risk')}</CardTitle>} className="settings-card">
        <RiskCheckField content={content} onChange={change} studentId={draft.studentId} />
      </Card>
      <Card title={<CardTitle>{t('notes.cards.nextSteps')}</CardTitle>} className="settings-card">
        <NextStepsFields content={content} onChange={change} />
      </Card>
      <div className="form-actions">
        <MissingFieldsAlert missing={missing} />
        {actionError && (
          <Alert
            className="form-alert"
            type="error"
            showIcon
            title={actionError === 'nothing-changed' ? t('notes.amend.nothingChanged') : errorText(t, actionError)}
          />
        )}
        <div className="form-actions__buttons">
          <Button type="primary" icon={<EditOutlined aria-hidden="true" />} onClick={() => void sign()} disabled={busy}>
            {t(draft.purpose === 'amendment' ? 'notes.amend.save' : 'notes.sign.button')}
          </Button>
          <Button icon={<DeleteOutlined aria-hidden="true" />} onClick={discard} disabled={busy}>
            {t(draft.purpose === 'amendment' ? 'notes.discard.amendmentButton' : 'notes.discard.button')}
          </Button>
        </div>
      </div>
      {amending && (
        <AmendDialog
          noteId={noteId}
          revision={draftKeeper.revision(noteId) ?? 0}
          onClose={() => setAmending(false)}
          onAmended={(note) => {
            draftKeeper.forget(noteId);
            onSigned(note);
          }}
        />
      )}
    </Form>
  );
}
