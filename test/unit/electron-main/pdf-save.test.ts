import { describe, expect, it } from 'vitest';
import type { IpcSenderEvent } from '../../../electron/main/ipc-sender';
import { createSavePdfHandler, pdfFileMode, type SavePdfDeps } from '../../../electron/main/pdf-save';

const event: IpcSenderEvent = { sender: { id: 1 }, senderFrame: { url: 'app://xinqing/', parent: null } };
const request = { suggestedName: '辅导记录-2026-001-2026-03-14' };
const pdfBytes = new Uint8Array([0x25, 0x50, 0x44, 0x46]);

/** Stand-ins for the dialog, the page and the disk that record what the flow asked of them. */
function fakeDeps(overrides: Partial<SavePdfDeps> = {}) {
  const log: string[] = [];
  const written: Array<{ filePath: string; data: Uint8Array; options: { mode: number; flag: 'w' } }> = [];
  const errors: unknown[] = [];
  const deps: SavePdfDeps = {
    isTrusted: () => true,
    isUnlocked: () => true,
    choosePath: async (fileName) => {
      log.push(`dialog ${fileName}`);
      return `/home/li/Documents/${fileName}`;
    },
    isInTempFolder: async () => false,
    renderPdf: async () => {
      log.push('render');
      return pdfBytes;
    },
    writeFile: async (filePath, data, options) => {
      written.push({ filePath, data, options });
    },
    onError: (error) => errors.push(error),
    ...overrides,
  };
  return { deps, log, written, errors };
}

describe('the save-as-PDF handler', () => {
  it('asks where, renders the page, writes the bytes owner-only, and returns the file name only', async () => {
    const { deps, log, written } = fakeDeps();
    const reply = await createSavePdfHandler(deps)(event, request);
    expect(reply).toEqual({ saved: true, fileName: '辅导记录-2026-001-2026-03-14.pdf' });
    expect(log).toEqual(['dialog 辅导记录-2026-001-2026-03-14.pdf', 'render']);
    expect(written).toEqual([
      {
        filePath: '/home/li/Documents/辅导记录-2026-001-2026-03-14.pdf',
        data: pdfBytes,
        options: { mode: 0o600, flag: 'w' },
      },
    ]);
    expect(pdfFileMode).toBe(0o600);
  });

  it('offers a sanitized name in the dialog', async () => {
    const { deps, log } = fakeDeps();
    await createSavePdfHandler(deps)(event, { suggestedName: '../../etc/x' });
    expect(log[0]).toBe('dialog etc-x.pdf');
  });

  it('does nothing more when the dialog is cancelled', async () => {
    const { deps, log, written } = fakeDeps({ choosePath: async () => undefined });
    expect(await createSavePdfHandler(deps)(event, request)).toEqual({ saved: false });
    expect(log).toEqual([]);
    expect(written).toEqual([]);
  });

  it('refuses a temp folder before rendering anything', async () => {
    const { deps, log, written } = fakeDeps({ isInTempFolder: async (filePath) => filePath.startsWith('/home') });
    expect(await createSavePdfHandler(deps)(event, request)).toEqual({ saved: false, refused: 'tempFolder' });
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
    expect(await createSavePdfHandler(deps)(event, request)).toEqual({ saved: false });
    expect(log).not.toContain('render');
    expect(written).toEqual([]);
  });

  it('shows no dialog while the vault is locked', async () => {
    const { deps, log } = fakeDeps({ isUnlocked: () => false });
    expect(await createSavePdfHandler(deps)(event, request)).toEqual({ saved: false });
    expect(log).toEqual([]);
  });

  it.each([
    ['rendering', { renderPdf: () => Promise.reject(new Error('render failed')) }],
    ['writing', { writeFile: () => Promise.reject(Object.assign(new Error('EACCES'), { code: 'EACCES' })) }],
    ['the dialog', { choosePath: () => Promise.reject(new Error('window closed')) }],
  ] as const)('answers failed when %s fails, and hands the error to the log', async (_step, override) => {
    const { deps, errors } = fakeDeps(override);
    expect(await createSavePdfHandler(deps)(event, request)).toEqual({ saved: false, failed: true });
    expect(errors).toHaveLength(1);
  });

  it('answers an untrusted sender without a dialog', async () => {
    const { deps, log } = fakeDeps({ isTrusted: () => false });
    expect(await createSavePdfHandler(deps)(event, request)).toEqual({ saved: false, failed: true });
    expect(log).toEqual([]);
  });

  it.each([[undefined], ['name.pdf'], [{ suggestedName: 'a/b', folder: '/tmp' }], [{ suggestedName: 'x'.repeat(81) }]])(
    'answers a malformed request %j without a dialog',
    async (input) => {
      const { deps, log } = fakeDeps();
      expect(await createSavePdfHandler(deps)(event, input)).toEqual({ saved: false, failed: true });
      expect(log).toEqual([]);
    },
  );

  it('opens one dialog at a time, and another once the first is closed', async () => {
    let close: (filePath: string | undefined) => void = () => undefined;
    const { deps, log } = fakeDeps({
      choosePath: (fileName) => {
        log.push(`dialog ${fileName}`);
        return new Promise((resolve) => (close = resolve));
      },
    });
    const handler = createSavePdfHandler(deps);
    const first = handler(event, request);
    expect(await handler(event, request)).toEqual({ saved: false });
    close(undefined);
    expect(await first).toEqual({ saved: false });
    void handler(event, request);
    expect(log).toHaveLength(2);
  });
});
