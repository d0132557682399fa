import type { ContractErrorBody, ErrorCode } from '../contract/contractError';

/** An error the user can read. Anything else thrown inside the core is a bug and becomes `internal`. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly reason: string | undefined;
  readonly issues: ContractErrorBody['issues'];

  constructor(
    code: ErrorCode,
    message: string,
    options: { reason?: string; issues?: ContractErrorBody['issues']; cause?: unknown } = {},
  ) {
    super(message, { cause: options.cause });
    this.name = 'AppError';
    this.code = code;
    this.reason = options.reason;
    this.issues = options.issues;
  }

  toBody(): ContractErrorBody {
    return {
      code: this.code,
      message: this.message,
      ...(this.reason === undefined ? {} : { reason: this.reason }),
      ...(this.issues === undefined ? {} : { issues: this.issues }),
    };
  }
}

export function workspaceUnavailable(reason: string, message: string, cause?: unknown): AppError {
  return new AppError('workspace_unavailable', message, { reason, cause });
}
