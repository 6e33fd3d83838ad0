import { z } from 'zod';
import { Empty } from '../schemas/common';
import {
  AnswerSelfReportInput,
  CommitScreeningInput,
  DistrictFile,
  DistrictKeyPreview,
  ExitSelfReportOutput,
  ExitSelfReportInput,
  InstallDistrictKeyInput,
  ListResultsInput,
  PackPreview,
  PreviewScreeningInput,
  ResultRef,
  SaveResultInput,
  ScaleDefinitionRecord,
  ScaleLibrary,
  ScaleRef,
  ScaleResult,
  ScreeningOverview,
  ScreeningPreview,
  ScreeningRef,
  ScreeningSummary,
  SelfReportRef,
  SelfReportSession,
  SelfReportSummary,
  StartSelfReportInput,
  StartSelfReportOutput,
} from '../schemas/scales';
import { ScaleAnswers } from '../schemas/scale-definition';
import type { ContractSection } from './section';

export const scalesContract = {
  /** The scales this school may administer, the district key and the installed pack. */
  'scales.library': { input: Empty, output: ScaleLibrary },
  /** Any definition the app knows by hash, approved or not: old results name theirs. */
  'scales.definition': { input: ScaleRef, output: ScaleDefinitionRecord },
  /** Reads a district's public key file and shows its fingerprint; writes nothing. */
  'scales.previewDistrictKey': { input: DistrictFile, output: DistrictKeyPreview },
  /** Installs (or replaces) the district key after the counselor confirmed its fingerprint. */
  'scales.installDistrictKey': { input: InstallDistrictKeyInput, output: ScaleLibrary },
  /** Verifies a signed pack against the installed key and shows what it would change; writes nothing. */
  'scales.previewPack': { input: DistrictFile, output: PackPreview },
  /** Verifies again and installs: from then on only what the pack approves may be administered. */
  'scales.installPack': { input: DistrictFile, output: ScaleLibrary },
  /** Counselor-entered answers, scored by the backend with the approved definition, stored for good. */
  'scales.saveResult': { input: SaveResultInput, output: ScaleResult },
  /** A student's results, oldest first, all scales or one. */
  'scales.listResults': { input: ListResultsInput, output: z.array(ScaleResult) },
  'scales.getResult': { input: ResultRef, output: ScaleResult },
  /**
   * Records the student's consent or refusal; with consent, enters the self-report mode in which
   * the backend answers only the self-report calls until the counselor's passphrase ends it.
   */
  'scales.startSelfReport': { input: StartSelfReportInput, output: StartSelfReportOutput },
  /** Enters the self-report mode again for an interrupted questionnaire, its answers kept. */
  'scales.resumeSelfReport': { input: SelfReportRef, output: SelfReportSession },
  /** The questionnaire on screen in self-report mode, or null outside it (after a reload, say). */
  'scales.currentSelfReport': { input: Empty, output: SelfReportSession.nullable() },
  /** Stores one answer as soon as it is given. */
  'scales.answerSelfReport': { input: AnswerSelfReportInput, output: z.strictObject({ answers: ScaleAnswers }) },
  /** Scores and stores the result; the screen only thanks the student. */
  'scales.finishSelfReport': { input: SelfReportRef, output: Empty },
  /** Leaves self-report mode with the counselor's passphrase; returns what needs their attention at once. */
  'scales.exitSelfReport': { input: ExitSelfReportInput, output: ExitSelfReportOutput },
  /** Questionnaires started in self-report mode and not finished, newest first. */
  'scales.listSelfReports': { input: Empty, output: z.array(SelfReportSummary) },
  /** Reads a screening file, matches students by number and scores every row; writes nothing. */
  'scales.previewScreening': { input: PreviewScreeningInput, output: ScreeningPreview },
  /** Stores the scorable, matched rows of a screening in one transaction. */
  'scales.commitScreening': { input: CommitScreeningInput, output: ScreeningSummary },
  'scales.listScreenings': { input: Empty, output: z.array(ScreeningSummary) },
  /** Per grade and class: how many screened, the distribution over bands, who was flagged. */
  'scales.screeningOverview': { input: ScreeningRef, output: ScreeningOverview },
} satisfies ContractSection;
