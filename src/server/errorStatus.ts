import type { ErrorCode } from '../contract/contractError';

/** How each contract error code answers over HTTP. */
export const httpStatusByErrorCode: Record<ErrorCode, number> = {
  bad_input: 400,
  unauthenticated: 401,
  permission_denied: 403,
  not_found: 404,
  workspace_unavailable: 409,
  business_rule: 422,
  operator_unreachable: 502,
  internal: 500,
};
