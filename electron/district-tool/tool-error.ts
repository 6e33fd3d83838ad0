/** A failure the tool explains in one message and an exit code: 1 refused or failed, 2 wrong usage. */
export class ToolError extends Error {
  constructor(
    message: string,
    readonly exitCode: 1 | 2 = 1,
  ) {
    super(message);
    this.name = 'ToolError';
  }
}
