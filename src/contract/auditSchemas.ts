import { z } from 'zod';
import { DocumentLanguage } from './documentLanguage';
import { Role, Transport } from './permissions';

/** Events per page of the audit list: a few screens' worth. */
export const auditPageRowsMax = 500;
/** An export writes at most this many events, newest first; narrower filters reach older ones. */
export const auditExportRowsMax = 50_000;

export const auditOutcomes = ['ok', 'refused', 'interrupted'] as const;
/**
 * `ok`: the call changed what it says; `refused`: a rule or a missing permission refused it and
 * nothing changed; `interrupted`: the app stopped while the call ran, so whether it changed
 * anything is not known (its record was completed when the workspace was next opened).
 */
export const AuditOutcome = z.enum(auditOutcomes);
export type AuditOutcome = z.infer<typeof AuditOutcome>;

const CalendarDate = z.iso.date('must be a date such as 2026-11-22');

export const AuditFilters = z
  .object({
    /** Events on or after / on or before these days (local time). */
    fromDate: CalendarDate.optional(),
    toDate: CalendarDate.optional(),
    actorUserId: z.string().trim().min(1).max(80).optional(),
    /** An operation (`retailers.update`) or a group of them (`retailers`). */
    operation: z
      .string()
      .trim()
      .min(1)
      .max(80)
      .regex(
        /^[A-Za-z.]+$/,
        'must be an operation name such as retailers.update, or a prefix such as retailers',
      )
      .optional(),
    outcome: AuditOutcome.optional(),
    transport: Transport.optional(),
    /** Words found in the summary line. */
    search: z.string().trim().max(80, 'is longer than 80 characters').optional(),
  })
  .refine(
    (filters) =>
      filters.fromDate === undefined || filters.toDate === undefined || filters.fromDate <= filters.toDate,
    { message: 'must not be after the "to" day', path: ['fromDate'] },
  );
export type AuditFilters = z.infer<typeof AuditFilters>;

export const AuditListInput = z.object({
  filters: AuditFilters.default({}),
  offset: z.number().int().min(0).default(0),
  limit: z.number().int().min(1).max(auditPageRowsMax).default(100),
});
export type AuditListInput = z.infer<typeof AuditListInput>;

export const AuditActor = z.object({
  userId: z.string(),
  displayName: z.string(),
  roles: z.array(Role),
});
export type AuditActor = z.infer<typeof AuditActor>;

/** What a call changed: a retailer, a user, the settings... */
export const AuditSubject = z.object({ kind: z.string(), id: z.string() });
export type AuditSubject = z.infer<typeof AuditSubject>;

/** One line of the audit list. */
export const AuditEventRow = z.object({
  seq: z.number().int(),
  id: z.string(),
  at: z.iso.datetime(),
  actor: AuditActor,
  transport: Transport,
  operation: z.string(),
  outcome: AuditOutcome,
  /** For a refusal: the error code and what the caller was told. */
  refusal: z.object({ code: z.string(), message: z.string() }).nullable(),
  subject: AuditSubject.nullable(),
  summary: z.string(),
});
export type AuditEventRow = z.infer<typeof AuditEventRow>;

export const AuditPage = z.object({
  rows: z.array(AuditEventRow),
  total: z.number().int(),
  offset: z.number().int(),
});
export type AuditPage = z.infer<typeof AuditPage>;

/** One event in full: the input as given (secrets redacted) and what it changed, before and after. */
export const AuditEventView = AuditEventRow.extend({
  input: z.unknown(),
  before: z.unknown(),
  after: z.unknown(),
  previousHash: z.string(),
  hash: z.string(),
});
export type AuditEventView = z.infer<typeof AuditEventView>;

export const AuditEventInput = z.object({ seq: z.number().int().min(1) });

export const AuditExportInput = z.object({
  filters: AuditFilters.default({}),
  /** The language of the CSV's header row and outcome words; English when left out. */
  language: DocumentLanguage.optional(),
});

/** Everyone who appears in the trail, for the "who" filter (auditors cannot list users). */
export const AuditActors = z.array(z.object({ userId: z.string(), displayName: z.string() }));
export type AuditActors = z.infer<typeof AuditActors>;
