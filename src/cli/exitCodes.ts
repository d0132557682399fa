import type { ErrorCode } from '../contract/contractError';

/** The CLI's exit codes (DESIGN.md, "Interfaces other tools rely on"): stable, scripts depend on them. */
export const exitCode = {
  success: 0,
  refused: 1,
  badInput: 2,
  workspaceUnavailable: 3,
  operatorUnreachable: 4,
} as const;

export const exitCodeByErrorCode: Record<ErrorCode, number> = {
  business_rule: exitCode.refused,
  permission_denied: exitCode.refused,
  unauthenticated: exitCode.refused,
  internal: exitCode.refused,
  bad_input: exitCode.badInput,
  not_found: exitCode.badInput,
  workspace_unavailable: exitCode.workspaceUnavailable,
  operator_unreachable: exitCode.operatorUnreachable,
};
