import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { operationNames, operations } from '../../src/contract/operations';
import { permissions } from '../../src/contract/permissions';
import type { AirledgerCore } from '../../src/core/app/airledgerCore';
import { operationHandlers } from '../../src/core/app/operationHandlers';
import { temporaryFolders } from '../support/temporaryFolder';
import { administrator, auditor, createTestCore, currentSchemaVersion } from '../support/testCore';

const newTemporaryFolder = temporaryFolders();
const cores: AirledgerCore[] = [];
afterEach(async () => {
  for (const core of cores.splice(0)) await core.close();
});

function coreIn(folder: string) {
  const core = createTestCore(join(folder, 'workspace'));
  cores.push(core);
  return core;
}

describe('the contract', () => {
  it('gives every operation a handler, a known permission and a summary', () => {
    expect(Object.keys(operationHandlers).sort()).toEqual([...operationNames].sort());
    for (const name of operationNames) {
      expect(permissions).toContain(operations[name].permission);
      expect(operations[name].summary.length).toBeGreaterThan(10);
    }
  });
});

describe('calling the core', () => {
  it('starts with no workspace open and says where one would be created', async () => {
    const folder = newTemporaryFolder();
    const result = await coreIn(folder).call('workspace.status', {}, administrator);
    expect(result).toEqual({
      ok: true,
      value: {
        state: 'closed',
        defaultDataDir: join(folder, 'workspace'),
        existsAtDefault: false,
        keySource: 'the test passphrase',
      },
    });
  });

  it('creates a workspace, normalising the currency code, and reports it open', async () => {
    const core = coreIn(newTemporaryFolder());
    const result = await core.call(
      'workspace.create',
      { distributorName: '  Kivu Airtime  ', baseCurrency: 'cdf' },
      administrator,
    );
    expect(result.ok).toBe(true);
    if (!result.ok || result.value === null) return;
    expect(result.value).toMatchObject({
      state: 'open',
      workspace: {
        distributorName: 'Kivu Airtime',
        baseCurrency: 'CDF',
        schemaVersion: currentSchemaVersion,
      },
    });
  });

  it('refuses bad input whole, naming each field and what is wrong', async () => {
    const folder = newTemporaryFolder();
    const core = coreIn(folder);
    const result = await core.call(
      'workspace.create',
      { distributorName: 'K', baseCurrency: 'francs' },
      administrator,
    );
    expect(result).toMatchObject({ ok: false, error: { code: 'bad_input' } });
    if (result.ok) return;
    expect(result.error.issues).toEqual([
      { path: 'distributorName', message: 'must have at least 2 characters' },
      { path: 'baseCurrency', message: 'must be a three-letter ISO 4217 code such as XOF, NGN or KES' },
    ]);
    expect(result.error.message).toContain('distributorName must have at least 2 characters');
    const status = await core.call('workspace.status', {}, administrator);
    expect(status).toMatchObject({ ok: true, value: { state: 'closed', existsAtDefault: false } });
  });

  it('refuses unknown fields and unknown operations', async () => {
    const core = coreIn(newTemporaryFolder());
    expect(await core.call('workspace.status', { surprise: 1 }, administrator)).toMatchObject({
      ok: false,
      error: { code: 'bad_input' },
    });
    expect(await core.call('ledger.dropEverything', {}, administrator)).toMatchObject({
      ok: false,
      error: { code: 'bad_input', reason: 'unknown_operation' },
    });
  });

  it('enforces permissions in the core whatever the transport: an auditor cannot close the workspace', async () => {
    const core = coreIn(newTemporaryFolder());
    await core.call(
      'workspace.create',
      { distributorName: 'Kivu Airtime', baseCurrency: 'CDF' },
      administrator,
    );
    const refused = await core.call('workspace.close', {}, auditor);
    expect(refused).toMatchObject({ ok: false, error: { code: 'permission_denied' } });
    expect(await core.call('workspace.status', {}, auditor)).toMatchObject({
      ok: true,
      value: { state: 'open' },
    });
    expect(await core.call('workspace.verify', {}, auditor)).toMatchObject({
      ok: true,
      value: { integrity: 'ok' },
    });
  });

  it('answers verify without an open workspace with a readable refusal', async () => {
    const result = await coreIn(newTemporaryFolder()).call('workspace.verify', {}, administrator);
    expect(result).toMatchObject({
      ok: false,
      error: {
        code: 'workspace_unavailable',
        reason: 'no_workspace_open',
        message: 'No workspace is open; create or open one first.',
      },
    });
  });

  it('runs concurrent creations one at a time: the second is refused, not half-applied', async () => {
    const core = coreIn(newTemporaryFolder());
    const input = { distributorName: 'Kivu Airtime', baseCurrency: 'CDF' };
    const [first, second] = await Promise.all([
      core.call('workspace.create', input, administrator),
      core.call('workspace.create', input, administrator),
    ]);
    expect(first.ok).toBe(true);
    expect(second).toMatchObject({ ok: false, error: { code: 'business_rule', reason: 'workspace_exists' } });
  });

  it('closes and reopens the same workspace', async () => {
    const folder = newTemporaryFolder();
    const core = coreIn(folder);
    await core.call(
      'workspace.create',
      { distributorName: 'Kivu Airtime', baseCurrency: 'CDF' },
      administrator,
    );
    expect(await core.call('workspace.close', {}, administrator)).toMatchObject({
      ok: true,
      value: { state: 'closed', existsAtDefault: true },
    });
    expect(await core.call('workspace.open', {}, administrator)).toMatchObject({
      ok: true,
      value: { state: 'open', workspace: { distributorName: 'Kivu Airtime' } },
    });
  });
});
