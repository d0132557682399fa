import { compareReleaseVersions, parseReleaseVersion } from '../../src/core/updates/releaseVersion';
import { readUpdateFeed } from '../../src/core/updates/updateFeed';
import type { FoundUpdate, Updater } from '../../src/core/updates/updater';

/**
 * An `Updater` for tests in place of electron-updater (which needs the Electron binary): it reads the
 * real feed over HTTP with the app's own reader and downloads the installer's bytes, reporting
 * progress; installing only counts.
 */
export function feedUpdater(baseUrl: string, currentVersion: string) {
  let found: { update: FoundUpdate; path: string } | null = null;
  const calls: string[] = [];
  const updater: Updater = {
    async checkForUpdate(channel) {
      calls.push(`check ${channel}`);
      const feed = await readUpdateFeed({ baseUrl, channel, timeoutMs: 2_000 });
      const announced = parseReleaseVersion(feed.info.version);
      const current = parseReleaseVersion(currentVersion);
      if (announced === null || current === null || compareReleaseVersions(announced, current) <= 0)
        return null;
      const update: FoundUpdate = {
        version: feed.info.version,
        channel,
        stagingPercentage: feed.info.stagingPercentage,
        releaseDate: feed.info.releaseDate,
        releaseNotes: feed.info.releaseNotes ?? undefined,
      };
      found = { update, path: feed.info.path ?? feed.info.files[0]?.url ?? '' };
      return update;
    },
    async download(onProgress) {
      if (found === null) throw new Error('nothing to download');
      calls.push(`download ${found.update.version}`);
      const response = await fetch(`${baseUrl}/${found.path}`);
      if (!response.ok || response.body === null) throw new Error(`download answered ${response.status}`);
      const total = Number(response.headers.get('content-length') ?? 0);
      let transferred = 0;
      for await (const chunk of response.body) {
        transferred += (chunk as Uint8Array).byteLength;
        onProgress({ transferredBytes: transferred, totalBytes: total, bytesPerSecond: 0 });
      }
    },
    quitAndInstall() {
      calls.push('quitAndInstall');
    },
    onEvent: () => () => {},
  };
  return { updater, calls };
}
