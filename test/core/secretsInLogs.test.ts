import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { uuidv7 } from 'uuidv7';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createCliCore } from '../../src/cli/cliCore';
import {
  contractPath,
  secretHeader,
  secretQueryParameter,
  sessionHeader,
} from '../../src/contract/httpProtocol';
import { keyHolder } from '../../src/core/access/callContext';
import type { AirledgerCore } from '../../src/core/app/airledgerCore';
import { startOperatorSandbox } from '../../src/core/operatorSandbox/startOperatorSandbox';
import type { Workspace } from '../../src/core/workspace/workspace';
import { requireBuild, runCliInBackground, startServe } from '../support/builtApp';
import { connectKnownOperator, knownSecrets, sandboxConnectInput } from '../support/knownSecrets';
import { temporaryFolders } from '../support/temporaryFolder';

const newTemporaryFolder = temporaryFolders();

/** More secrets the session below makes or is given. */
const newDatabaseKey = 'db-key-next-Caracal-4477';
const backupPassphrase = 'backup-pass-Dugong-8123';
const wrongDatabaseKey = 'db-key-wrong-Kestrel-1180';
const wrongPassword = 'pw-wrong-Tapir-3316-attempt';
const wrongClientSecret = 'cs-wrong-Okapi-7702-secret';

/**
 * Everything this process writes to stdout and stderr or through console.*, from now until
 * `restore`. The writes still go through: a failing test shows its output as usual.
 */
function captureOutput() {
  const chunks: string[] = [];
  const restores: Array<() => void> = [];
  for (const stream of [process.stdout, process.stderr]) {
    const write = stream.write.bind(stream);
    stream.write = ((chunk: string | Uint8Array, ...rest: unknown[]) => {
      chunks.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
      return (write as (...args: unknown[]) => boolean)(chunk, ...rest);
    }) as typeof stream.write;
    restores.push(() => {
      stream.write = write as typeof stream.write;
    });
  }
  for (const method of ['log', 'error', 'warn', 'info', 'debug'] as const) {
    const original = console[method];
    console[method] = (...args: unknown[]) => {
      chunks.push(args.map((arg) => (arg instanceof Error ? `${arg.stack}` : String(arg))).join(' '));
      original(...args);
    };
    restores.push(() => {
      console[method] = original;
    });
  }
  return {
    add: (text: string) => chunks.push(text),
    text: () => chunks.join('\n'),
    restore: () => {
      for (const restore of restores.splice(0)) restore();
    },
  };
}

/** Each secret as it could appear in a log: itself, URL-encoded, and (client secrets) inside a Basic header. */
function leaksOf(text: string, secrets: ReadonlyMap<string, string>, clientId: string): string[] {
  const found: string[] = [];
  for (const [name, secret] of secrets) {
    const forms = [secret, encodeURIComponent(secret), Buffer.from(secret).toString('base64')];
    if (name.includes('client secret')) {
      forms.push(
        Buffer.from(`${encodeURIComponent(clientId)}:${encodeURIComponent(secret)}`).toString('base64'),
      );
    }
    if (forms.some((form) => text.includes(form))) found.push(name);
  }
  return found;
}

/** Records the access tokens the operator hands Airledger, by watching this process's fetch. */
function recordAccessTokens(tokens: Set<string>): () => void {
  const original = globalThis.fetch;
  globalThis.fetch = async (input, init) => {
    const response = await original(input, init);
    if (String(input instanceof Request ? input.url : input).includes('/oauth2/token')) {
      const body = (await response
        .clone()
        .json()
        .catch(() => null)) as { access_token?: string } | null;
      if (body?.access_token) tokens.add(body.access_token);
    }
    return response;
  };
  return () => {
    globalThis.fetch = original;
  };
}

const environmentNames = ['AIRLEDGER_DB_KEY', 'AIRLEDGER_PASSWORD'] as const;
const savedEnvironment = Object.fromEntries(environmentNames.map((name) => [name, process.env[name]]));
afterEach(() => {
  for (const name of environmentNames) {
    if (savedEnvironment[name] === undefined) delete process.env[name];
    else process.env[name] = savedEnvironment[name];
  }
});

beforeAll(requireBuild);

/** The open workspace inside a core: a test reaches in to make it fail the way a bug would. */
function workspaceOf(core: AirledgerCore): Workspace {
  const workspace = (core as unknown as { state: { workspace: Workspace | null } }).state.workspace;
  if (workspace === null) throw new Error('no workspace open');
  return workspace;
}

