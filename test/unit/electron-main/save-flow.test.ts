import { describe, expect, it } from 'vitest';
import type { IpcSenderEvent } from '../../../electron/main/ipc-sender';
import { createSaveFlow, type SaveFlowDeps, savedFileMode } from '../../../electron/main/save-flow';
import { fileSaveKind, pdfSaveKind } from '../../../electron/main/save-kinds';
import { maxContentBase64Length } from '../../../electron/main/save-requests';

const event: IpcSenderEvent = { sender: { id: 1 }, senderFrame: { url: 'app://xinqing/', parent: null } };
const request = { suggestedName: '辅导记录-2026-001-2026-03-14' };
const pdfBytes = new Uint8Array([0x25, 0x50, 0x44, 0x46]);
// The first bytes of a zip (an xlsx workbook), "PK\x03\x04", and a byte that is not ASCII.
const workbookBytes = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0xff]);
const fileRequest = {
  suggestedName: '危机台账-2026-03-14.xlsx',
  extension: 'xlsx',
  contentBase64: Buffer.from(workbookBytes).toString('base64'),
};

/** Stand-ins for the dialog, the page and the disk that record what the flow asked of them. */
function fakeDeps(overrides: Partial<SaveFlowDeps> = {}) {
  const log: string[] = [];
  const written: Array<{ filePath: string; data: Uint8Array; options: { mode: number; flag: 'w' } }> = [];
  const errors: unknown[] = [];
  const deps: SaveFlowDeps = {
    isTrusted: () => true,
    isUnlocked: () => true,
    choosePath: async (fileName, extension) => {
      log.push(`dialog ${fileName} ${extension}`);
      return `/home/li/Documents/${fileName}`;
    },
    isInTempFolder: async () => false,
    writeFile: async (filePath, data, options) => {
      written.push({ filePath, data, options });
    },
    onError: (error) => errors.push(error),
    ...overrides,
  };
  return { deps, log, written, errors };
}

/** The flow's two handlers over the fakes; rendering the page is logged like the dialog. */
function handlers(deps: SaveFlowDeps, log: string[], renderPdf?: () => Promise<Uint8Array>) {
  const handlerFor = createSaveFlow(deps);
  const render =
    renderPdf ??
    (async () => {
      log.push('render');
      return pdfBytes;
    });
  return { savePdf: handlerFor(pdfSaveKind(render)), saveFile: handlerFor(fileSaveKind) };
}

describe('the save-as-PDF handler', () => {
  it('asks where, renders the page, writes the bytes owner-only, and returns the file name only', async () => {
    const { deps, log, written } = fakeDeps();
    const reply = await handlers(deps, log).savePdf(event, request);
    expect(reply).toEqual({ saved: true, fileName: '辅导记录-2026-001-2026-03-14.pdf' });
    expect(log).toEqual(['dialog 辅导记录-2026-001-2026-03-14.pdf pdf', 'render']);
    expect(written).toEqual([
      {
        filePath: '/home/li/Documents/辅导记录-2026-001-2026-03-14.pdf',
        data: pdfBytes,
        options: { mode: 0o600, flag: 'w' },
      },
    ]);
    expect(savedFileMode).toBe(0o600);
  });

  it('offers a sanitized name in the dialog', async () => {
    const { deps, log } = fakeDeps();
    await handlers(deps, log).savePdf(event, { suggestedName: '../../etc/x' });
    expect(log[0]).toBe('dialog etc-x.pdf pdf');
  });

  it('does nothing more when the dialog is cancelled', async () => {
    const { deps, log, written } = fakeDeps({ choosePath: async () => undefined });
    expect(await handlers(deps, log).savePdf(event, request)).toEqual({ saved: false });
    expect(log).toEqual([]);
    expect(written).toEqual([]);
  });

  it('refuses a temp folder before rendering anything', async () => {
    const { deps, log, written } = fakeDeps({ isInTempFolder: async (filePath) => filePath.startsWith('/home') });
    expect(await handlers(deps, log).savePdf(event, request)).toEqual({ saved: false, refused: 'tempFolder' });
    expect(log).not.toContain('render');
    expect(written).toEqual([]);
  });

  it('writes nothing when the vault locked while the dialog was open', async () => {
    let unlocked = true;
    const { deps, log, written } = fakeDeps({
      isUnlocked: () => unlocked,
      choosePath: async (fileName) => {
        unlocked = false;
        return `/home/li/Documents/${fileName}`;
      },
    });
    expect(await handlers(deps, log).savePdf(event, request)).toEqual({ saved: false });
    expect(log).not.toContain('render');
    expect(written).toEqual([]);
  });

  it('shows no dialog while the vault is locked', async () => {
    const { deps, log } = fakeDeps({ isUnlocked: () => false });
    expect(await handlers(deps, log).savePdf(event, request)).toEqual({ saved: false });
    expect(log).toEqual([]);
  });

  it.each([
    ['writing', { writeFile: () => Promise.reject(Object.assign(new Error('EACCES'), { code: 'EACCES' })) }],
    ['the dialog', { choosePath: () => Promise.reject(new Error('window closed')) }],
  ] as const)('answers failed when %s fails, and hands the error to the log', async (_step, override) => {
    const { deps, log, errors } = fakeDeps(override);
    expect(await handlers(deps, log).savePdf(event, request)).toEqual({ saved: false, failed: true });
    expect(errors).toHaveLength(1);
  });

  it('answers failed when rendering fails, and hands the error to the log', async () => {
    const { deps, log, errors, written } = fakeDeps();
    const reply = await handlers(deps, log, () => Promise.reject(new Error('render failed'))).savePdf(event, request);
    expect(reply).toEqual({ saved: false, failed: true });
    expect(errors).toHaveLength(1);
    expect(written).toEqual([]);
  });

  it('answers an untrusted sender without a dialog', async () => {
    const { deps, log } = fakeDeps({ isTrusted: () => false });
    expect(await handlers(deps, log).savePdf(event, request)).toEqual({ saved: false, failed: true });
    expect(log).toEqual([]);
  });

  it.each([[undefined], ['name.pdf'], [{ suggestedName: 'a/b', folder: '/tmp' }], [{ suggestedName: 'x'.repeat(81) }]])(
    'answers a malformed request %j without a dialog',
    async (input) => {
      const { deps, log } = fakeDeps();
      expect(await handlers(deps, log).savePdf(event, input)).toEqual({ saved: false, failed: true });
      expect(log).toEqual([]);
    },
  );
});

