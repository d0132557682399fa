import { describe, expect, it } from 'vitest';
import { compareReleaseVersions, parseReleaseVersion } from '../../../src/core/updates/releaseVersion';
import { rolloutBucketOf } from '../../../src/core/updates/rolloutBucket';
import {
  backoffMs,
  decideUpdateCheck,
  decideUpdateOffer,
  type OfficeUpdateSettings,
  type UpdateCheckSituation,
  type UpdateOfferSituation,
  updateCheckIntervalMsDefault,
} from '../../../src/core/updates/updatePolicy';

const hourMs = 60 * 60 * 1000;
const minuteMs = 60 * 1000;
const startMs = Date.UTC(2026, 10, 23, 9, 0, 0);
const stableOffice: OfficeUpdateSettings = { updatesEnabled: true, pinnedVersion: null, channel: 'stable' };

function checkSituation(overrides: Partial<UpdateCheckSituation> = {}): UpdateCheckSituation {
  return {
    nowMs: startMs,
    lastCheckAtMs: null,
    checkIntervalMs: updateCheckIntervalMsDefault,
    syncRunning: false,
    exportRunning: false,
    office: stableOffice,
    currentVersion: '1.3.0',
    failures: null,
    ...overrides,
  };
}

/** The decision for the default situation changed by `overrides`. */
function decide(overrides: Partial<UpdateCheckSituation> = {}) {
  return decideUpdateCheck(checkSituation(overrides));
}

const checkStable = { action: 'check', channel: 'stable' };

function offerSituation(overrides: Partial<UpdateOfferSituation> = {}): UpdateOfferSituation {
  return {
    update: { version: '1.4.0', channel: 'stable' },
    office: stableOffice,
    currentVersion: '1.3.0',
    rolloutBucket: 42,
    ...overrides,
  };
}

function order(left: string, right: string): number {
  const a = parseReleaseVersion(left);
  const b = parseReleaseVersion(right);
  if (a === null || b === null) throw new Error(`not versions: ${left}, ${right}`);
  return compareReleaseVersions(a, b);
}

describe('release versions', () => {
  it('orders versions by semver precedence, prereleases below their release', () => {
    const ascending = [
      '1.3.9',
      '1.4.0-alpha.1',
      '1.4.0-beta.2',
      '1.4.0-beta.10',
      '1.4.0-beta.10.1',
      '1.4.0-rc.1',
      '1.4.0',
      '1.4.1',
      '1.10.0',
      '2.0.0',
    ];
    for (let index = 1; index < ascending.length; index += 1) {
      expect(order(ascending[index - 1] as string, ascending[index] as string)).toBe(-1);
      expect(order(ascending[index] as string, ascending[index - 1] as string)).toBe(1);
    }
    expect(order('1.4.0+build.7', '1.4.0')).toBe(0);
    expect(order('1.4.0-beta.2', '1.4.0-beta.2')).toBe(0);
  });

  it('reads the parts of a beta build', () => {
    expect(parseReleaseVersion('1.4.0-beta.2')).toEqual({
      major: 1,
      minor: 4,
      patch: 0,
      prerelease: ['beta', 2],
    });
  });

  it('refuses what is not a strict x.y.z version', () => {
    for (const text of [
      '1.4',
      'v1.4.0',
      '01.4.0',
      '1.4.0-',
      '1.4.0-beta..2',
      '',
      ' 1.4.0',
      `1.4.${'9'.repeat(70)}`,
    ]) {
      expect(parseReleaseVersion(text), text).toBeNull();
    }
  });
});

describe('when to check for an update', () => {
  it('checks at start, on the office channel', () => {
    expect(decide()).toEqual({ action: 'check', channel: 'stable' });
    const beta = { ...stableOffice, channel: 'beta' as const };
    expect(decide({ office: beta })).toEqual({ action: 'check', channel: 'beta' });
  });

  it('waits the interval after a check, then checks again', () => {
    const lastCheckAtMs = startMs;
    expect(decide({ lastCheckAtMs, nowMs: startMs + 3 * hourMs })).toEqual({
      action: 'defer',
      reason: 'not_due',
      retryAtMs: startMs + 4 * hourMs,
    });
    expect(decide({ lastCheckAtMs, nowMs: startMs + 4 * hourMs })).toEqual(checkStable);
  });

  it('never checks while a sync or an export is running', () => {
    const deferred = (reason: string) => ({ action: 'defer', reason, retryAtMs: null });
    expect(decide({ syncRunning: true })).toEqual(deferred('sync_running'));
    expect(decide({ exportRunning: true })).toEqual(deferred('export_running'));
  });

  it('skips every check when the office has updates turned off, even at start', () => {
    const decision = decide({ office: { ...stableOffice, updatesEnabled: false } });
    expect(decision).toMatchObject({ action: 'skip', reason: 'updates_off' });
  });

  it('skips once the pinned version is installed, and never downgrades below the installed one', () => {
    const pinnedAt = (pinnedVersion: string) => ({ ...stableOffice, pinnedVersion });
    expect(decide({ office: pinnedAt('1.3.0') })).toMatchObject({
      action: 'skip',
      reason: 'pinned_version_installed',
    });
    const below = decide({ office: pinnedAt('1.2.5') });
    expect(below).toMatchObject({ action: 'skip', reason: 'pinned_below_current' });
    expect(below.action === 'skip' && below.message).toContain('reinstall 1.2.5');
    expect(decide({ office: pinnedAt('1.4.0') })).toEqual(checkStable);
  });

  it('backs off after updater errors, doubling up to a cap, instead of hammering the feed', () => {
    expect([1, 2, 3, 4].map(backoffMs)).toEqual([15 * minuteMs, 30 * minuteMs, hourMs, 2 * hourMs]);
    expect(backoffMs(12)).toBe(8 * hourMs);
    expect(backoffMs(0)).toBe(0);
    const failures = { lastFailureAtMs: startMs, consecutiveFailures: 2 };
    expect(decide({ failures, nowMs: startMs + 10 * minuteMs })).toEqual({
      action: 'defer',
      reason: 'backing_off',
      retryAtMs: startMs + 30 * minuteMs,
    });
    expect(decide({ failures, nowMs: startMs + 30 * minuteMs })).toEqual(checkStable);
  });

  it('skips with a message, rather than throwing, when a version setting is not a version', () => {
    expect(decide({ currentVersion: 'dev' })).toMatchObject({
      action: 'skip',
      reason: 'invalid_version',
    });
    const office = { ...stableOffice, pinnedVersion: '1.4' };
    expect(decide({ office })).toMatchObject({
      action: 'skip',
      reason: 'invalid_version',
    });
  });
});

