import { z } from 'zod';

/** A release version as the update feed writes it: 1.4.0, 1.5.0-beta.2. */
const releaseVersionPattern = /^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?$/;

/** What an administrator decides for this office's installs. */
export const OfficeUpdateSettings = z.object({
  /** Off: the app never looks for updates (an office that installs by hand). */
  enabled: z.boolean(),
  /** Stable takes releases; beta takes releases and beta builds. */
  channel: z.enum(['stable', 'beta']),
  /** The one version this office runs, or null to follow the channel. Never a downgrade. */
  pinnedVersion: z
    .string()
    .trim()
    .regex(releaseVersionPattern, 'must be a release version such as 1.4.0 or 1.5.0-beta.2')
    .nullable(),
});
export type OfficeUpdateSettings = z.infer<typeof OfficeUpdateSettings>;

export const defaultOfficeUpdateSettings: OfficeUpdateSettings = {
  enabled: true,
  channel: 'stable',
  pinnedVersion: null,
};

export const UpdatePhase = z.enum(['idle', 'checking', 'downloading', 'ready', 'installing']);
export type UpdatePhase = z.infer<typeof UpdatePhase>;

/** How the last look at the feed ended, said in words a clerk can act on. */
export const UpdateOutcome = z.object({
  kind: z.enum(['up_to_date', 'offered', 'ignored', 'deferred', 'skipped', 'failed']),
  message: z.string(),
  at: z.string(),
});
export type UpdateOutcome = z.infer<typeof UpdateOutcome>;

/** The Updates panel: what runs, what was found, how far a download has got. */
export const UpdateStatusView = z.object({
  /** False where this build cannot update itself (browser mode, the CLI, a development run). */
  available: z.boolean(),
  unavailableReason: z.string().nullable(),
  currentVersion: z.string(),
  office: OfficeUpdateSettings,
  phase: UpdatePhase,
  lastCheckAt: z.string().nullable(),
  nextCheckAt: z.string().nullable(),
  lastOutcome: UpdateOutcome.nullable(),
  /** The update offered to this install, once found. */
  update: z
    .object({
      version: z.string(),
      releaseDate: z.string(),
      releaseNotes: z.string().nullable(),
    })
    .nullable(),
  progress: z
    .object({
      transferredBytes: z.number().nonnegative(),
      totalBytes: z.number().nonnegative(),
      bytesPerSecond: z.number().nonnegative(),
    })
    .nullable(),
});
export type UpdateStatusView = z.infer<typeof UpdateStatusView>;
