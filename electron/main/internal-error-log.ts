/**
 * The console line for an unexpected backend error. A packaged app writes only the error's
 * class and code: messages and stacks of database or file errors can quote record content or
 * paths that name a student, and nothing identifying may leave the encrypted file. Development
 * builds log the whole error, since they run on test data.
 */
export function internalErrorLogLine(error: unknown, isPackaged: boolean): string {
  if (!isPackaged) {
    return `Internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`;
  }
  if (!(error instanceof Error)) return 'Internal error: (not an Error)';
  const code = (error as { code?: unknown }).code;
  return `Internal error: ${error.name}${typeof code === 'string' ? ` (${code})` : ''}`;
}
