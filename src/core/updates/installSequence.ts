import type { Updater } from './updater';

/** How long one step may take before the install is abandoned and the app keeps running. */
export const installStepTimeoutMsDefault = 60_000;

/** The parts of the running app the install must put to rest, in this order. */
export interface InstallSequenceParts {
  /** The core's call queue: resolves once every call already queued (writes included) has finished. */
  pendingWrites: { drain(): Promise<void> };
  /** Stops the sync schedule and waits for a running cycle to stop. */
  sync: { stop(): Promise<void> };
  /** Closes the encrypted database cleanly (checkpoint, release the file). */
  database: { close(): Promise<void> };
  updater: Pick<Updater, 'quitAndInstall'>;
}

export type InstallStep = 'drain_writes' | 'stop_sync' | 'close_database' | 'quit_and_install';

export type InstallOutcome =
  | { outcome: 'installing'; stepsDone: InstallStep[] }
  | {
      outcome: 'refused';
      /** The step that failed, or null when a sequence was already running. */
      failedStep: InstallStep | null;
      stepsDone: InstallStep[];
      message: string;
    };

/**
 * "Restart to update": lets queued writes finish, stops sync, closes the database and only then hands
 * over to the installer. If any step fails the installer is not started — an install over a database
 * that did not close could lose the last writes — and the outcome says which step failed and what had
 * already stopped, so the app can reopen and carry on.
 */
export class InstallSequence {
  private running = false;

  constructor(
    private readonly parts: InstallSequenceParts,
    private readonly stepTimeoutMs = installStepTimeoutMsDefault,
  ) {}

  async run(): Promise<InstallOutcome> {
    if (this.running) {
      return {
        outcome: 'refused',
        failedStep: null,
        stepsDone: [],
        message: 'An update is already being installed.',
      };
    }
    this.running = true;
    const stepsDone: InstallStep[] = [];
    const steps: [InstallStep, () => Promise<void> | void][] = [
      ['drain_writes', () => this.parts.pendingWrites.drain()],
      ['stop_sync', () => this.parts.sync.stop()],
      ['close_database', () => this.parts.database.close()],
      ['quit_and_install', () => this.parts.updater.quitAndInstall()],
    ];
    try {
      for (const [step, action] of steps) {
        try {
          await withTimeout(Promise.resolve().then(action), this.stepTimeoutMs, step);
        } catch (error) {
          return { outcome: 'refused', failedStep: step, stepsDone, message: refusalMessage(step, error) };
        }
        stepsDone.push(step);
      }
      return { outcome: 'installing', stepsDone };
    } finally {
      this.running = false;
    }
  }
}

const stepWords: Record<InstallStep, string> = {
  drain_writes: 'waiting for the last changes to be saved',
  stop_sync: 'stopping the sync with the operator',
  close_database: 'closing the ledger database',
  quit_and_install: 'starting the installer',
};

function refusalMessage(step: InstallStep, error: unknown): string {
  const detail = error instanceof Error ? error.message : String(error);
  return `The update was not installed: ${stepWords[step]} failed (${detail}). Nothing was lost; try again later.`;
}

function withTimeout(work: Promise<void>, timeoutMs: number, step: InstallStep): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`${stepWords[step]} took longer than ${timeoutMs} ms`)),
      timeoutMs,
    );
  });
  return Promise.race([work, timedOut]).finally(() => clearTimeout(timer));
}
