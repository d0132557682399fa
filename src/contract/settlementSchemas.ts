import { z } from 'zod';
import { ErrorCode } from './contractError';
import { DocumentLanguage } from './documentLanguage';

/** An IANA time zone the runtime knows (`Africa/Dakar`, `Africa/Lagos`, `UTC`). */
export const TimeZone = z
  .string()
  .trim()
  .min(1, 'is required')
  .max(64)
  .refine((zone) => {
    try {
      new Intl.DateTimeFormat('en-US', { timeZone: zone });
      return true;
    } catch {
      return false;
    }
  }, 'is not a time zone this computer knows (write it as Africa/Dakar, Africa/Lagos or UTC)');

/**
 * How the distributor cuts its settlement periods: every week or every month, starting on a day
 * and at a time of day in a time zone (the cut-off). A period runs from one cut-off to the next.
 */
export const SettlementCycle = z
  .object({
    kind: z.enum(['weekly', 'monthly'], { error: 'must be weekly or monthly' }),
    /** Weekly: 1 (Monday) to 7 (Sunday). Monthly: 1 to 28 (every month has that day). */
    startDay: z.number().int('must be a whole day').min(1, 'must be at least 1'),
    /** The cut-off time of day, `HH:MM` (24-hour). */
    startTime: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a time written HH:MM (00:00 to 23:59)'),
    timeZone: TimeZone,
  })
  .superRefine((cycle, context) => {
    const max = cycle.kind === 'weekly' ? 7 : 28;
    if (cycle.startDay > max) {
      context.addIssue({
        code: 'custom',
        path: ['startDay'],
        message:
          cycle.kind === 'weekly'
            ? 'must be 1 (Monday) to 7 (Sunday) for a weekly cycle'
            : 'must be 1 to 28 for a monthly cycle (every month has those days)',
      });
    }
  });
export type SettlementCycle = z.infer<typeof SettlementCycle>;

export const SettlementPeriodView = z.object({
  id: z.string().nullable(),
  key: z.string(),
  label: z.string(),
  startsAt: z.iso.datetime(),
  endsAt: z.iso.datetime(),
  /** `closed`; `ready` (over, the next to close); `running` (not over yet). */
  state: z.enum(['closed', 'ready', 'running']),
  closedAt: z.iso.datetime().nullable(),
  closedBy: z.string().nullable(),
  statements: z.number().int(),
});
export type SettlementPeriodView = z.infer<typeof SettlementPeriodView>;

export const SettlementPeriods = z.object({
  cycle: SettlementCycle,
  /** The next period to close (or the one running), then the closed ones, newest first. */
  periods: z.array(SettlementPeriodView),
});

export const ClosePeriodInput = z.object({
  /** The key of the period to close (`2026-11`), as the list shows it: closing is in order, one at a time. */
  key: z.string().trim().min(1).max(40),
});

export const StatementCommissionLine = z.object({
  month: z.string(),
  operatorId: z.string(),
  rule: z.string(),
  slabFromMinor: z.number().int().nullable(),
  basisPoints: z.number().int(),
  salesCount: z.number().int(),
  salesMinor: z.number().int(),
  reversalsMinor: z.number().int(),
  commissionMinor: z.number().int(),
  clawbackMinor: z.number().int(),
});

/** Who moved a statement along, and when: closed (its version made), approved, paid, superseded. */
export const StatementStep = z.object({
  step: z.enum(['closed', 'corrected', 'approved', 'paid', 'superseded']),
  at: z.iso.datetime(),
  by: z.string(),
  note: z.string().nullable(),
  /** For `paid`: the payment's reference, the day paid, how, and the payout's journal entry. */
  payment: z
    .object({
      reference: z.string(),
      paidOn: z.string(),
      method: z.enum(['offset', 'cash', 'bank_transfer', 'mobile_money']),
      amountMinor: z.number().int(),
      /** Null when there was no commission to pay. */
      entryId: z.string().nullable(),
    })
    .nullable(),
});
export type StatementStep = z.infer<typeof StatementStep>;

