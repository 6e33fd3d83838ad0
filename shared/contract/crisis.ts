import { z } from 'zod';
import { Empty } from '../schemas/common';
import { OpenCaseInput } from '../schemas/crisis';
import {
  CaseRef,
  CaseSummary,
  CaseView,
  ExportLedgerInput,
  FollowUpSchedule,
  LedgerFile,
  LedgerFilter,
  LedgerRow,
  ListCasesInput,
  OpenReferral,
  RecordCaseEventInput,
} from '../schemas/crisis-records';
import type { ContractSection } from './section';

export const crisisContract = {
  /**
   * Opens a case for a student. A scale-result source must name a result of that student;
   * CASE_ALREADY_OPEN when the student has an open case (a student has one at a time).
   */
  'crisis.open': { input: OpenCaseInput, output: CaseView },
  /** The case with its log, the moves allowed now and why the others are not. Reading is audited. */
  'crisis.get': { input: CaseRef, output: CaseView },
  /**
   * Appends one event after checking it with the state machine against the stored log.
   * CASE_MOVE_REFUSED (detail: the refusal code) changes nothing; CASE_CONFLICT when another
   * event came since the `expectedCount` events the screen showed.
   */
  'crisis.record': { input: RecordCaseEventInput, output: CaseView },
  /** The caseload: most urgent level first, then the earliest follow-up due. */
  'crisis.list': { input: ListCasesInput, output: z.array(CaseSummary) },
  /** Follow-ups of open cases by the backend's clock: overdue, due today, the next seven days. */
  'crisis.followUps': { input: Empty, output: FollowUpSchedule },
  /** Referrals of open cases with no outcome reported yet, the longest open first. */
  'crisis.openReferrals': { input: Empty, output: z.array(OpenReferral) },
  /** The crisis ledger (心理危机学生台账), in the order the cases were found. */
  'crisis.ledger': { input: LedgerFilter, output: z.array(LedgerRow) },
  /** The ledger as an XLSX workbook with headers in `language`; its file name names no student. */
  'crisis.exportLedger': { input: ExportLedgerInput, output: LedgerFile },
} satisfies ContractSection;
