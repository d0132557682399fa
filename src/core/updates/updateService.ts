import type { OfficeUpdateSettings, UpdateOutcome, UpdateStatusView } from '../../contract/updateSchemas';
import { errorDetail } from '../secrets/logRedaction';
import type { InstallOutcome } from './installSequence';
import { rolloutBucketOf } from './rolloutBucket';
import {
  decideUpdateCheck,
  decideUpdateOffer,
  type OfficeUpdateSettings as PolicyOffice,
  type UpdaterFailureRecord,
  updateCheckIntervalMsDefault,
} from './updatePolicy';
import type { DownloadProgress, FoundUpdate, Updater } from './updater';

/** How often the service asks the policy whether a check is due; the policy decides the real pace. */
export const updateTickMsDefault = 60_000;

export interface UpdateServiceDeps {
  updater: Updater;
  currentVersion: string;
  /** This install's random id: its place in a staged rollout. */
  installId: string;
  now: () => number;
  /** The office's settings as the open workspace has them (the defaults while none is open). */
  office: () => OfficeUpdateSettings;
  /** Work an update must never interrupt. */
  busy: () => { syncRunning: boolean; exportRunning: boolean };
  /** Drains writes, stops sync, closes the database and hands over to the installer. */
  install: () => Promise<InstallOutcome>;
  checkIntervalMs?: number;
  /** A downloaded update is ready: the desktop shows a system notification too. */
  onReady?: (update: FoundUpdate) => void;
  /** Updater failures, for the log; they never reach the caller as a throw. */
  onError?: (error: unknown) => void;
}

/**
 * Looks for, downloads and installs updates as the policy allows. Nothing here throws into the app:
 * an unreachable feed or a failed download becomes an outcome on the Updates panel and a backoff.
 * A check found while a sync or an export runs waits for it; a manual "check now" skips the
 * interval and the backoff, not that.
 */
export class UpdateService {
  private phase: UpdateStatusView['phase'] = 'idle';
  private lastCheckAtMs: number | null = null;
  private failures: UpdaterFailureRecord | null = null;
  private lastOutcome: UpdateOutcome | null = null;
  private offered: FoundUpdate | null = null;
  private progress: DownloadProgress | null = null;
  private manualCheckWaiting = false;
  private timer: NodeJS.Timeout | null = null;
  private readonly rolloutBucket: number;

  constructor(private readonly deps: UpdateServiceDeps) {
    this.rolloutBucket = rolloutBucketOf(deps.installId);
  }

  /** Checks at once (the check at start), then whenever the policy says one is due. */
  start(tickMs = updateTickMsDefault): void {
    if (this.timer !== null) return;
    void this.tick();
    this.timer = setInterval(() => void this.tick(), tickMs);
    this.timer.unref();
  }

  stop(): void {
    if (this.timer !== null) clearInterval(this.timer);
    this.timer = null;
  }

  status(): UpdateStatusView {
    const office = this.deps.office();
    const interval = this.deps.checkIntervalMs ?? updateCheckIntervalMsDefault;
    return {
      available: true,
      unavailableReason: null,
      currentVersion: this.deps.currentVersion,
      office,
      phase: this.phase,
      lastCheckAt: iso(this.lastCheckAtMs),
      nextCheckAt: office.enabled && this.lastCheckAtMs !== null ? iso(this.lastCheckAtMs + interval) : null,
      lastOutcome: this.lastOutcome,
      update:
        this.offered === null
          ? null
          : {
              version: this.offered.version,
              releaseDate: this.offered.releaseDate,
              releaseNotes: this.offered.releaseNotes ?? null,
            },
      progress: this.progress,
    };
  }

  /** The timer's question: is a check due, and may it run now? */
  async tick(): Promise<void> {
    if (this.phase !== 'idle') return;
    await this.checkIfAllowed(this.manualCheckWaiting);
  }

  /** "Check now": runs unless updates are off or pinned, or work is running (then it waits for it). */
  async checkNow(): Promise<UpdateStatusView> {
    if (this.phase === 'idle') await this.checkIfAllowed(true);
    return this.status();
  }

  /**
   * "Restart to update": only once the update is downloaded and no export is being written. The
   * sequence runs after this call returns, since it waits for every queued call, this one included.
   */
  requestInstall(): { accepted: true } | { accepted: false; message: string } {
    if (this.phase === 'installing') return { accepted: true };
    if (this.phase !== 'ready' || this.offered === null) {
      return { accepted: false, message: 'No update has been downloaded yet.' };
    }
    if (this.deps.busy().exportRunning) {
      return {
        accepted: false,
        message: 'A settlement export is being written: restart to update once it has finished.',
      };
    }
    this.phase = 'installing';
    setImmediate(() => void this.install());
    return { accepted: true };
  }

