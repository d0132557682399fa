import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ipcChannel } from '../../src/contract/ipcProtocol';
import { operationNames } from '../../src/contract/operations';
import type { TrustedSenders } from '../../src/main/ipcTransport';
import { temporaryFolders } from '../support/temporaryFolder';
import { createTestCore } from '../support/testCore';

// Electron's ipcMain cannot run here; this stand-in records handlers so the test can invoke them
// as a renderer frame would.
const handlers = vi.hoisted(
  () => new Map<string, (event: unknown, input: unknown, session?: unknown) => Promise<unknown>>(),
);
vi.mock('electron', () => ({
  ipcMain: {
    handle: (
      channel: string,
      handler: (event: unknown, input: unknown, session?: unknown) => Promise<unknown>,
    ) => {
      if (handlers.has(channel)) throw new Error(`second handler for ${channel}`);
      handlers.set(channel, handler);
    },
    removeHandler: (channel: string) => handlers.delete(channel),
  },
}));

const { registerIpcTransport } = await import('../../src/main/ipcTransport');
const newTemporaryFolder = temporaryFolders();
const appOrigin = 'app://airledger';
const appWindowId = 1;
const senders: TrustedSenders = {
  isTrustedOrigin: (origin) => origin === appOrigin,
  isAppWindow: (contents) => contents.id === appWindowId,
};

/** An invoke event from a frame showing `url`: the main frame of our window unless told otherwise. */
function frame(url: string, parent: unknown = null, windowId = appWindowId) {
  const mainFrame = { processId: 4, routingId: 1 };
  const sender = { id: windowId, mainFrame };
  const senderFrame = { url, parent, ...(parent === null ? mainFrame : { processId: 4, routingId: 2 }) };
  return { sender, senderFrame };
}

afterEach(() => handlers.clear());

describe('the IPC transport', () => {
  it('registers exactly one channel per contract operation, and removes them all', async () => {
    const core = createTestCore(join(newTemporaryFolder(), 'ws'));
    const unregister = registerIpcTransport(core, senders);
    expect([...handlers.keys()].sort()).toEqual(operationNames.map(ipcChannel).sort());
    unregister();
    expect(handlers.size).toBe(0);
    await core.close();
  });

  it('passes calls from our own window to the core, with validation', async () => {
    const core = createTestCore(join(newTemporaryFolder(), 'ws'));
    registerIpcTransport(core, senders);
    const create = handlers.get(ipcChannel('workspace.create'));
    const created = await create?.(frame(`${appOrigin}/index.html#/`), {
      distributorName: 'Accra Airtime',
      baseCurrency: 'GHS',
    });
    expect(created).toMatchObject({ ok: true, value: { state: 'open', workspace: { baseCurrency: 'GHS' } } });
    const invalid = await create?.(frame(`${appOrigin}/index.html`), {
      distributorName: '',
      baseCurrency: 'GHS',
    });
    expect(invalid).toMatchObject({ ok: false, error: { code: 'bad_input' } });
    await core.close();
  });

  it('carries the session token the window sends, and refuses a call without one', async () => {
    const core = createTestCore(join(newTemporaryFolder(), 'ws'));
    registerIpcTransport(core, senders);
    const call = (name: string, input: unknown, session?: unknown) =>
      handlers.get(ipcChannel(name))?.(frame(`${appOrigin}/index.html`), input, session);
    await call('workspace.create', { distributorName: 'Accra Airtime', baseCurrency: 'GHS' });
    const setUp = (await call('auth.setUp', {
      username: 'kofi',
      displayName: 'Kofi Mensah',
      password: 'cocoa-season-2026',
    })) as { value: { sessionToken: string } };
    expect(await call('retailers.list', {})).toMatchObject({ ok: false, error: { reason: 'signed_out' } });
    expect(await call('retailers.list', {}, 42)).toMatchObject({
      ok: false,
      error: { reason: 'signed_out' },
    });
    expect(await call('retailers.list', {}, setUp.value.sessionToken)).toMatchObject({
      ok: true,
      value: { total: 0 },
    });
    await core.close();
  });

  it('refuses calls from another origin, a sub-frame or a window it did not create', async () => {
    const core = createTestCore(join(newTemporaryFolder(), 'ws'));
    registerIpcTransport(core, senders);
    const status = handlers.get(ipcChannel('workspace.status'));
    for (const event of [
      frame('https://evil.example/'),
      frame(`${appOrigin}/index.html`, { url: appOrigin }),
      frame(`${appOrigin}/index.html`, null, appWindowId + 1),
      { sender: { id: appWindowId }, senderFrame: null },
    ]) {
      expect(await status?.(event, {})).toMatchObject({ ok: false, error: { code: 'unauthenticated' } });
    }
    await core.close();
  });
});