describe('whether to offer an announced update', () => {
  it('offers a newer stable release to a stable office', () => {
    expect(decideUpdateOffer(offerSituation())).toEqual({ action: 'offer', version: '1.4.0' });
  });

  it('ignores the same and older versions', () => {
    expect(decideUpdateOffer(offerSituation({ currentVersion: '1.4.0' }))).toMatchObject({ reason: 'same' });
    expect(decideUpdateOffer(offerSituation({ currentVersion: '1.5.0' }))).toMatchObject({ reason: 'older' });
  });

  it('ignores everything when the office has updates turned off', () => {
    const office = { ...stableOffice, updatesEnabled: false };
    expect(decideUpdateOffer(offerSituation({ office }))).toMatchObject({
      action: 'ignore',
      reason: 'updates_off',
    });
  });

  it('offers beta builds only on the beta channel', () => {
    const betaBuild = { version: '1.4.0-beta.2', channel: 'beta' as const };
    expect(decideUpdateOffer(offerSituation({ update: betaBuild }))).toMatchObject({
      reason: 'wrong_channel',
    });
    const betaOffice = { ...stableOffice, channel: 'beta' as const };
    expect(decideUpdateOffer(offerSituation({ update: betaBuild, office: betaOffice }))).toEqual({
      action: 'offer',
      version: '1.4.0-beta.2',
    });
    // A beta office still takes stable releases, and the release of its beta outranks the beta.
    expect(decideUpdateOffer(offerSituation({ office: betaOffice, currentVersion: '1.4.0-beta.2' }))).toEqual(
      { action: 'offer', version: '1.4.0' },
    );
    const alpha = { version: '1.5.0-alpha.1', channel: 'beta' as const };
    expect(decideUpdateOffer(offerSituation({ update: alpha, office: betaOffice }))).toMatchObject({
      reason: 'wrong_channel',
    });
  });

  it('offers only the pinned version, whatever the rollout', () => {
    const office = { ...stableOffice, pinnedVersion: '1.4.0' };
    expect(
      decideUpdateOffer(offerSituation({ office, update: { version: '1.5.0', channel: 'stable' } })),
    ).toMatchObject({
      action: 'ignore',
      reason: 'pinned',
    });
    const staged = { version: '1.4.0', channel: 'stable' as const, stagingPercentage: 10 };
    expect(decideUpdateOffer(offerSituation({ office, update: staged, rolloutBucket: 95 }))).toEqual({
      action: 'offer',
      version: '1.4.0',
    });
  });

  it('admits an install to a staged rollout only when its bucket is below the percentage', () => {
    const staged = { version: '1.4.0', channel: 'stable' as const, stagingPercentage: 25 };
    expect(decideUpdateOffer(offerSituation({ update: staged, rolloutBucket: 24 }))).toMatchObject({
      action: 'offer',
    });
    expect(decideUpdateOffer(offerSituation({ update: staged, rolloutBucket: 25 }))).toMatchObject({
      action: 'ignore',
      reason: 'not_in_rollout',
    });
    const halted = { ...staged, stagingPercentage: 0 };
    expect(decideUpdateOffer(offerSituation({ update: halted, rolloutBucket: 0 }))).toMatchObject({
      reason: 'not_in_rollout',
    });
  });
});

describe('the rollout bucket of an install', () => {
  it('is stable for an install id and spreads installs over 0–99', () => {
    expect(rolloutBucketOf('office-7f3a')).toBe(rolloutBucketOf('office-7f3a'));
    const buckets = Array.from({ length: 2000 }, (_, index) => rolloutBucketOf(`install-${index}`));
    expect(Math.min(...buckets)).toBe(0);
    expect(Math.max(...buckets)).toBe(99);
    const belowQuarter = buckets.filter((bucket) => bucket < 25).length;
    expect(belowQuarter).toBeGreaterThan(400);
    expect(belowQuarter).toBeLessThan(600);
  });

  it('refuses an empty install id', () => {
    expect(() => rolloutBucketOf('  ')).toThrow('install id');
  });
});
