import { useState } from 'react';
import { ScreeningImport } from './ScreeningImport';
import { ScreeningList } from './ScreeningList';
import { ScreeningOverviewView } from './ScreeningOverviewView';
import './screening.css';

type View = { kind: 'list' } | { kind: 'import' } | { kind: 'overview'; screeningId: string };

/** 心理普查: the screenings imported so far, the import, and one screening's overview. */
export function ScreeningTab({ onOpenStudent }: { onOpenStudent: (studentId: string) => void }) {
  const [view, setView] = useState<View>({ kind: 'list' });
  const toList = () => setView({ kind: 'list' });
  const open = (screeningId: string) => {
    setView({ kind: 'overview', screeningId });
    window.scrollTo({ top: 0 });
  };
  switch (view.kind) {
    case 'list':
      return <ScreeningList onImport={() => setView({ kind: 'import' })} onOpen={open} />;
    case 'import':
      return <ScreeningImport onBack={toList} onImported={open} />;
    case 'overview':
      return <ScreeningOverviewView screeningId={view.screeningId} onBack={toList} onOpenStudent={onOpenStudent} />;
  }
}
