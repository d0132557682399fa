import { z } from 'zod';
import { SettlementCycle } from './settlementSchemas';
import { OfficeUpdateSettings } from './updateSchemas';

/** Settings that change how the rules apply; null turns a guard off. */
export const WorkspaceSettings = z.object({
  /** Allocations above this (airtime minor units) wait for a second person's approval. */
  allocationApprovalThresholdMinor: z
    .number()
    .int('must be a whole number of minor units')
    .positive('must be more than zero')
    .nullable(),
  /**
   * An allocation more than this many times the retailer's average allocation over the last 30
   * days (with at least 3 of them) waits for approval: a simple, explained fraud guard.
   */
  velocityMultiple: z.number().int().min(2, 'must be at least 2').max(50, 'must be at most 50').nullable(),
  /** A session unused this long locks: its user signs in again (polling screens do not count as use). */
  sessionIdleMinutes: z
    .number()
    .int('must be a whole number of minutes')
    .min(1, 'must be at least 1 minute')
    .max(480, 'must be at most 480 minutes (8 hours)'),
  /** How settlement periods are cut; a change applies from the end of the last closed period. */
  settlementCycle: SettlementCycle,
  /** Whether and how this office's installs update themselves. */
  updates: OfficeUpdateSettings,
});
export type WorkspaceSettings = z.infer<typeof WorkspaceSettings>;

/** A save names only the settings it changes; the others keep their value. */
export const WorkspaceSettingsChange = WorkspaceSettings.partial();
export type WorkspaceSettingsChange = z.infer<typeof WorkspaceSettingsChange>;
