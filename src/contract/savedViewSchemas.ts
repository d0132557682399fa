import { z } from 'zod';
import { ReportDay, ReportFilters, reportDaysMax } from './reportSchemas';

/** A user keeps at most this many saved views: a menu longer than that is no longer a shortcut. */
export const savedViewsPerUserMax = 100;
/** A view's name, in characters, once trimmed. */
export const savedViewNameLengthMax = 60;

/**
 * The periods the dashboard offers that move with the days: a view saved as "Last 30 days" shows
 * the 30 days up to the day it is opened, not the day it was saved.
 */
export const relativePeriods = [
  'today',
  'last-7-days',
  'last-30-days',
  'this-week',
  'last-week',
  'this-month',
  'last-month',
] as const;
export const RelativePeriod = z.enum(relativePeriods, {
  error: `must be one of ${relativePeriods.join(', ')}`,
});
export type RelativePeriod = z.infer<typeof RelativePeriod>;

/** A saved period: a preset that moves with the days, or fixed UTC days. */
export const SavedViewPeriod = z.discriminatedUnion(
  'kind',
  [
    z.object({ kind: z.literal('relative'), preset: RelativePeriod }),
    z.object({ kind: z.literal('days'), from: ReportDay, to: ReportDay }).superRefine((period, context) => {
      const days =
        (Date.parse(`${period.to}T00:00:00Z`) - Date.parse(`${period.from}T00:00:00Z`)) / 86_400_000;
      if (days < 0) context.addIssue({ code: 'custom', path: ['to'], message: 'must not be before from' });
      else if (days + 1 > reportDaysMax) {
        context.addIssue({
          code: 'custom',
          path: ['to'],
          message: `must be within ${reportDaysMax} days of from`,
        });
      }
    }),
  ],
  {
    error:
      'must be a relative period ({ kind: "relative", preset }) or fixed days ({ kind: "days", from, to })',
  },
);
export type SavedViewPeriod = z.infer<typeof SavedViewPeriod>;

// The dashboard's own filters, each checked as the reports check it; only the period differs.
const { from: _from, to: _to, ...filterFields } = ReportFilters.shape;

/** What a saved view holds: the dashboard's filters, with a period that may move with the days. */
export const SavedViewFilters = z.object({ period: SavedViewPeriod, ...filterFields });
export type SavedViewFilters = z.infer<typeof SavedViewFilters>;

export const SavedViewId = z
  .string()
  .regex(/^[0-9A-Za-z][0-9A-Za-z_-]{7,47}$/, 'must be a client-generated id (a UUIDv7)');

export const SavedViewName = z
  .string({ error: 'must be text' })
  .transform((name) => name.trim().normalize('NFC'))
  .pipe(
    z
      .string()
      .min(1, 'must not be empty')
      .max(savedViewNameLengthMax, `must be at most ${savedViewNameLengthMax} characters`)
      // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it refuses
      .regex(/^[^\u0000-\u001f\u007f]*$/, 'must be on one line, without control characters'),
  );

/** The name alone, as the naming form checks it before asking the core. */
export const SavedViewNameInput = z.object({ name: SavedViewName });

/**
 * Creates a view, or renames or refilters the caller's own view with that id. The id is chosen by
 * the client before the first try, so a save retried after a lost answer changes nothing more.
 */
export const SaveViewInput = z.object({
  id: SavedViewId,
  name: SavedViewName,
  filters: SavedViewFilters,
});
export type SaveViewInput = z.infer<typeof SaveViewInput>;

export const SavedView = z.object({
  id: z.string(),
  name: z.string(),
  filters: SavedViewFilters,
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type SavedView = z.infer<typeof SavedView>;

export const SavedViewIdInput = z.object({ id: SavedViewId });

/** `deleted` is false when no such view was left (deleted already: a retried delete is harmless). */
export const DeletedView = z.object({ id: z.string(), deleted: z.boolean() });
