import { describe, expect, it } from 'vitest';
import { internalErrorLogLine } from '../../../electron/main/internal-error-log';

describe('internalErrorLogLine', () => {
  const error = Object.assign(new Error('UNIQUE constraint failed: students.name = 张小明'), {
    code: 'SQLITE_CONSTRAINT',
  });

  it('logs only class and code in a packaged app, never the message', () => {
    const line = internalErrorLogLine(error, true);
    expect(line).toBe('Internal error: Error (SQLITE_CONSTRAINT)');
    expect(line).not.toContain('张小明');
    expect(internalErrorLogLine('张小明', true)).not.toContain('张小明');
    expect(internalErrorLogLine(new TypeError('张小明'), true)).toBe('Internal error: TypeError');
  });

  it('logs the whole error in development', () => {
    expect(internalErrorLogLine(error, false)).toContain('张小明');
  });
});
