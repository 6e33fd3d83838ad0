import { useState } from 'react';
import { NotePage } from '../sessions/NotePage';
import { ImportWizard } from './import/ImportWizard';
import { defaultRosterFilter, type RosterFilter } from './roster-filter';
import { RosterPage } from './RosterPage';
import { StudentFilePage } from './StudentFilePage';

/** `file` with no id is a new, empty file. */
export type StudentsView =
  | { kind: 'roster' }
  | { kind: 'file'; id: string | null }
  | { kind: 'import' }
  | { kind: 'note'; noteId: string; justCreated: boolean };

/**
 * 学生档案: the roster, one student's file with their notes, or the roster import. The roster's
 * search and filters are kept here, so coming back from a file shows the same list.
 */
export function StudentsSection({ initialView, schoolName }: { initialView: StudentsView; schoolName: string }) {
  const [view, setView] = useState<StudentsView>(initialView);
  // Each opening mounts its page afresh: another file reached from a duplicate number loads anew.
  const [opening, setOpening] = useState(0);
  const [filter, setFilter] = useState<RosterFilter>(defaultRosterFilter);

  const show = (next: StudentsView) => {
    setView(next);
    setOpening((count) => count + 1);
    window.scrollTo({ top: 0 });
  };
  const toRoster = () => show({ kind: 'roster' });
  const openFile = (id: string | null) => show({ kind: 'file', id });
  const openNote = (noteId: string, justCreated = false) => show({ kind: 'note', noteId, justCreated });

  switch (view.kind) {
    case 'roster':
      return (
        <RosterPage
          key={opening}
          filter={filter}
          onFilterChange={setFilter}
          onOpen={openFile}
          onCreate={() => openFile(null)}
          onImport={() => show({ kind: 'import' })}
        />
      );
    case 'file':
      return (
        <StudentFilePage
          key={opening}
          studentId={view.id}
          schoolName={schoolName}
          onBack={toRoster}
          onOpenStudent={openFile}
          onOpenNote={openNote}
        />
      );
    case 'import':
      return <ImportWizard key={opening} onBack={toRoster} />;
    case 'note':
      return (
        <NotePage
          key={opening}
          noteId={view.noteId}
          justCreated={view.justCreated}
          schoolName={schoolName}
          onBack={(studentId) => (studentId ? openFile(studentId) : toRoster())}
        />
      );
  }
}
