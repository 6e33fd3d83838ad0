import type { TFunction } from 'i18next';
import { describe, expect, test } from 'vitest';
import { hostSaveOutcome, saveFileFrom, savePdfFrom } from '../../../renderer/src/api/host-capabilities';
import { deliverLedgerFile } from '../../../renderer/src/crisis/ledger/deliver-ledger-file';
import { xlsxType } from '../../../renderer/src/crisis/ledger/download-file';
import { caseSummaryPdfName, localDay, notePdfName } from '../../../renderer/src/print/pdf-file-names';
import { saveOutcomeNotice } from '../../../renderer/src/print/save-outcome-message';

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
    expect(hostSaveOutcome(reply)).toEqual(outcome);
  });

  test('tells the counselor the outcome, naming the file only when saved', () => {
    const say = ((key: string, values?: { fileName?: string }) =>
      values?.fileName ? `${key} ${values.fileName}` : key) as unknown as TFunction;
    expect(saveOutcomeNotice(say, { outcome: 'saved', fileName: 'a.pdf' }, 'pdf')).toEqual({
      type: 'success',
      text: 'print.pdfSaved a.pdf',
    });
    expect(saveOutcomeNotice(say, { outcome: 'refusedTempFolder' }, 'file')).toEqual({
      type: 'warning',
      text: 'print.pdfRefusedTemp',
      seconds: 8,
    });
    expect(saveOutcomeNotice(say, { outcome: 'failed' }, 'pdf')).toEqual({ type: 'error', text: 'print.pdfFailed' });
    expect(saveOutcomeNotice(say, { outcome: 'failed' }, 'file')).toEqual({ type: 'error', text: 'print.fileFailed' });
    expect(saveOutcomeNotice(say, { outcome: 'cancelled' }, 'file')).toBeNull();
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

describe('saving the ledger workbook in the renderer', () => {
  const file = { fileName: '危机台账-2026-03-14.xlsx', content: 'UEsDBP8=' };

  test('is offered only by a host with a saveFile function, apart from savePdf', () => {
    expect(saveFileFrom(undefined)).toBeNull();
    expect(saveFileFrom({ savePdf: async () => ({ saved: false }) })).toBeNull();
    expect(saveFileFrom({ saveFile: 'yes' })).toBeNull();
    expect(saveFileFrom({ saveFile: async () => ({ saved: false }) })).toEqual(expect.any(Function));
    expect(savePdfFrom({ saveFile: async () => ({ saved: false }) })).toBeNull();
  });

  test('goes through the host’s dialog when offered, with the base64 as the backend sent it', async () => {
    const requests: unknown[] = [];
    const downloads: unknown[] = [];
    const saveFile = saveFileFrom({
      saveFile: async (request: unknown) => {
        requests.push(request);
        return { saved: false, refused: 'tempFolder' };
      },
    });
    const outcome = await deliverLedgerFile(file, saveFile, (...args) => downloads.push(args));
    expect(outcome).toEqual({ outcome: 'refusedTempFolder' });
    expect(requests).toEqual([{ suggestedName: file.fileName, extension: 'xlsx', contentBase64: file.content }]);
    expect(downloads).toEqual([]);
  });

  test('answers failed when the host’s save rejects', async () => {
    const saveFile = saveFileFrom({ saveFile: () => Promise.reject(new Error('gone')) });
    expect(await deliverLedgerFile(file, saveFile, () => undefined)).toEqual({ outcome: 'failed' });
  });

  test('falls back to the browser download, decoded, where the host offers no save', async () => {
    const downloads: Array<[string, number[], string]> = [];
    const outcome = await deliverLedgerFile(file, null, (fileName, bytes, type) =>
      downloads.push([fileName, [...bytes], type]),
    );
    expect(outcome).toBeNull();
    expect(downloads).toEqual([[file.fileName, [0x50, 0x4b, 0x03, 0x04, 0xff], xlsxType]]);
  });
});
