import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { contractPath, secretHeader, sessionHeader } from '../../src/contract/httpProtocol';
import type { AirledgerCore } from '../../src/core/app/airledgerCore';
import { type LoopbackServer, startLoopbackServer } from '../../src/server/loopbackServer';
import { temporaryFolders } from '../support/temporaryFolder';
import { createTestCore } from '../support/testCore';

const newTemporaryFolder = temporaryFolders();
const running: Array<{ core: AirledgerCore; server: LoopbackServer }> = [];
afterEach(async () => {
  for (const { core, server } of running.splice(0)) {
    await server.close();
    await core.close();
  }
});

async function served() {
  const folder = newTemporaryFolder();
  const rendererDir = join(folder, 'renderer');
  mkdirSync(rendererDir, { recursive: true });
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Airledger</title>');
  const core = createTestCore(join(folder, 'workspace'));
  const server = await startLoopbackServer({ core, rendererDir, port: 0 });
  running.push({ core, server });
  return async (operation: string, input: unknown, session?: string) => {
    const response = await fetch(new URL(contractPath, server.origin), {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        [secretHeader]: server.secret,
        ...(session === undefined ? {} : { [sessionHeader]: session }),
      },
      body: JSON.stringify({ operation, input }),
    });
    return (await response.json()) as { ok: boolean; value?: unknown; error?: { code: string } };
  };
}

describe('the audit trail over browser mode', () => {
  it('records calls made over HTTP with transport http and the signed-in person', async () => {
    const call = await served();
    await call('workspace.create', { distributorName: 'Lagos Topup Ltd', baseCurrency: 'NGN' });
    const setUp = await call('auth.setUp', {
      username: 'tunde',
      displayName: 'Tunde Okafor',
      password: 'harmattan-morning',
    });
    const admin = (setUp.value as { sessionToken: string }).sessionToken;
    await call('retailers.add', { code: 'R-0007', name: 'Ikeja Phones', creditLimitMinor: 0 }, admin);
    const bola = {
      username: 'bola',
      displayName: 'Bola Tinubu',
      roles: ['clerk'],
      temporaryPassword: 'lagoon-1234',
    };
    await call('users.create', bola, admin);
    expect(await call('auth.signIn', { username: 'bola', password: 'not-her-password' })).toMatchObject({
      ok: false,
      error: { code: 'unauthenticated' },
    });

    const page = await call('audit.list', {}, admin);
    const rows = (page.value as { rows: Array<Record<string, unknown>> }).rows.reverse();
    expect(
      rows.map((row) => [
        row.operation,
        row.outcome,
        row.transport,
        (row.actor as { displayName: string }).displayName,
      ]),
    ).toEqual([
      ['workspace.create', 'ok', 'http', 'Someone not signed in'],
      ['auth.setUp', 'ok', 'http', 'Tunde Okafor'],
      ['retailers.add', 'ok', 'http', 'Tunde Okafor'],
      ['users.create', 'ok', 'http', 'Tunde Okafor'],
      ['auth.signIn', 'refused', 'http', 'Someone not signed in'],
    ]);
    const verify = await call('ledger.verify', { mode: 'full' }, admin);
    expect(verify).toMatchObject({ ok: true, value: { ok: true, auditEventsChecked: 5 } });
  });
});