async function httpCall(serveUrl: string, session: string | null, operation: string, input: unknown) {
  const url = new URL(serveUrl);
  const response = await fetch(new URL(contractPath, url.origin), {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      [secretHeader]: url.searchParams.get(secretQueryParameter) ?? '',
      ...(session === null ? {} : { [sessionHeader]: session }),
    },
    body: JSON.stringify({ operation, input }),
  });
  return (await response.json()) as { ok: boolean; value?: { sessionToken?: string }; error?: unknown };
}

describe('nothing secret in logs', () => {
  it('finds a secret written to the output, so a leak fails the session below', () => {
    const capture = captureOutput();
    try {
      console.error(`connecting with ${knownSecrets.clientSecret}`);
    } finally {
      capture.restore();
    }
    const secrets = new Map([['the client secret', knownSecrets.clientSecret]]);
    expect(leaksOf(capture.text(), secrets, 'client')).toEqual(['the client secret']);
    expect(
      leaksOf(
        `Basic ${Buffer.from(`client:${knownSecrets.clientSecret}`).toString('base64')}`,
        secrets,
        'client',
      ),
    ).toEqual(['the client secret']);
  });

  it('a working session (sign-ins, the operator, sync, failures, a change of key, a backup and its restore) writes none of its secrets anywhere', async () => {
    const folder = newTemporaryFolder();
    const dataDir = join(folder, 'workspace');
    const capture = captureOutput();
    const accessTokens = new Set<string>();
    const sessionTokens = new Set<string>();
    const stopRecording = recordAccessTokens(accessTokens);
    const sandbox = await startOperatorSandbox({
      port: 0,
      clientSecret: knownSecrets.clientSecret,
      apiKey: knownSecrets.apiKey,
      purchaseDelayMs: 20,
      transferDelayMs: 20,
      topupDelayMs: 20,
      log: (line) => process.stderr.write(`sandbox: ${line}\n`),
    });
    try {
      // 1. In this process, the core as the command line hosts it, with its own logging.
      process.env.AIRLEDGER_DB_KEY = knownSecrets.databaseKey;
      const { core, call } = await createCliCore({ dataDir });
      await call('workspace.create', { dataDir, distributorName: 'Sahel Airtime', baseCurrency: 'XOF' });
      const setUp = await core.callInSession(
        'auth.setUp',
        { username: 'ada', displayName: 'Ada Diallo', password: knownSecrets.password },
        { transport: 'http', sessionToken: null },
      );
      if (!setUp.ok) throw new Error(setUp.error.message);
      sessionTokens.add((setUp.value as { sessionToken: string }).sessionToken);
      const refused = await core.callInSession(
        'auth.signIn',
        { username: 'ada', password: wrongPassword },
        { transport: 'http', sessionToken: null },
      );
      expect(refused.ok).toBe(false);
      const refusedConnect = await core.call(
        'operator.connect',
        sandboxConnectInput(sandbox, wrongClientSecret),
        keyHolder('cli'),
      );
      expect(refusedConnect.ok).toBe(false);
      await connectKnownOperator(call, sandbox);
      await call('operator.purchase', { id: uuidv7(), amountMinor: 300_000 });
      await call('sync.run', { wait: true, settleWithinMs: 2_000 });

      // A bug that puts secrets in an error: the host's log line must not carry them.
      const workspace = workspaceOf(core);
      const token = [...accessTokens][0] ?? 'no-token';
      const all = workspace.operators.all.bind(workspace.operators);
      workspace.operators.all = () => {
        throw new Error(
          `token request failed: Authorization: Bearer ${token}; sent client_secret=${knownSecrets.clientSecret}&grant_type=client_credentials; PRAGMA key='${knownSecrets.databaseKey}'`,
        );
      };
      const internal = await core.call('operator.connections', {}, keyHolder('cli'));
      expect(internal).toMatchObject({ ok: false, error: { code: 'internal' } });
      workspace.operators.all = all;
      const start = workspace.sync.start.bind(workspace.sync);
      workspace.sync.start = () =>
        Promise.reject(
          new Error(
            `sync failed with {"clientSecret":"${knownSecrets.clientSecret}","apiKey":"${knownSecrets.apiKey}","password":"${knownSecrets.password}"}`,
          ),
        );
      await call('sync.run', { wait: false, settleWithinMs: 0 });
      await new Promise((resolve) => setTimeout(resolve, 100));
      workspace.sync.start = start;
      await core.close();
      expect(capture.text()).toContain('airledger: internal error in operator.connections');
      expect(capture.text()).toContain('airledger: background sync failed');

      // 2. The built command line, as a script would run it: keys and passwords in its environment.
      const env: Record<string, string> = {
        AIRLEDGER_DB_KEY: knownSecrets.databaseKey,
        AIRLEDGER_PASSWORD: knownSecrets.password,
      };
      // In the background: the sandbox answers from this process's event loop.
      const cli = async (args: string[], extra: Record<string, string> = {}) => {
        const result = await runCliInBackground(['--data-dir', dataDir, ...args], { ...env, ...extra });
        capture.add(result.stdout);
        capture.add(result.stderr);
        return { ...result, status: `${result.status}: ${result.stderr}` };
      };
      const exited = (code: number) => expect.stringMatching(new RegExp(`^${code}: `));
      expect((await cli(['--user', 'ada', 'sync'])).status).toEqual(exited(0));
      expect(
        (await cli(['--user', 'ada', '--json', 'sync'], { AIRLEDGER_PASSWORD: wrongPassword })).status,
      ).toEqual(exited(1));
      expect((await cli(['verify'], { AIRLEDGER_DB_KEY: wrongDatabaseKey })).status).toEqual(exited(3));
      expect((await cli(['--json', 'verify'], { AIRLEDGER_DB_KEY: wrongDatabaseKey })).status).toEqual(
        exited(3),
      );
      const apiKeyFile = join(folder, 'api.key');
      writeFileSync(apiKeyFile, `${knownSecrets.apiKey}\n`);
      const connectAgain = await cli(
        [
          'operator',
          'connect',
          '--id',
          'sandbox',
          '--name',
          'Sandbox Telecom',
          '--sandbox',
          sandbox.url,
          '--client-id',
          sandbox.clientId,
          '--api-key-file',
          apiKeyFile,
        ],
        { AIRLEDGER_OPERATOR_CLIENT_SECRET: wrongClientSecret },
      );
      expect(connectAgain.status).toEqual(exited(1));
      expect((await cli(['rekey'], { AIRLEDGER_NEW_DB_KEY: newDatabaseKey })).status).toEqual(exited(0));
      env.AIRLEDGER_DB_KEY = newDatabaseKey;
      const backupFile = join(folder, 'sahel.alb');
      expect(
        (
          await cli(['backup', '--out', backupFile, '--passphrase-env', 'BACKUP_PASS'], {
            BACKUP_PASS: backupPassphrase,
          })
        ).status,
      ).toEqual(exited(0));
      const restored = await cli(
        ['--data-dir', join(folder, 'restored'), 'restore', backupFile, '--passphrase-env', 'BACKUP_PASS'],
        { BACKUP_PASS: backupPassphrase },
      );
      expect(restored.status).toEqual(exited(0));
      expect((await cli(['restore', backupFile], {})).status).toEqual(exited(3)); // the workspace key does not open it

      // 3. Browser mode's server: sign-ins and calls over HTTP, then whatever it printed.
      const served = await startServe(['--data-dir', dataDir], { AIRLEDGER_DB_KEY: newDatabaseKey });
      served.process.stdout?.on('data', (chunk: Buffer) => capture.add(chunk.toString()));
      served.process.stderr?.on('data', (chunk: Buffer) => capture.add(chunk.toString()));
      try {
        expect(
          (await httpCall(served.url, null, 'auth.signIn', { username: 'ada', password: wrongPassword })).ok,
        ).toBe(false);
        const signedIn = await httpCall(served.url, null, 'auth.signIn', {
          username: 'ada',
          password: knownSecrets.password,
        });
        const session = signedIn.value?.sessionToken ?? '';
        sessionTokens.add(session);
        expect((await httpCall(served.url, session, 'sync.run', { wait: true })).ok).toBe(true);
        expect((await httpCall(served.url, session, 'operator.connections', {})).ok).toBe(true);
      } finally {
        await served.stop();
      }
    } finally {
      stopRecording();
      capture.restore();
      await sandbox.close();
    }

    expect(accessTokens.size).toBeGreaterThan(0);
    expect(sessionTokens.size).toBe(2);
    const secrets = new Map<string, string>([
      ['the database key', knownSecrets.databaseKey],
      ['the new database key', newDatabaseKey],
      ['a wrong database key', wrongDatabaseKey],
      ["the backup's passphrase", backupPassphrase],
      ["ada's password", knownSecrets.password],
      ['a wrong password', wrongPassword],
      ["the operator's client secret", knownSecrets.clientSecret],
      ['a wrong client secret', wrongClientSecret],
      ["the operator's API key", knownSecrets.apiKey],
      ...[...accessTokens].map(
        (token, index) => [`OAuth access token ${index + 1}`, token] as [string, string],
      ),
      ...[...sessionTokens].map((token, index) => [`session token ${index + 1}`, token] as [string, string]),
    ]);
    const output = capture.text();
    expect(output.length).toBeGreaterThan(1000);
    expect(leaksOf(output, secrets, sandbox.clientId)).toEqual([]);
  }, 180_000);
});
