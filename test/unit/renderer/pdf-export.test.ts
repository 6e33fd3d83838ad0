import type { TFunction } from 'i18next';
import { describe, expect, test } from 'vitest';
import { savePdfFrom, savePdfOutcome } from '../../../renderer/src/api/host-capabilities';
import { caseSummaryPdfName, localDay, notePdfName } from '../../../renderer/src/print/pdf-file-names';

const t = ((key: string) =>
  ({ 'print.noteFileName': '辅导记录', 'print.caseSummaryFileName': '个案摘要' })[key] ?? key) as unknown as TFunction;

describe('save as PDF in the renderer', () => {
  test('is offered only by a host with a savePdf function', () => {
    expect(savePdfFrom(undefined)).toBeNull();
    expect(savePdfFrom({ onLocked: () => undefined })).toBeNull();
    expect(savePdfFrom({ savePdf: 'yes' })).toBeNull();
    expect(savePdfFrom({ savePdf: async () => ({ saved: false }) })).toEqual(expect.any(Function));
  });

  test('passes the request on and never rejects', async () => {
    const requests: unknown[] = [];
    const savePdf = savePdfFrom({
      savePdf: async (request: unknown) => {
        requests.push(request);
        return { saved: true, fileName: 'x.pdf' };
      },
    });
    expect(await savePdf?.({ suggestedName: 'x' })).toEqual({ outcome: 'saved', fileName: 'x.pdf' });
    expect(requests).toEqual([{ suggestedName: 'x' }]);
    const broken = savePdfFrom({ savePdf: () => Promise.reject(new Error('gone')) });
    expect(await broken?.({ suggestedName: 'x' })).toEqual({ outcome: 'failed' });
  });

  test.each([
    [
      { saved: true, fileName: 'a.pdf' },
      { outcome: 'saved', fileName: 'a.pdf' },
    ],
    [{ saved: false }, { outcome: 'cancelled' }],
    [{ saved: false, refused: 'tempFolder' }, { outcome: 'refusedTempFolder' }],
    [{ saved: false, failed: true }, { outcome: 'failed' }],
    [{ saved: false, refused: 'other' }, { outcome: 'failed' }],
    [{ saved: true }, { outcome: 'failed' }],
    [{ saved: 'yes' }, { outcome: 'failed' }],
    [null, { outcome: 'failed' }],
  ])('reads the reply %j as %j', (reply, outcome) => {
    expect(savePdfOutcome(reply)).toEqual(outcome);
  });

  test('names a note by its case number and day, never the student', () => {
    const note = { caseNumber: '2026-001', content: { date: '2026-03-14' }, studentName: '王小明' };
    expect(notePdfName(t, note)).toBe('辅导记录-2026-001-2026-03-14');
    expect(notePdfName(t, { caseNumber: null, content: { date: null } })).toBe('辅导记录');
  });

  test('names a case summary by the newest case number and the day it is saved', () => {
    const entries = [{ caseNumber: '2025-014' }, { caseNumber: '2026-003' }, { caseNumber: null }];
    expect(caseSummaryPdfName(t, entries, new Date(2026, 4, 2, 23, 30))).toBe('个案摘要-2026-003-2026-05-02');
    expect(caseSummaryPdfName(t, [], new Date(2026, 0, 9))).toBe('个案摘要-2026-01-09');
  });

  test('takes the day from the computer’s calendar', () => {
    expect(localDay(new Date(2026, 11, 31, 23, 59))).toBe('2026-12-31');
  });
});
