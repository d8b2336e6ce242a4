/**
 * An error the user can fix (bad arguments, unreadable input). The CLI and the action print its
 * message without a stack trace and exit with `exitCode` (2 by default: usage or input error).
 */
export class UserError extends Error {
  constructor(
    message: string,
    readonly exitCode: number = 2,
  ) {
    super(message);
    this.name = 'UserError';
  }
}

export function isUserError(e: unknown): e is UserError {
  return e instanceof UserError;
}
