import { applyCaseEvent } from '../../../shared/domain/crisis/apply-event';
import type { CaseEvent } from '../../../shared/schemas/crisis';
import type { CaseView, RecordCaseEventInput } from '../../../shared/schemas/crisis-records';
import type { Connection } from '../database/open-database';
import { BackendError } from '../errors';
import { newId } from '../ids';
import { findProfile } from '../profiles/profile-repository';
import { auditCase } from './case-audit';
import type { CaseContext } from './case-context';
import { foldStoredCase } from './case-folding';
import { insertEvent } from './case-repository';
import { caseView } from './case-view';
import { refusalError } from './refusal-error';
import { requireCase } from './stored-cases';

/**
 * Appends one event. The stored log is folded again with the new event by the shared machine,
 * whatever the screen believed was allowed, inside one immediate transaction: a refusal or a
 * stale view leaves the case as it was, and no other writer can come in between.
 */
export function recordCaseEvent(connection: Connection, input: RecordCaseEventInput, context: CaseContext): CaseView {
  const { act, policy, today } = context;
  return connection
    .transaction(() => {
      const stored = requireCase(connection, input.caseId);
      if (stored.events.length !== input.expectedCount) {
        throw new BackendError('CASE_CONFLICT', 'Another event was recorded in the case since it was read.', {
          revision: stored.events.length,
        });
      }
      const event: CaseEvent = {
        id: newId(Date.parse(act.at)),
        caseId: input.caseId,
        recordedAt: act.at,
        recordedBy: { id: act.by, displayName: findProfile(connection, act.by)?.displayName ?? '' },
        body: input.body,
      };
      const next = applyCaseEvent(foldStoredCase(stored, policy), event, policy);
      if (!next.ok) throw refusalError(next);
      insertEvent(connection, {
        caseId: input.caseId,
        seq: stored.events.length + 1,
        id: event.id,
        type: event.body.type,
        body: JSON.stringify(event.body),
        at: act.at,
        by: act.by,
      });
      auditCase(connection, 'crisis.record', input.caseId, act);
      return caseView({ ...stored, events: [...stored.events, event] }, next.state, policy, today);
    })
    .immediate();
}
