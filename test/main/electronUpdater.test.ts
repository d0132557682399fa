import { EventEmitter } from 'node:events';
import type { AppUpdater } from 'electron-updater';
import { describe, expect, it, vi } from 'vitest';
import { electronUpdater } from '../../src/main/electronUpdater';

vi.mock('electron-updater', () => ({
  CancellationToken: class {
    cancelled = false;
    cancel() {
      this.cancelled = true;
    }
  },
}));

/** The parts of electron-updater's AppUpdater the adapter touches, recording what it is asked. */
class FakeAppUpdater extends EventEmitter {
  autoDownload = true;
  autoInstallOnAppQuit = true;
  allowDowngrade = true;
  allowPrerelease = false;
  isUserWithinRollout: () => boolean = () => false;
  feeds: unknown[] = [];
  installs: [boolean | undefined, boolean | undefined][] = [];
  tokens: { cancelled: boolean }[] = [];
  available: { version: string; stagingPercentage?: number; releaseDate: string } | null = null;

  setFeedURL(options: unknown) {
    this.feeds.push(options);
  }
  async checkForUpdates() {
    return this.available === null
      ? { isUpdateAvailable: false, updateInfo: { version: '1.3.0' } }
      : { isUpdateAvailable: true, updateInfo: { ...this.available, files: [], path: '', sha512: '' } };
  }
  async downloadUpdate(token: { cancelled: boolean }) {
    this.tokens.push(token);
    this.emit('download-progress', { transferred: 512, total: 1024, bytesPerSecond: 256, percent: 50 });
    return [];
  }
  quitAndInstall(isSilent?: boolean, isForceRunAfter?: boolean) {
    this.installs.push([isSilent, isForceRunAfter]);
  }
}

function adapted() {
  const fake = new FakeAppUpdater();
  const updater = electronUpdater(fake as unknown as AppUpdater, 'https://updates.example.com/airledger/');
  return { fake, updater };
}

describe('the electron-updater adapter', () => {
  it('leaves every decision to the policy: no auto download, no install on quit, no own rollout', () => {
    const { fake } = adapted();
    expect([fake.autoDownload, fake.autoInstallOnAppQuit, fake.allowDowngrade]).toEqual([
      false,
      false,
      false,
    ]);
    expect(fake.isUserWithinRollout()).toBe(true);
  });

  it("reads the channel's generic feed and reports what it announces", async () => {
    const { fake, updater } = adapted();
    expect(await updater.checkForUpdate('stable')).toBeNull();
    fake.available = {
      version: '1.5.0-beta.2',
      stagingPercentage: 20,
      releaseDate: '2026-11-22T08:00:00.000Z',
    };
    expect(await updater.checkForUpdate('beta')).toEqual({
      version: '1.5.0-beta.2',
      channel: 'beta',
      stagingPercentage: 20,
      releaseDate: '2026-11-22T08:00:00.000Z',
      releaseNotes: undefined,
    });
    expect(fake.feeds).toEqual([
      { provider: 'generic', url: 'https://updates.example.com/airledger/', channel: 'latest' },
      { provider: 'generic', url: 'https://updates.example.com/airledger/', channel: 'beta' },
    ]);
    expect(fake.allowPrerelease).toBe(true);
  });

  it('relays download progress and stops listening to progress and to the signal once done', async () => {
    const { fake, updater } = adapted();
    const progress: unknown[] = [];
    const abort = new AbortController();
    await updater.download((step) => progress.push(step), abort.signal);
    abort.abort();
    expect(progress).toEqual([{ transferredBytes: 512, totalBytes: 1024, bytesPerSecond: 256 }]);
    expect(fake.listenerCount('download-progress')).toBe(0);
    expect(fake.tokens[0]?.cancelled).toBe(false);
  });

  it('maps events and unsubscribes, and installs silently off with a restart', () => {
    const { fake, updater } = adapted();
    const events: unknown[] = [];
    const unsubscribe = updater.onEvent((event) => events.push(event));
    fake.emit('error', new Error('net::ERR_INTERNET_DISCONNECTED'));
    fake.emit('update-downloaded', { version: '1.4.0' });
    unsubscribe();
    fake.emit('update-not-available');
    expect(events).toEqual([
      { type: 'error', message: 'net::ERR_INTERNET_DISCONNECTED' },
      { type: 'update-downloaded', version: '1.4.0' },
    ]);
    updater.quitAndInstall();
    expect(fake.installs).toEqual([[false, true]]);
  });
});
