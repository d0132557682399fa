import { z } from 'zod';

/** ISO 4217 code, the currency money amounts in this workspace default to. */
export const CurrencyCode = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z]{3}$/, 'must be a three-letter ISO 4217 code such as XOF, NGN or KES');

export const WorkspaceSummary = z.object({
  dataDir: z.string(),
  distributorName: z.string(),
  baseCurrency: z.string(),
  createdAt: z.string(),
  schemaVersion: z.number().int().nonnegative(),
});
export type WorkspaceSummary = z.infer<typeof WorkspaceSummary>;

export const WorkspaceStatus = z.discriminatedUnion('state', [
  z.object({ state: z.literal('open'), workspace: WorkspaceSummary }),
  /** No workspace opened yet in this session; `defaultDataDir` is where one would be created. */
  z.object({
    state: z.literal('closed'),
    defaultDataDir: z.string(),
    existsAtDefault: z.boolean(),
    keySource: z.string(),
  }),
]);
export type WorkspaceStatus = z.infer<typeof WorkspaceStatus>;

const DataDir = z
  .string()
  .trim()
  .min(1, 'must not be empty')
  .max(1024, 'is longer than 1024 characters')
  .optional()
  .describe('Workspace folder; the default folder when omitted');

export const CreateWorkspaceInput = z.object({
  dataDir: DataDir,
  distributorName: z.string().trim().min(2, 'must have at least 2 characters').max(120, 'is too long'),
  baseCurrency: CurrencyCode,
});
export type CreateWorkspaceInput = z.infer<typeof CreateWorkspaceInput>;

export const OpenWorkspaceInput = z.object({ dataDir: DataDir });

export const VerifyReport = z.object({
  dataDir: z.string(),
  encrypted: z.literal(true),
  schemaVersion: z.number().int(),
  schemaVersionExpected: z.number().int(),
  integrity: z.literal('ok'),
  checks: z.array(z.object({ name: z.string(), ok: z.boolean(), detail: z.string() })),
});
export type VerifyReport = z.infer<typeof VerifyReport>;

export const SystemInfo = z.object({
  appName: z.literal('Airledger'),
  appVersion: z.string(),
  transport: z.string(),
  platform: z.string(),
  /** Operator connection and sync come with the operator issue; until then the status bar says so. */
  /** `refused`: the operator answered but refused the client credentials (not a network problem). */
  operator: z.object({
    state: z.enum(['not_configured', 'connected', 'offline', 'refused']),
    /** The connected operator's id; null before one is connected. Screens word the state themselves. */
    operatorId: z.string().nullable(),
    label: z.string(),
  }),
  sync: z.object({
    state: z.enum(['idle', 'running', 'waiting', 'not_configured']),
    pendingCount: z.number(),
  }),
});
export type SystemInfo = z.infer<typeof SystemInfo>;