describe('the save-file handler', () => {
  it('asks where with the workbook’s name and kind, decodes the base64, and writes it owner-only', async () => {
    const { deps, log, written } = fakeDeps();
    const reply = await handlers(deps, log).saveFile(event, fileRequest);
    expect(reply).toEqual({ saved: true, fileName: '危机台账-2026-03-14.xlsx' });
    expect(log).toEqual(['dialog 危机台账-2026-03-14.xlsx xlsx']);
    expect(written).toHaveLength(1);
    expect(written[0]?.filePath).toBe('/home/li/Documents/危机台账-2026-03-14.xlsx');
    expect([...(written[0]?.data ?? [])]).toEqual([...workbookBytes]);
    expect(written[0]?.options).toEqual({ mode: 0o600, flag: 'w' });
  });

  it('refuses a temp folder, and a vault locked during the dialog, writing nothing', async () => {
    const temp = fakeDeps({ isInTempFolder: async () => true });
    expect(await handlers(temp.deps, temp.log).saveFile(event, fileRequest)).toEqual({
      saved: false,
      refused: 'tempFolder',
    });
    expect(temp.written).toEqual([]);
    let unlocked = true;
    const locked = fakeDeps({
      isUnlocked: () => unlocked,
      choosePath: async (fileName) => {
        unlocked = false;
        return `/home/li/Documents/${fileName}`;
      },
    });
    expect(await handlers(locked.deps, locked.log).saveFile(event, fileRequest)).toEqual({ saved: false });
    expect(locked.written).toEqual([]);
  });

  it.each([
    ['another extension', { ...fileRequest, extension: 'exe' }],
    ['content that is not base64', { ...fileRequest, contentBase64: 'not base64!' }],
    ['content over 20 MB', { ...fileRequest, contentBase64: 'A'.repeat(maxContentBase64Length + 4) }],
    ['no content', { suggestedName: 'x', extension: 'xlsx' }],
  ])('answers %s as failed without a dialog', async (_case, input) => {
    const { deps, log, written } = fakeDeps();
    expect(await handlers(deps, log).saveFile(event, input)).toEqual({ saved: false, failed: true });
    expect(log).toEqual([]);
    expect(written).toEqual([]);
  });

  it('answers an untrusted sender without a dialog', async () => {
    const { deps, log } = fakeDeps({ isTrusted: () => false });
    expect(await handlers(deps, log).saveFile(event, fileRequest)).toEqual({ saved: false, failed: true });
    expect(log).toEqual([]);
  });
});

describe('one dialog at a time', () => {
  it('opens one dialog at a time, and another once the first is closed', async () => {
    let close: (filePath: string | undefined) => void = () => undefined;
    const { deps, log } = fakeDeps({
      choosePath: (fileName) => {
        log.push(`dialog ${fileName}`);
        return new Promise((resolve) => (close = resolve));
      },
    });
    const { savePdf } = handlers(deps, log);
    const first = savePdf(event, request);
    expect(await savePdf(event, request)).toEqual({ saved: false });
    close(undefined);
    expect(await first).toEqual({ saved: false });
    void savePdf(event, request);
    expect(log).toHaveLength(2);
  });

  it('counts both capabilities: no workbook dialog while a PDF dialog is open', async () => {
    let close: (filePath: string | undefined) => void = () => undefined;
    const { deps, log } = fakeDeps({
      choosePath: (fileName) => {
        log.push(`dialog ${fileName}`);
        return new Promise((resolve) => (close = resolve));
      },
    });
    const { savePdf, saveFile } = handlers(deps, log);
    const first = savePdf(event, request);
    expect(await saveFile(event, fileRequest)).toEqual({ saved: false });
    expect(log).toEqual(['dialog 辅导记录-2026-001-2026-03-14.pdf']);
    close(undefined);
    await first;
  });
});