  private async install(): Promise<void> {
    try {
      const outcome = await this.deps.install();
      if (outcome.outcome === 'refused') {
        this.phase = 'ready';
        this.record('failed', outcome.message);
      }
    } catch (error) {
      this.phase = 'ready';
      this.record('failed', `The update was not installed: ${errorDetail(error)}`);
    }
  }

  private async checkIfAllowed(manual: boolean): Promise<void> {
    const office = this.deps.office();
    const busy = this.deps.busy();
    const decision = decideUpdateCheck({
      nowMs: this.deps.now(),
      lastCheckAtMs: manual ? null : this.lastCheckAtMs,
      checkIntervalMs: this.deps.checkIntervalMs ?? updateCheckIntervalMsDefault,
      syncRunning: busy.syncRunning,
      exportRunning: busy.exportRunning,
      office: policyOffice(office),
      currentVersion: this.deps.currentVersion,
      failures: manual ? null : this.failures,
    });
    if (decision.action === 'skip') {
      this.manualCheckWaiting = false;
      if (manual) this.record('skipped', decision.message);
      return;
    }
    if (decision.action === 'defer') {
      if (decision.reason === 'sync_running' || decision.reason === 'export_running') {
        // A manual check waits for the work to finish, then runs at the next tick.
        if (manual) {
          this.manualCheckWaiting = true;
          this.record(
            'deferred',
            decision.reason === 'sync_running'
              ? 'A sync with the operator is running: the check waits until it has finished.'
              : 'A settlement export is being written: the check waits until it has finished.',
          );
        }
      }
      return;
    }
    this.manualCheckWaiting = false;
    await this.check(decision.channel, office);
  }

  private async check(channel: 'stable' | 'beta', office: OfficeUpdateSettings): Promise<void> {
    this.phase = 'checking';
    try {
      const found = await this.deps.updater.checkForUpdate(channel);
      this.lastCheckAtMs = this.deps.now();
      this.failures = null;
      if (found === null) {
        this.phase = 'idle';
        this.record('up_to_date', `Airledger ${this.deps.currentVersion} is the latest version.`);
        return;
      }
      const offer = decideUpdateOffer({
        update: found,
        office: policyOffice(office),
        currentVersion: this.deps.currentVersion,
        rolloutBucket: this.rolloutBucket,
      });
      if (offer.action === 'ignore') {
        this.phase = 'idle';
        this.record('ignored', offer.message);
        return;
      }
      this.offered = found;
      this.record('offered', `Airledger ${found.version} is available.`);
      await this.download(found);
    } catch (error) {
      this.fail('The update server could not be read', error);
    }
  }

  private async download(found: FoundUpdate): Promise<void> {
    this.phase = 'downloading';
    this.progress = { transferredBytes: 0, totalBytes: 0, bytesPerSecond: 0 };
    try {
      await this.deps.updater.download((progress) => {
        this.progress = progress;
      });
      this.phase = 'ready';
      this.record('offered', `Airledger ${found.version} is downloaded and ready to install.`);
      this.deps.onReady?.(found);
    } catch (error) {
      this.offered = null;
      this.progress = null;
      this.fail(`Airledger ${found.version} could not be downloaded`, error);
    }
  }

  private fail(what: string, error: unknown): void {
    this.phase = 'idle';
    this.failures = {
      lastFailureAtMs: this.deps.now(),
      consecutiveFailures: (this.failures?.consecutiveFailures ?? 0) + 1,
    };
    this.record('failed', `${what}: ${errorDetail(error)}. It will be tried again later.`);
    this.deps.onError?.(error);
  }

  private record(kind: UpdateOutcome['kind'], message: string): void {
    this.lastOutcome = { kind, message, at: new Date(this.deps.now()).toISOString() };
  }
}

/** Browser mode, the CLI and development runs: the desktop app's installer does the updating. */
export function unavailableUpdateStatus(
  currentVersion: string,
  office: OfficeUpdateSettings,
  reason: string,
): UpdateStatusView {
  return {
    available: false,
    unavailableReason: reason,
    currentVersion,
    office,
    phase: 'idle',
    lastCheckAt: null,
    nextCheckAt: null,
    lastOutcome: null,
    update: null,
    progress: null,
  };
}

function policyOffice(office: OfficeUpdateSettings): PolicyOffice {
  return { updatesEnabled: office.enabled, pinnedVersion: office.pinnedVersion, channel: office.channel };
}

function iso(ms: number | null): string | null {
  return ms === null ? null : new Date(ms).toISOString();
}
