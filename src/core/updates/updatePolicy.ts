import {
  compareReleaseVersions,
  parseReleaseVersion,
  prereleaseTag,
  type ReleaseVersion,
} from './releaseVersion';

export type UpdateChannel = 'stable' | 'beta';

/** What an administrator sets for an office. */
export interface OfficeUpdateSettings {
  updatesEnabled: boolean;
  /** The one version this office may run, or null to follow its channel. */
  pinnedVersion: string | null;
  channel: UpdateChannel;
}

/** Four hours between routine checks. */
export const updateCheckIntervalMsDefault = 4 * 60 * 60 * 1000;
/** The first retry after a failed check waits this long, doubling with each further failure. */
export const updateBackoffBaseMs = 15 * 60 * 1000;
/** A failing feed is still tried at least this often. */
export const updateBackoffMaxMs = 8 * 60 * 60 * 1000;

/** Consecutive failures of the updater (feed unreachable, download failed), for the backoff. */
export interface UpdaterFailureRecord {
  lastFailureAtMs: number;
  consecutiveFailures: number;
}

export interface UpdateCheckSituation {
  nowMs: number;
  /** When the last check finished, or null when this run of the app has not checked yet (a check at start). */
  lastCheckAtMs: number | null;
  checkIntervalMs: number;
  syncRunning: boolean;
  exportRunning: boolean;
  office: OfficeUpdateSettings;
  currentVersion: string;
  failures: UpdaterFailureRecord | null;
}

export type UpdateCheckDecision =
  | { action: 'check'; channel: UpdateChannel }
  | {
      action: 'defer';
      reason: 'sync_running' | 'export_running' | 'backing_off' | 'not_due';
      /** When to ask again; null when it depends on the running work finishing. */
      retryAtMs: number | null;
    }
  | {
      action: 'skip';
      reason: 'updates_off' | 'pinned_version_installed' | 'pinned_below_current' | 'invalid_version';
      message: string;
    };

/** Whether to look for an update now. Pure: the caller supplies the clock and the state. */
export function decideUpdateCheck(situation: UpdateCheckSituation): UpdateCheckDecision {
  const { office } = situation;
  if (!office.updatesEnabled) {
    return { action: 'skip', reason: 'updates_off', message: 'Updates are turned off for this office.' };
  }
  const current = parseReleaseVersion(situation.currentVersion);
  if (current === null) {
    return invalidVersion(`This app's version "${situation.currentVersion}" is not a release version.`);
  }
  if (office.pinnedVersion !== null) {
    const pinned = parseReleaseVersion(office.pinnedVersion);
    if (pinned === null) {
      return invalidVersion(
        `The office's pinned version "${office.pinnedVersion}" is not a release version.`,
      );
    }
    const order = compareReleaseVersions(pinned, current);
    if (order === 0) {
      return {
        action: 'skip',
        reason: 'pinned_version_installed',
        message: `This office is pinned to ${office.pinnedVersion}, which is installed.`,
      };
    }
    if (order < 0) {
      return {
        action: 'skip',
        reason: 'pinned_below_current',
        message: `This office is pinned to ${office.pinnedVersion}, older than the installed ${situation.currentVersion}; updates never downgrade — reinstall ${office.pinnedVersion} to go back.`,
      };
    }
  }
  // Never while work that an install would interrupt is running; ask again once it has finished.
  if (situation.syncRunning) return { action: 'defer', reason: 'sync_running', retryAtMs: null };
  if (situation.exportRunning) return { action: 'defer', reason: 'export_running', retryAtMs: null };
  if (situation.failures !== null && situation.failures.consecutiveFailures > 0) {
    const retryAtMs = situation.failures.lastFailureAtMs + backoffMs(situation.failures.consecutiveFailures);
    if (situation.nowMs < retryAtMs) return { action: 'defer', reason: 'backing_off', retryAtMs };
  }
  if (situation.lastCheckAtMs !== null) {
    const dueAtMs = situation.lastCheckAtMs + situation.checkIntervalMs;
    if (situation.nowMs < dueAtMs) return { action: 'defer', reason: 'not_due', retryAtMs: dueAtMs };
  }
  return { action: 'check', channel: office.channel };
}

