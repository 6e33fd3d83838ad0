import type { ChannelInput, ChannelOutput } from '../../../shared/contract';
import type { AppError } from '../../../shared/contract/error-codes';
import type { CaseEventBody, CaseSource } from '../../../shared/schemas/crisis';
import type { Fixture } from './backend-fixture';

export { correction, facts } from '../../unit/crisis/case-fixtures';

export type CaseView = ChannelOutput<'crisis.open'>;

/** A class teacher's report of what they saw: the usual way a case comes to the counselor. */
export const gatekeeperReport: CaseSource = {
  kind: 'gatekeeper',
  reporterName: '王老师',
  reporterRole: 'class-teacher',
  reportedOn: '2026-09-01',
  reportedTime: '08:40',
  observed: '课间独自哭泣，作文中写到不想活了',
};

/** Opens a case for the student from a gatekeeper's report at the moderate level, unless told otherwise. */
export function openCase(
  fixture: Fixture,
  studentId: string,
  overrides: Partial<ChannelInput<'crisis.open'>> = {},
): Promise<CaseView> {
  return fixture.call('crisis.open', {
    studentId,
    source: gatekeeperReport,
    level: 'moderate',
    occurredOn: '2026-09-01',
    occurredTime: null,
    ...overrides,
  });
}

/** Records the body on the case as the screen showing `view` would: with the count it saw. */
export function record(fixture: Fixture, view: CaseView, body: CaseEventBody): Promise<CaseView> {
  return fixture.call('crisis.record', { caseId: view.caseId, body, expectedCount: view.events.length });
}

/** Records one body after another, each on the view the previous one returned. */
export async function recordAll(fixture: Fixture, view: CaseView, bodies: readonly CaseEventBody[]): Promise<CaseView> {
  let current = view;
  for (const body of bodies) current = await record(fixture, current, body);
  return current;
}

export function refusal(fixture: Fixture, view: CaseView, body: CaseEventBody): Promise<AppError> {
  return fixture.fail('crisis.record', { caseId: view.caseId, body, expectedCount: view.events.length });
}

/** The id of the latest event of a view: what the next body may refer to. */
export function lastEventId(view: CaseView): string {
  const event = view.events.at(-1);
  if (!event) throw new Error('the case has no event yet');
  return event.id;
}
