import { useState } from 'react';
import type { CaseSource } from '../../../../shared/schemas/crisis';
import { useCrisisRequests } from './crisis-requests';
import { OpenCaseDialog } from './OpenCaseDialog';

/** In the main frame: opens a case where another part of the app asks for one, then shows it. */
export function CrisisRequestHost({ onShowCase }: { onShowCase: (caseId: string) => void }) {
  const [starting, setStarting] = useState<{ studentId: string; source: CaseSource | null; at: number } | null>(null);
  useCrisisRequests((request) => {
    if (request.kind === 'show') onShowCase(request.caseId);
    else setStarting({ studentId: request.studentId, source: request.source, at: Date.now() });
  });
  if (!starting) return null;
  return (
    <OpenCaseDialog
      key={starting.at}
      studentId={starting.studentId}
      source={starting.source}
      onClose={() => setStarting(null)}
      onOpened={(caseId) => {
        setStarting(null);
        onShowCase(caseId);
      }}
    />
  );
}
