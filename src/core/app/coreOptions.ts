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
}
