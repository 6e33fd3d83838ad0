import { useTranslation } from 'react-i18next';
import type { Note } from '../../../shared/schemas/sessions';
import { dateTime } from './note-time';

/** Case number, session number and who signed when: the line that makes a note a record. */
export function NoteSignature({ note }: { note: Note }) {
  const { t, i18n } = useTranslation();
  return (
    <span>
      {t('notes.header.caseNumber', { number: note.caseNumber ?? '' })}
      <span className="separator" aria-hidden="true">
        ·
      </span>
      {t('notes.header.sessionNumber', { number: note.sessionNumber })}
      <span className="separator" aria-hidden="true">
        ·
      </span>
      {note.signedBy &&
        note.signedAt &&
        t('notes.header.signed', { name: note.signedBy.displayName, time: dateTime(note.signedAt, i18n.language) })}
      {note.version !== null && note.version > 1 && (
        <>
          <span className="separator" aria-hidden="true">
            ·
          </span>
          {t('notes.header.version', { version: note.version })}
        </>
      )}
    </span>
  );
}
