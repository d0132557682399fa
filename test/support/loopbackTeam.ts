import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ContractErrorBody } from '../../src/contract/contractError';
import { contractPath, secretHeader, sessionHeader } from '../../src/contract/httpProtocol';
import { operations } from '../../src/contract/operations';
import { type Role, roles } from '../../src/contract/permissions';
import { type LoopbackServer, startLoopbackServer } from '../../src/server/loopbackServer';
import {
  newActionId,
  type OperatorWorld,
  onboardRetailers,
  startOperatorWorld,
  syncNow,
} from './operatorWorld';
import { administrator } from './testCore';

export type Reply = {
  status: number;
  body: { ok: true; value: unknown } | { ok: false; error: ContractErrorBody };
};

/**
 * A workspace with a little history (a purchase, a retailer, an allocation) served over browser
 * mode's loopback transport in this process, with one signed-in person per role: the HTTP
 * transport exactly as the page calls it, for tests of what every caller may and may not do.
 */
export async function loopbackTeam() {
  // One folder for a whole file's tests (the per-test folders are removed after each test).
  const folder = mkdtempSync(join(tmpdir(), 'airledger-test-'));
  const world: OperatorWorld = await startOperatorWorld(folder);
  const [partyId] = await onboardRetailers(world, 1);
  await world.call('operator.purchase', { id: newActionId(), amountMinor: 100_000 });
  await syncNow(world, 5_000);
  await world.call('operator.allocate', { id: newActionId(), partyId: partyId ?? '', amountMinor: 10_000 });
  await syncNow(world, 5_000);
  const rendererDir = join(folder, 'renderer');
  mkdirSync(rendererDir, { recursive: true });
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Airledger</title>');
  const server: LoopbackServer = await startLoopbackServer({ core: world.core, rendererDir, port: 0 });

  /** One contract call as the page makes it; `body` overrides the JSON (for raw, hostile bodies). */
  const post = async (
    operation: string,
    input: unknown,
    session: string | null,
    body?: string,
  ): Promise<Reply> => {
    const response = await fetch(new URL(contractPath, server.origin), {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        [secretHeader]: server.secret,
        ...(session === null ? {} : { [sessionHeader]: session }),
      },
      body: body ?? JSON.stringify({ operation, input }),
    });
    return { status: response.status, body: (await response.json()) as Reply['body'] };
  };
  const mustPost = async (operation: string, input: unknown, session: string | null): Promise<unknown> => {
    const reply = await post(operation, input, session);
    if (!reply.body.ok) throw new Error(`${operation} refused: ${reply.body.error.message}`);
    return reply.body.value;
  };

  const people = new Map<Role, { session: string; displayName: string }>();
  const admin = (await mustPost(
    'auth.setUp',
    { username: 'ada', displayName: 'Ada Diallo', password: 'baobab-at-dawn-42' },
    null,
  )) as { sessionToken: string };
  people.set('administrator', { session: admin.sessionToken, displayName: 'Ada Diallo' });
  for (const role of roles.filter((candidate) => candidate !== 'administrator')) {
    const displayName = `The ${role}`;
    await mustPost(
      'users.create',
      { username: role, displayName, roles: [role], temporaryPassword: `temporary-${role}` },
      admin.sessionToken,
    );
    const signedIn = (await mustPost(
      'auth.signIn',
      { username: role, password: `temporary-${role}` },
      null,
    )) as {
      sessionToken: string;
    };
    await mustPost(
      'auth.changePassword',
      { currentPassword: `temporary-${role}`, newPassword: `green-mango-season-${role.length}` },
      signedIn.sessionToken,
    );
    people.set(role, { session: signedIn.sessionToken, displayName });
  }

  /** What a refused call must leave untouched: the journal, and the audit trail where there is one. */
  const fingerprint = async (): Promise<string> => {
    const ledger = await world.call('ledger.verify', { mode: 'quick' });
    const audit =
      // Refused attempts are recorded by design (an auditor wants them): only what was done counts here.
      'audit.list' in operations ? await world.core.call('audit.list', { limit: 1 }, administrator) : null;
    return JSON.stringify({
      entries: ledger.entriesChecked,
      transfers: ledger.transfersChecked,
      audit: audit?.ok === true ? (audit.value as { total: number }).total : null,
    });
  };

  return {
    world,
    server,
    post,
    people,
    fingerprint,
    close: async () => {
      await server.close();
      await world.close();
      rmSync(folder, { recursive: true, force: true });
    },
  };
}