/** 15 min, 30 min, 1 h, … capped at `updateBackoffMaxMs`, after 1, 2, 3, … consecutive failures. */
export function backoffMs(consecutiveFailures: number): number {
  if (!Number.isSafeInteger(consecutiveFailures) || consecutiveFailures < 1) return 0;
  const doublings = Math.min(consecutiveFailures - 1, 16);
  return Math.min(updateBackoffBaseMs * 2 ** doublings, updateBackoffMaxMs);
}

function invalidVersion(message: string): UpdateCheckDecision {
  return { action: 'skip', reason: 'invalid_version', message };
}

/** An update the feed (or the updater) announced. */
export interface AnnouncedUpdate {
  version: string;
  /** The channel whose feed announced it. */
  channel: UpdateChannel;
  /** electron-builder's staged rollout: the share of installs (0–100) that may take it; absent means all. */
  stagingPercentage?: number | undefined;
}

export interface UpdateOfferSituation {
  update: AnnouncedUpdate;
  office: OfficeUpdateSettings;
  currentVersion: string;
  /** This install's rollout bucket, 0–99 (`rolloutBucketOf`). */
  rolloutBucket: number;
}

export type UpdateIgnoreReason =
  | 'updates_off'
  | 'wrong_channel'
  | 'pinned'
  | 'older'
  | 'same'
  | 'not_in_rollout'
  | 'invalid_version';

export type UpdateOfferDecision =
  | { action: 'offer'; version: string }
  | { action: 'ignore'; reason: UpdateIgnoreReason; message: string };

/** Whether to offer an announced update to this install. Pure. */
export function decideUpdateOffer(situation: UpdateOfferSituation): UpdateOfferDecision {
  const { update, office } = situation;
  if (!office.updatesEnabled) {
    return ignore('updates_off', 'Updates are turned off for this office.');
  }
  const current = parseReleaseVersion(situation.currentVersion);
  const announced = parseReleaseVersion(update.version);
  if (current === null || announced === null) {
    const bad = current === null ? situation.currentVersion : update.version;
    return ignore('invalid_version', `"${bad}" is not a release version.`);
  }
  const channelProblem = channelMismatch(announced, update.channel, office.channel);
  if (channelProblem !== null) return ignore('wrong_channel', channelProblem);
  const pinned = office.pinnedVersion === null ? null : parseReleaseVersion(office.pinnedVersion);
  if (office.pinnedVersion !== null && (pinned === null || compareReleaseVersions(announced, pinned) !== 0)) {
    return ignore(
      'pinned',
      `This office is pinned to ${office.pinnedVersion}; ${update.version} is not offered.`,
    );
  }
  const order = compareReleaseVersions(announced, current);
  if (order < 0)
    return ignore('older', `${update.version} is older than the installed ${situation.currentVersion}.`);
  if (order === 0) return ignore('same', `${update.version} is already installed.`);
  // A version the administrator pinned is their decision for the office: the staged rollout does not hold it back.
  if (pinned === null && !inRollout(update.stagingPercentage, situation.rolloutBucket)) {
    return ignore(
      'not_in_rollout',
      `${update.version} is rolling out to ${update.stagingPercentage}% of installs; this one will get it later.`,
    );
  }
  return { action: 'offer', version: update.version };
}

/** A stable office takes only releases from the stable feed; a beta office takes releases and beta builds. */
function channelMismatch(
  announced: ReleaseVersion,
  feedChannel: UpdateChannel,
  officeChannel: UpdateChannel,
): string | null {
  if (feedChannel !== officeChannel && !(officeChannel === 'beta' && feedChannel === 'stable')) {
    return `This office follows the ${officeChannel} channel; this update came from the ${feedChannel} feed.`;
  }
  const tag = prereleaseTag(announced);
  if (tag === null) return null;
  if (officeChannel === 'stable') return `A ${tag} build is not offered on the stable channel.`;
  if (tag !== 'beta') return `A ${tag} build is not offered on the beta channel.`;
  if (feedChannel === 'stable') return 'A beta build announced by the stable feed is not offered.';
  return null;
}

function inRollout(stagingPercentage: number | undefined, rolloutBucket: number): boolean {
  if (stagingPercentage === undefined) return true;
  return rolloutBucket < stagingPercentage;
}

function ignore(reason: UpdateIgnoreReason, message: string): UpdateOfferDecision {
  return { action: 'ignore', reason, message };
}
