import type { CaseView } from '../../../shared/schemas/crisis-records';
import type { Connection } from '../database/open-database';
import { auditCase } from './case-audit';
import type { CaseContext } from './case-context';
import { foldStoredCase } from './case-folding';
import { caseView } from './case-view';
import { requireCase } from './stored-cases';

/** A case as it stands; reading it is audited, as opening a note is. */
export function readCase(connection: Connection, caseId: string, context: CaseContext): CaseView {
  const stored = requireCase(connection, caseId);
  const view = caseView(stored, foldStoredCase(stored, context.policy), context.policy, context.today);
  auditCase(connection, 'crisis.view', caseId, context.act);
  return view;
}