export const StatementView = z.object({
  id: z.string(),
  version: z.number().int(),
  periodId: z.string(),
  periodLabel: z.string(),
  retailerCode: z.string(),
  retailerName: z.string(),
  state: z.enum(['draft', 'approved', 'paid', 'superseded']),
  correctionReason: z.string().nullable(),
  currency: z.string(),
  scale: z.number().int(),
  /** What the reseller owes us (positive) at the start and the end, and what moved it. */
  openingBalanceMinor: z.number().int(),
  allocationsMinor: z.number().int(),
  allocationReversalsMinor: z.number().int(),
  paymentsMinor: z.number().int(),
  otherMinor: z.number().int(),
  adjustmentsMinor: z.number().int(),
  closingBalanceMinor: z.number().int(),
  salesCount: z.number().int(),
  salesMinor: z.number().int(),
  saleReversalsMinor: z.number().int(),
  commissionMinor: z.number().int(),
  /** closing − commission: positive, the reseller owes us; negative, we owe it. */
  netMinor: z.number().int(),
  commissionLines: z.array(StatementCommissionLine),
  adjustments: z.array(
    z.object({
      entryId: z.string(),
      effectiveAt: z.iso.datetime(),
      code: z.string(),
      amountMinor: z.number().int(),
      /** The closed period it took effect in. */
      originPeriod: z.string().nullable(),
    }),
  ),
  createdAt: z.iso.datetime(),
  createdBy: z.string(),
  /** Every step of this version, oldest first. */
  steps: z.array(StatementStep),
  /** Every version of the statement (1 first), to open older ones. */
  versions: z.array(z.object({ version: z.number().int(), state: z.string(), createdAt: z.iso.datetime() })),
});
export type StatementView = z.infer<typeof StatementView>;

export const ApproveStatementInput = z.object({
  statementId: z.string().trim().min(1).max(128),
  /** The version approved, as the approver saw it: a newer one must be looked at first. */
  version: z.number().int().min(1),
  note: z.string().trim().max(200, 'is longer than 200 characters').optional(),
});

export const MarkStatementPaidInput = z.object({
  statementId: z.string().trim().min(1).max(128),
  version: z.number().int().min(1),
  /**
   * How the commission reaches the reseller: `offset` against what it owes us (its receivable), or
   * paid out in cash, by bank transfer or mobile money.
   */
  method: z.enum(['offset', 'cash', 'bank_transfer', 'mobile_money'], {
    error: 'must be offset, cash, bank_transfer or mobile_money',
  }),
  reference: z.string().trim().min(1, 'is required').max(80, 'is longer than 80 characters'),
  /** The day it was paid (`YYYY-MM-DD`); never in the future. */
  paidOn: z.iso.date('must be a date such as 2026-11-22'),
});

export const CorrectStatementInput = z.object({
  statementId: z.string().trim().min(1).max(128),
  reason: z.string().trim().min(5, 'must say why, in at least 5 characters').max(300),
});

export const SettlementExportInput = z.object({
  periodId: z.string().trim().min(1).max(64),
  /** One reseller's settlement; every reseller's when left out. */
  retailerCode: z.string().trim().min(1).max(32).optional(),
  /** Every reseller of this sub-distributor's branch, itself included (a partner office's workbook). */
  within: z.string().trim().toUpperCase().min(1).max(32).optional(),
  /** The language of the workbook's sheet names, headers and labels; English when left out. */
  language: DocumentLanguage.optional(),
});

/** A job's id, made by the client (`crypto.randomUUID()`), so starting the same export twice starts one. */
const ExportJobId = z
  .string()
  .trim()
  .regex(
    /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i,
    'must be a UUID the client made (such as crypto.randomUUID() gives)',
  );

export const StartSettlementExportInput = SettlementExportInput.extend({ jobId: ExportJobId });
export const ExportJobInput = z.object({ jobId: ExportJobId });

/** A settlement workbook being written in the background, as the person who started it sees it. */
export const ExportJobView = z.object({
  jobId: z.string(),
  periodId: z.string(),
  retailerCode: z.string().nullable(),
  /** `done`: the file waits to be taken (for some minutes); `cancelled` and `failed` kept nothing. */
  state: z.enum(['running', 'done', 'failed', 'cancelled']),
  fileName: z.string(),
  /** Data rows written so far, of the rows the workbook will hold (equal once done). */
  rowsWritten: z.number().int(),
  rowsTotal: z.number().int(),
  /** The file's size, once done. */
  bytes: z.number().int().nullable(),
  /** Why it failed: the refusal the core gave. */
  error: z.object({ code: ErrorCode, message: z.string() }).nullable(),
  startedAt: z.iso.datetime(),
  finishedAt: z.iso.datetime().nullable(),
});
export type ExportJobView = z.infer<typeof ExportJobView>;

export const PeriodStatementsInput = z.object({ periodId: z.string().trim().min(1).max(64) });
export const StatementInput = z.object({
  statementId: z.string().trim().min(1).max(128),
  /** The latest version when omitted. */
  version: z.number().int().min(1).optional(),
});

export const defaultSettlementCycle: SettlementCycle = {
  kind: 'monthly',
  startDay: 1,
  startTime: '00:00',
  timeZone: 'UTC',
};
