import { type AppUpdater, CancellationToken, type ProgressInfo, type UpdateInfo } from 'electron-updater';
import type { UpdateChannel } from '../core/updates/updatePolicy';
import type { DownloadProgress, FoundUpdate, Updater, UpdaterEvent } from '../core/updates/updater';

/**
 * The core's `Updater` on electron-updater's generic provider. electron-updater only reads the feed,
 * downloads and installs: when to check, which version to take, the office's pin and the staged rollout
 * are decided by the core's update policy, so its own automatic behaviour is switched off here.
 */
export function electronUpdater(autoUpdater: AppUpdater, feedBaseUrl: string): Updater {
  autoUpdater.autoDownload = false;
  autoUpdater.autoInstallOnAppQuit = false;
  autoUpdater.allowDowngrade = false;
  // The policy applies the rollout with this install's own bucket; electron-updater must not hide the update first.
  autoUpdater.isUserWithinRollout = () => true;
  let checkedChannel: UpdateChannel = 'stable';

  return {
    async checkForUpdate(channel) {
      checkedChannel = channel;
      autoUpdater.allowPrerelease = channel === 'beta';
      autoUpdater.setFeedURL({
        provider: 'generic',
        url: feedBaseUrl,
        channel: channel === 'stable' ? 'latest' : 'beta',
      });
      const result = await autoUpdater.checkForUpdates();
      if (result === null || !result.isUpdateAvailable) return null;
      return foundUpdate(result.updateInfo, channel);
    },

    async download(onProgress, signal) {
      const token = new CancellationToken();
      const cancel = () => token.cancel();
      signal?.addEventListener('abort', cancel, { once: true });
      const relay = (info: ProgressInfo) => onProgress(downloadProgress(info));
      autoUpdater.on('download-progress', relay);
      try {
        await autoUpdater.downloadUpdate(token);
      } finally {
        autoUpdater.off('download-progress', relay);
        signal?.removeEventListener('abort', cancel);
      }
    },

    quitAndInstall() {
      autoUpdater.quitAndInstall(false, true);
    },

    onEvent(listener) {
      const emit = (event: UpdaterEvent) => listener(event);
      // Every payload type is checked where the handler is written; the emitter itself is untyped.
      const handlers: Record<string, EventListener> = {
        'checking-for-update': () => emit({ type: 'checking' }),
        'update-available': (info: UpdateInfo) =>
          emit({ type: 'update-available', update: foundUpdate(info, checkedChannel) }),
        'update-not-available': () => emit({ type: 'update-not-available' }),
        'download-progress': (info: ProgressInfo) =>
          emit({ type: 'download-progress', progress: downloadProgress(info) }),
        'update-downloaded': (info: UpdateInfo) => emit({ type: 'update-downloaded', version: info.version }),
        error: (error: Error) => emit({ type: 'error', message: error.message }),
      };
      const emitter: NodeJS.EventEmitter = autoUpdater;
      for (const [name, handler] of Object.entries(handlers)) emitter.on(name, handler);
      return () => {
        for (const [name, handler] of Object.entries(handlers)) emitter.off(name, handler);
      };
    },
  };
}

type EventListener = Parameters<NodeJS.EventEmitter['on']>[1];

function foundUpdate(info: UpdateInfo, channel: UpdateChannel): FoundUpdate {
  return {
    version: info.version,
    channel,
    stagingPercentage: info.stagingPercentage,
    releaseDate: info.releaseDate,
    releaseNotes: typeof info.releaseNotes === 'string' ? info.releaseNotes : undefined,
  };
}

function downloadProgress(info: ProgressInfo): DownloadProgress {
  return { transferredBytes: info.transferred, totalBytes: info.total, bytesPerSecond: info.bytesPerSecond };
}
