import { initialCaseState, openingFromInput } from '../../../shared/domain/crisis/opening';
import type { CaseOpening, OpenCaseInput } from '../../../shared/schemas/crisis';
import type { CaseView } from '../../../shared/schemas/crisis-records';
import type { CrisisPolicy } from '../../../shared/schemas/crisis-policy';
import type { Connection } from '../database/open-database';
import { BackendError } from '../errors';
import { newId } from '../ids';
import { findProfile } from '../profiles/profile-repository';
import { findStudent } from '../students/student-repository';
import { auditCase } from './case-audit';
import type { CaseContext } from './case-context';
import { foldStoredCases } from './case-folding';
import { insertCase } from './case-repository';
import { checkCaseSource } from './case-source';
import { caseView } from './case-view';
import { refusalError } from './refusal-error';
import { loadCases, type StoredOpening } from './stored-cases';

/** A student has one open case at a time: a new concern while one is open belongs in it. */
function refuseSecondOpenCase(connection: Connection, studentId: string, policy: CrisisPolicy): void {
  const open = foldStoredCases(loadCases(connection, { studentId }), policy).find(({ state }) => !state.closure);
  if (open) {
    throw new BackendError('CASE_ALREADY_OPEN', 'The student already has an open crisis case.', {
      conflictId: open.stored.opening.id,
    });
  }
}

function storedOpening(opening: CaseOpening): StoredOpening {
  const { source, level, stage, occurredOn, occurredTime } = opening;
  return { source, level, stage, occurredOn, occurredTime };
}

export function openCase(connection: Connection, input: OpenCaseInput, context: CaseContext): CaseView {
  const { act, policy, today } = context;
  return connection
    .transaction(() => {
      const student = findStudent(connection, input.studentId);
      if (!student) throw new BackendError('NOT_FOUND', 'No student file has this id.');
      checkCaseSource(connection, input);
      refuseSecondOpenCase(connection, student.id, policy);
      const opening = openingFromInput(input, {
        id: newId(Date.parse(act.at)),
        recordedAt: act.at,
        recordedBy: { id: act.by, displayName: findProfile(connection, act.by)?.displayName ?? '' },
      });
      const initial = initialCaseState(opening, policy);
      if (!initial.ok) throw refusalError(initial);
      insertCase(connection, {
        id: opening.id,
        studentId: student.id,
        opening: JSON.stringify(storedOpening(opening)),
        openedOn: opening.occurredOn,
        sourceResultId: opening.source.kind === 'scale-result' ? opening.source.resultId : null,
        at: act.at,
        by: act.by,
      });
      auditCase(connection, 'crisis.open', opening.id, act);
      const { id, name, studentNumber, grade, classNumber, status, gender } = student;
      const stored = { opening, student: { id, name, studentNumber, grade, classNumber, status, gender }, events: [] };
      return caseView(stored, initial.state, policy, today);
    })
    .immediate();
}
