import type { Updater } from '../updates/updater';
import type { KeyProvider } from '../workspace/databaseKey';

/** What a host (desktop, CLI, browser mode, a test) tells the core about where it runs. */
export interface CoreOptions {
  /** Where a workspace is created or opened when the caller names no folder. */
  defaultDataDir: string;
  keyProvider: KeyProvider;
  /** drizzle-kit's output folder; packaged apps resolve it from their resources. */
  migrationsFolder: string;
  appVersion: string;
  platform: string;
  now?: () => Date;
  /** Run a sync cycle this often while a workspace is open (desktop and browser mode); none in the CLI. */
  syncEveryMs?: number;
  /** Fold the database's write-ahead log back on a worker thread (long-lived hosts); inline when absent. */
  checkpointInBackground?: boolean;
  /** Failures of background work (scheduled sync) the host should log. */
  onBackgroundError?: (task: string, error: unknown) => void;
  /** How far long work in a call has got (a backup), for a host that shows it (the CLI, on stderr). */
  onProgress?: (task: string, fraction: number, detail: string) => void;
  /**
   * The desktop's updater and this install's id; absent where the app cannot update itself (browser
   * mode, the CLI, tests that do not test updates), and then the Updates panel says why.
   */
  updates?: { updater: Updater; installId: string; onReady?: (version: string) => void };
}
