import type { UpdateChannel } from './updatePolicy';

/** An update the updater found in its feed, before the policy decides whether to offer it. */
export interface FoundUpdate {
  version: string;
  channel: UpdateChannel;
  stagingPercentage?: number | undefined;
  releaseDate: string;
  releaseNotes?: string | undefined;
}

export interface DownloadProgress {
  transferredBytes: number;
  totalBytes: number;
  bytesPerSecond: number;
}

export type UpdaterEvent =
  | { type: 'checking' }
  | { type: 'update-available'; update: FoundUpdate }
  | { type: 'update-not-available' }
  | { type: 'download-progress'; progress: DownloadProgress }
  | { type: 'update-downloaded'; version: string }
  | { type: 'error'; message: string };

/**
 * What the app needs from an updater. The Electron shell implements it with electron-updater's
 * `autoUpdater` (with `autoDownload` and `autoInstallOnAppQuit` off, so the policy decides); the core and
 * its tests see only this.
 */
export interface Updater {
  /** Reads the channel's feed; null when the feed announces nothing newer. Rejects on a feed or network error. */
  checkForUpdate(channel: UpdateChannel): Promise<FoundUpdate | null>;
  /** Downloads the update last found and verifies its checksum; rejects if cancelled through `signal`. */
  download(onProgress: (progress: DownloadProgress) => void, signal?: AbortSignal): Promise<void>;
  /** Quits the app and runs the downloaded installer. Call only through the install sequence. */
  quitAndInstall(): void;
  /** Subscribes to the updater's events; returns the unsubscribe function. */
  onEvent(listener: (event: UpdaterEvent) => void): () => void;
}
