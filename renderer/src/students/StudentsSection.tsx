import { useState } from 'react';
import { ImportWizard } from './import/ImportWizard';
import { defaultRosterFilter, type RosterFilter } from './roster-filter';
import { RosterPage } from './RosterPage';
import { StudentFilePage } from './StudentFilePage';

/** `file` with no id is a new, empty file. */
type View = { kind: 'roster' } | { kind: 'file'; id: string | null } | { kind: 'import' };

/**
 * 学生档案: the roster, one student's file, or the roster import. The roster's search and
 * filters are kept here, so coming back from a file shows the same list.
 */
export function StudentsSection() {
  const [view, setView] = useState<View>({ kind: 'roster' });
  // Each opening mounts its page afresh: another file reached from a duplicate number loads anew.
  const [opening, setOpening] = useState(0);
  const [filter, setFilter] = useState<RosterFilter>(defaultRosterFilter);

  const show = (next: View) => {
    setView(next);
    setOpening((count) => count + 1);
    window.scrollTo({ top: 0 });
  };
  const toRoster = () => show({ kind: 'roster' });
  const openFile = (id: string | null) => show({ kind: 'file', id });

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
      return <StudentFilePage key={opening} studentId={view.id} onBack={toRoster} onOpenStudent={openFile} />;
    case 'import':
      return <ImportWizard key={opening} onBack={toRoster} />;
  }
}
