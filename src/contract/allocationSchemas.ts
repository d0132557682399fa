import { z } from 'zod';
import { ImportRowIssue } from './retailerSchemas';

const CalendarDate = z.iso.date('must be a date such as 2026-11-22');
export const allocationStatuses = ['queued', 'in_flight', 'confirmed', 'failed', 'cancelled'] as const;
export const AllocationStatus = z.enum(allocationStatuses);
export type AllocationStatus = z.infer<typeof AllocationStatus>;

export const AllocationListInput = z.object({
  retailerCode: z.string().trim().toUpperCase().max(32, 'is longer than 32 characters').optional(),
  /** Only this sub-distributor and its branch, itself included (a partner office's whole view). */
  within: z.string().trim().toUpperCase().max(32, 'is longer than 32 characters').optional(),
  statuses: z.array(AllocationStatus).max(5).optional(),
  operatorId: z.string().max(64, 'is longer than 64 characters').optional(),
  fromDate: CalendarDate.optional(),
  toDate: CalendarDate.optional(),
  offset: z.number().int().min(0).default(0),
  limit: z.number().int().min(1).max(500).default(100),
});
export type AllocationListInput = z.infer<typeof AllocationListInput>;

export const AllocationView = z.object({
  id: z.string(),
  operatorId: z.string(),
  airtimeAssetCode: z.string(),
  /** The retailer it went to (null for a wallet no retailer owns). */
  retailerCode: z.string().nullable(),
  retailerName: z.string().nullable(),
  partyId: z.string().nullable(),
  amountMinor: z.number().int(),
  /** What the retailer is charged for it, in the workspace currency (null: not charged). */
  chargedMinor: z.number().int().nullable(),
  /** Stock sent back by reversals confirmed or on their way (not failed or cancelled). */
  reversedMinor: z.number().int(),
  status: AllocationStatus,
  statusReason: z.string().nullable(),
  note: z.string().nullable(),
  clientReference: z.string(),
  operatorActionId: z.string().nullable(),
  pendingEntryId: z.string(),
  resolutionEntryId: z.string().nullable(),
  requestedBy: z.string(),
  createdAt: z.iso.datetime(),
  finalAt: z.iso.datetime().nullable(),
});
export type AllocationView = z.infer<typeof AllocationView>;

export const AllocationPage = z.object({
  rows: z.array(AllocationView),
  total: z.number().int(),
  offset: z.number().int(),
  totals: z.object({ amountMinor: z.number().int() }),
});
export type AllocationPage = z.infer<typeof AllocationPage>;

/** A bulk allocation file (CSV or XLSX): retailer code, amount in the operator's units, note. */
export const AllocationImportInput = z.object({
  operatorId: z.string().optional(),
  fileName: z.string().trim().min(1).max(200),
  contentBase64: z.string().max(14_000_000, 'is larger than 10 MB'),
});
export type AllocationImportInput = z.infer<typeof AllocationImportInput>;

/** Applying a file: the batch id (a UUIDv7 the client mints once) makes a retried apply queue nothing twice. */
export const AllocationImportApplyInput = AllocationImportInput.extend({
  batchId: z.string().regex(/^[0-9A-Za-z][0-9A-Za-z-]{7,39}$/, 'must be a client-generated id (a UUIDv7)'),
});
export type AllocationImportApplyInput = z.infer<typeof AllocationImportApplyInput>;

export const AllocationImportRow = z.object({
  rowNumber: z.number().int(),
  retailerCode: z.string().nullable(),
  retailerName: z.string().nullable(),
  amountMinor: z.number().int().nullable(),
  note: z.string().nullable(),
  issues: z.array(ImportRowIssue),
});
export const AllocationImportPreview = z.object({
  fileName: z.string(),
  rows: z.array(AllocationImportRow),
  rowCount: z.number().int(),
  validCount: z.number().int(),
  invalidCount: z.number().int(),
  /** Over the rows without problems. */
  totalAmountMinor: z.number().int(),
  /** Wholesale stock available now, and what would be left after the file. */
  wholesaleAvailableMinor: z.number().int(),
  airtimeAssetCode: z.string(),
  airtimeScale: z.number().int(),
  fileError: z.string().nullable(),
});
export type AllocationImportPreview = z.infer<typeof AllocationImportPreview>;

export const AllocationImportResult = z.object({
  queued: z.number().int(),
  totalAmountMinor: z.number().int(),
  actionIds: z.array(z.string()),
});
export type AllocationImportResult = z.infer<typeof AllocationImportResult>;

export const CreateAllocationInput = z.object({
  id: z.string().regex(/^[0-9A-Za-z][0-9A-Za-z_-]{7,47}$/, 'must be a client-generated id (a UUIDv7)'),
  operatorId: z.string().optional(),
  retailerCode: z.string().trim().toUpperCase().min(2, 'is required'),
  amountMinor: z
    .number()
    .int('must be a whole number of minor units')
    .positive('must be more than zero')
    .max(999_999_999_999_999, 'is too large'),
  note: z.string().trim().max(200, 'is longer than 200 characters').optional(),
});
export type CreateAllocationInput = z.infer<typeof CreateAllocationInput>;

export const AllocationApprovalView = z.object({
  id: z.string(),
  operatorId: z.string(),
  retailerCode: z.string(),
  retailerName: z.string(),
  amountMinor: z.number().int(),
  note: z.string().nullable(),
  reason: z.enum(['above_threshold', 'unusual_amount']),
  /** Why it waits, in words: the threshold, or the retailer's usual allocation. */
  explanation: z.string(),
  state: z.enum(['awaiting_approval', 'approved', 'rejected']),
  /** The maker and the checker, by user id and by name: both stay on record. */
  requestedBy: z.string(),
  requestedByName: z.string(),
  requestedAt: z.iso.datetime(),
  decidedBy: z.string().nullable(),
  decidedByName: z.string().nullable(),
  decidedAt: z.iso.datetime().nullable(),
  decisionNote: z.string().nullable(),
});
export type AllocationApprovalView = z.infer<typeof AllocationApprovalView>;

/** Queued at once, or waiting for a second person. */
export const AllocationOutcome = z.object({
  status: z.enum(['queued', 'awaiting_approval']),
  allocation: AllocationView.nullable(),
  approval: AllocationApprovalView.nullable(),
});
export type AllocationOutcome = z.infer<typeof AllocationOutcome>;

export const ApprovalIdInput = z.object({
  id: z.string().min(8).max(48),
  note: z.string().trim().max(200, 'is longer than 200 characters').optional(),
});
export const RejectApprovalInput = z.object({
  id: z.string().min(8).max(48),
  note: z.string().trim().min(3, 'is required to reject (at least 3 characters)').max(200),
});
export const ApprovalListInput = z.object({
  state: z.enum(['awaiting_approval', 'approved', 'rejected']).optional(),
});

export const ReverseAllocationInput = z.object({
  /** The reversal's own client-generated id (a UUIDv7). */
  id: z.string().regex(/^[0-9A-Za-z][0-9A-Za-z_-]{7,47}$/, 'must be a client-generated id (a UUIDv7)'),
  allocationId: z.string().min(8).max(48),
  /** Part of it; all that is left when omitted. */
  amountMinor: z.number().int().positive('must be more than zero').optional(),
  reason: z
    .string()
    .trim()
    .min(3, 'is required (at least 3 characters)')
    .max(180, 'is longer than 180 characters'),
});
