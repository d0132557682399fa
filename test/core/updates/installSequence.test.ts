import { describe, expect, it } from 'vitest';
import { InstallSequence, type InstallSequenceParts } from '../../../src/core/updates/installSequence';

interface FakeApp {
  parts: InstallSequenceParts;
  calls: string[];
}

/** Fakes that record the order they are called in; `failing` names a part that rejects, `hanging` one that never settles. */
function fakeApp(options: { failing?: string; hanging?: string; pendingWriteMs?: number } = {}): FakeApp {
  const calls: string[] = [];
  const step = (name: string, work?: () => Promise<void>) => async () => {
    calls.push(`${name}:start`);
    if (options.hanging === name) await new Promise(() => {});
    await work?.();
    if (options.failing === name) throw new Error(`${name} refused: SQLITE_BUSY`);
    calls.push(`${name}:done`);
  };
  return {
    calls,
    parts: {
      pendingWrites: {
        drain: step(
          'drain',
          () => new Promise((resolve) => setTimeout(resolve, options.pendingWriteMs ?? 0)),
        ),
      },
      sync: { stop: step('stopSync') },
      database: { close: step('closeDatabase') },
      updater: {
        quitAndInstall: () => {
          calls.push('quitAndInstall');
          if (options.failing === 'quitAndInstall') throw new Error('installer missing');
        },
      },
    },
  };
}

describe('restart to update', () => {
  it('waits for pending writes, stops sync, closes the database, then installs — in that order', async () => {
    const app = fakeApp({ pendingWriteMs: 30 });
    const outcome = await new InstallSequence(app.parts).run();
    expect(outcome).toEqual({
      outcome: 'installing',
      stepsDone: ['drain_writes', 'stop_sync', 'close_database', 'quit_and_install'],
    });
    expect(app.calls).toEqual([
      'drain:start',
      'drain:done',
      'stopSync:start',
      'stopSync:done',
      'closeDatabase:start',
      'closeDatabase:done',
      'quitAndInstall',
    ]);
  });

  it('does not install when the database fails to close, and says so', async () => {
    const app = fakeApp({ failing: 'closeDatabase' });
    const outcome = await new InstallSequence(app.parts).run();
    expect(outcome).toMatchObject({
      outcome: 'refused',
      failedStep: 'close_database',
      stepsDone: ['drain_writes', 'stop_sync'],
    });
    expect(outcome.outcome === 'refused' && outcome.message).toBe(
      'The update was not installed: closing the ledger database failed (closeDatabase refused: SQLITE_BUSY). Nothing was lost; try again later.',
    );
    expect(app.calls).not.toContain('quitAndInstall');
  });

  it('stops before touching sync or the database when pending writes fail', async () => {
    const app = fakeApp({ failing: 'drain' });
    const outcome = await new InstallSequence(app.parts).run();
    expect(outcome).toMatchObject({ outcome: 'refused', failedStep: 'drain_writes', stepsDone: [] });
    expect(app.calls).toEqual(['drain:start']);
  });

  it('gives up on a step that hangs, without installing', async () => {
    const app = fakeApp({ hanging: 'stopSync' });
    const outcome = await new InstallSequence(app.parts, 50).run();
    expect(outcome).toMatchObject({
      outcome: 'refused',
      failedStep: 'stop_sync',
      stepsDone: ['drain_writes'],
    });
    expect(outcome.outcome === 'refused' && outcome.message).toContain('took longer than 50 ms');
    expect(app.calls).toEqual(['drain:start', 'drain:done', 'stopSync:start']);
  });

  it('reports an installer that cannot start', async () => {
    const app = fakeApp({ failing: 'quitAndInstall' });
    const outcome = await new InstallSequence(app.parts).run();
    expect(outcome).toMatchObject({
      outcome: 'refused',
      failedStep: 'quit_and_install',
      stepsDone: ['drain_writes', 'stop_sync', 'close_database'],
    });
  });

  it('refuses a second install while one is running, and allows one after', async () => {
    const app = fakeApp({ pendingWriteMs: 30 });
    const sequence = new InstallSequence(app.parts);
    const [first, second] = await Promise.all([sequence.run(), sequence.run()]);
    expect(first.outcome).toBe('installing');
    expect(second).toEqual({
      outcome: 'refused',
      failedStep: null,
      stepsDone: [],
      message: 'An update is already being installed.',
    });
    expect(app.calls.filter((call) => call === 'quitAndInstall')).toHaveLength(1);
    expect((await sequence.run()).outcome).toBe('installing');
  });
});
