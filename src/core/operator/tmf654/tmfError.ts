import { z } from 'zod';

/** TMF error body. The spec types `status` as a string: the sandbox sends the HTTP status as text, e.g. `"409"`. */
export const TmfError = z.looseObject({
  code: z.string(),
  reason: z.string(),
  message: z.string().optional(),
  status: z.string().optional(),
  referenceError: z.string().optional(),
});
export type TmfError = z.infer<typeof TmfError>;

/** Body of a refused `POST /oauth2/token` (RFC 6749), not a TMF error. */
export const OAuthError = z.looseObject({
  error: z.string(),
  error_description: z.string().optional(),
});
export type OAuthError = z.infer<typeof OAuthError>;

export const TokenResponse = z.looseObject({
  access_token: z.string().min(1),
  token_type: z.string(),
  expires_in: z.number().int().positive(),
});
export type TokenResponse = z.infer<typeof TokenResponse>;
