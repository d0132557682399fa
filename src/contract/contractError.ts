import { z } from 'zod';

/**
 * Every failure crosses a transport as one of these codes. Each transport maps the code, never the
 * message, to its own signal (CLI exit code, HTTP status), so the mapping lives in one table.
 */
export const errorCodes = [
  'business_rule', // a rule of the business refused the operation
  'bad_input', // the input does not satisfy the operation's schema, or the call is malformed
  'permission_denied',
  'unauthenticated',
  'not_found',
  'workspace_unavailable', // no workspace open, wrong key, corrupt file, newer schema
  'operator_unreachable',
  'internal',
] as const;

export const ErrorCode = z.enum(errorCodes);
export type ErrorCode = z.infer<typeof ErrorCode>;

export const ContractErrorBody = z.object({
  code: ErrorCode,
  /** One readable sentence: what was refused and what to do. */
  message: z.string(),
  /** Finer reason for programs, e.g. `wrong_key`, `newer_schema`. */
  reason: z.string().optional(),
  /** Field-level problems, paths in dotted form (`amountMinor`, `rows.3.msisdn`). */
  issues: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
});
export type ContractErrorBody = z.infer<typeof ContractErrorBody>;

/** What a client throws when an operation fails; carries the body unchanged. */
export class ContractCallError extends Error {
  readonly code: ErrorCode;
  readonly body: ContractErrorBody;

  constructor(body: ContractErrorBody) {
    super(body.message);
    this.name = 'ContractCallError';
    this.code = body.code;
    this.body = body;
  }
}

export type CallResult<T> = { ok: true; value: T } | { ok: false; error: ContractErrorBody };
