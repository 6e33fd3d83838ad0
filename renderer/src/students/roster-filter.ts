import type { ChannelInput } from '../../../shared/contract/contract';
import { type Grade, maxRosterPage, type StudentStatus } from '../../../shared/schemas/students';

/** What the roster shows: the search text and the filters, as the counselor set them. */
export interface RosterFilter {
  query: string;
  grade: Grade | null;
  classNumber: number | null;
  status: StudentStatus | 'all';
  /** Only students whose latest note planned an appointment still open. */
  openFollowUps: boolean;
}

/** Opening the roster shows everyone still at school. */
export const defaultRosterFilter: RosterFilter = {
  query: '',
  grade: null,
  classNumber: null,
  status: 'active',
  openFollowUps: false,
};

/** The roster's rows come in pages of the largest size the backend allows, as the table scrolls. */
export const rosterPageSize = maxRosterPage;

export function rosterQuery(filter: RosterFilter, offset: number): ChannelInput<'students.list'> {
  const query = filter.query.trim();
  return {
    ...(query ? { query } : {}),
    ...(filter.grade ? { grade: filter.grade } : {}),
    ...(filter.classNumber ? { classNumber: filter.classNumber } : {}),
    ...(filter.status === 'all' ? {} : { status: filter.status }),
    ...(filter.openFollowUps ? { openFollowUps: true } : {}),
    limit: rosterPageSize,
    offset,
  };
}

/** Whether the counselor narrowed the roster, so an empty answer means "no match", not "no students". */
export function isNarrowed(filter: RosterFilter): boolean {
  return (
    filter.query.trim() !== '' ||
    filter.grade !== null ||
    filter.classNumber !== null ||
    filter.status !== defaultRosterFilter.status ||
    filter.openFollowUps
  );
}
