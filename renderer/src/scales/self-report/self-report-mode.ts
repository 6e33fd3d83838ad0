import { createContext, useContext } from 'react';
import type { Language } from '../../../../shared/schemas/common';
import type { LocalizedText } from '../../../../shared/schemas/scale-definition';
import type { ScaleResult, ScaleSummary, SelfReportSession } from '../../../../shared/schemas/scales';

/** What the counselor chose before turning the screen to the student. */
export interface Handover {
  studentId: string;
  scaleHash: string;
  scaleTitle: LocalizedText;
  /** What the student is told the questionnaire is called: "PHQ-9" rather than its clinical title. */
  shortTitle: ScaleSummary['shortTitle'];
  itemCount: number;
  language: Language;
}

/** What the counselor sees first when the main frame comes back. */
export type ReturnNotice = { kind: 'declined'; scaleTitle: LocalizedText } | { kind: 'ended'; critical: ScaleResult[] };

/**
 * The app while it is open: the main frame, the consent screen, or the questionnaire alone.
 * `studentId` is the file the counselor returns to; after a reload it may not be known.
 */
export type ModeState =
  | { kind: 'checking' }
  | { kind: 'off'; studentId: string | null; notice: ReturnNotice | null }
  | { kind: 'consent'; handover: Handover }
  | { kind: 'on'; session: SelfReportSession; studentId: string | null };

/** How the student file hands the screen over; given by the boundary around the main frame. */
export interface SelfReportControls {
  handOver(handover: Handover): void;
  resumed(session: SelfReportSession, studentId: string): void;
}

export const SelfReportControlsContext = createContext<SelfReportControls | null>(null);

export function useSelfReportControls(): SelfReportControls {
  const controls = useContext(SelfReportControlsContext);
  if (!controls) throw new Error('useSelfReportControls needs the SelfReportBoundary around the main frame.');
  return controls;
}
