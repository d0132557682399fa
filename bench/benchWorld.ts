/** What the sync and report benchmarks share: a sandbox in its own process and a workspace connected to it. */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import {
  distributorPartyAccountId,
  distributorPartyId,
  wholesaleBucketId,
} from '../src/core/operator/tmf654';
import { Workspace } from '../src/core/workspace/workspace';
import type { TemporaryFolders } from './benchSupport';

const passphrase = 'benchmark passphrase';
const migrationsFolder = join(__dirname, '..', 'migrations');

/** The workspace's clock runs `lagMs` behind: the pull bench links wallets an hour before the sales it pulls. */
export function environment(lagMs = 0) {
  return {
    ...(lagMs === 0 ? {} : { now: () => new Date(Date.now() - lagMs) }),
    keyProvider: {
      source: 'the benchmark passphrase',
      keyForNewWorkspace: async () => ({ kind: 'passphrase' as const, passphrase }),
      keyForExistingWorkspace: async () => ({ kind: 'passphrase' as const, passphrase }),
    },
    migrationsFolder,
    appVersion: 'bench',
  };
}

export interface SandboxProcess {
  url: string;
  tmfBaseUrl: string;
  tokenUrl: string;
  adminUrl: string;
  clientId: string;
  clientSecret: string;
  units: string;
  scale: number;
  admin(path: string, body: unknown): Promise<unknown>;
  close(): Promise<void>;
}

/** Starts the sandbox in a child process and talks to its admin routes over HTTP. */
export function startSandboxProcess(options: Record<string, unknown>): Promise<SandboxProcess> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', join(__dirname, 'sandboxProcess.ts'), JSON.stringify(options)],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  return new Promise((resolve, reject) => {
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const line = output.split('\n').find((candidate) => candidate.startsWith('{'));
      if (line === undefined) return;
      const addresses = JSON.parse(line) as Omit<SandboxProcess, 'admin' | 'close'>;
      resolve({
        ...addresses,
        admin: async (path, body) => {
          const post = () =>
            fetch(`${addresses.adminUrl}${path}`, {
              method: 'POST',
              headers: { 'content-type': 'application/json' },
              body: JSON.stringify(body),
            });
          // A keep-alive socket the sandbox closed while the bench was busy fails before the request
          // reaches it: one retry on a fresh socket (as the operator client does for reads).
          const response = await post().catch((error: unknown) => {
            const code = (error as { cause?: { code?: string } }).cause?.code;
            if (code === 'ECONNRESET' || code === 'UND_ERR_SOCKET' || code === 'EPIPE') return post();
            throw error;
          });
          if (!response.ok)
            throw new Error(`sandbox admin ${path}: ${response.status} ${await response.text()}`);
          return response.json();
        },
        close: () =>
          new Promise<void>((done) => {
            child.once('exit', () => done());
            child.kill('SIGTERM');
          }),
      });
    });
    child.once('exit', (code) => reject(new Error(`the sandbox process exited with ${code}`)));
  });
}

export async function connectedWorkspace(folders: TemporaryFolders, sandbox: SandboxProcess, clockLagMs = 0) {
  const workspace = await Workspace.create(environment(clockLagMs), {
    dataDir: join(folders.make('airledger-sync-bench-'), 'ws'),
    distributorName: 'Benchmark Airtime',
    baseCurrency: 'XOF',
  });
  // As the desktop and browser mode run it: WAL checkpoints on a worker thread.
  if (!workspace.checkpointInBackground()) throw new Error('bench: background checkpoints did not start');
  workspace.operators.save(
    {
      id: 'sandbox',
      name: 'Sandbox',
      baseUrl: sandbox.tmfBaseUrl,
      tokenUrl: sandbox.tokenUrl,
      clientId: sandbox.clientId,
      clientSecret: sandbox.clientSecret,
      apiKey: null,
      requestTimeoutMs: 30_000,
      distributorPartyId,
      partyAccountId: distributorPartyAccountId,
      wholesaleBucketId,
      units: sandbox.units,
      scale: sandbox.scale,
    },
    { openingMinor: 0, msisdn: null },
  );
  return workspace;
}

/** Retailers R-00001… with wallets at the sandbox, linked in the workspace, on credit with room to spare. */
export async function linkRetailers(
  workspace: Workspace,
  sandbox: SandboxProcess,
  count: number,
  initialBalance: number,
): Promise<string[]> {
  const { linkRetailerWallet } = await import('../src/core/operator/retailerWalletLink');
  const { OperatorGateway } = await import('../src/core/operator/operatorGateway');
  const connection = workspace.operators.require();
  const gateway = new OperatorGateway(connection);
  const partyIds: string[] = [];
  for (let index = 1; index <= count; index++) {
    const partyId = `R-${String(index).padStart(5, '0')}`;
    const msisdn = `22507${String(index).padStart(8, '0')}`;
    await sandbox.admin('/retailers', { partyId, name: `Retailer ${index}`, msisdn, initialBalance });
    await linkRetailerWallet(workspace.sqlite, workspace.ledger, workspace.retailers, connection, gateway, {
      partyId,
      name: `Retailer ${index}`,
      msisdn,
    });
    // On credit with room to spare: the drain is measured, not the retailers' terms.
    workspace.retailers.update({ code: partyId, terms: 'postpaid', creditLimitMinor: 10 ** 13 });
    partyIds.push(partyId);
  }
  return partyIds;
}

export async function bearerToken(sandbox: SandboxProcess): Promise<string> {
  const response = await fetch(sandbox.tokenUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'client_credentials',
      client_id: sandbox.clientId,
      client_secret: sandbox.clientSecret,
    }),
  });
  return ((await response.json()) as { access_token: string }).access_token;
}
