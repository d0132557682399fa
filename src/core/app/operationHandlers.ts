import { resolve } from 'node:path';
import type { LedgerVerifyReport } from '../../contract/ledgerSchemas';
import type { OperationName, OperationOutput, ParsedInput } from '../../contract/operations';
import type { WorkspaceStatus } from '../../contract/workspaceSchemas';
import type { CallContext } from '../access/callContext';
import type { SessionBook } from '../access/sessionBook';
import { AppError } from '../appError';
import { recordInterruptedCalls, verifyBooks } from '../audit/booksVerification';
import { resumeEmbeddedSandbox } from '../operator/embeddedSandbox';
import type { UpdateService } from '../updates/updateService';
import { Workspace, workspaceExists } from '../workspace/workspace';
import { auditHandlers } from './auditHandlers';
import { authHandlers } from './authHandlers';
import { backOfficeHandlers } from './backOfficeHandlers';
import type { CoreOptions } from './coreOptions';
import { operatorHandlers } from './operatorHandlers';
import { reportHandlers } from './reportHandlers';
import { requireWorkspace } from './requireWorkspace';
import { retailerHandlers } from './retailerHandlers';
import { settlementHandlers } from './settlementHandlers';
import { updateHandlers } from './updateHandlers';
import { workspaceSecretHandlers } from './workspaceSecretHandlers';

/** The state handlers share: the host's options and the workspace open in this process, if any. */
export interface CoreState {
  readonly options: CoreOptions;
  workspace: Workspace | null;
  /** The latest ledger verification of the open workspace, shown with its time. */
  lastLedgerVerify: LedgerVerifyReport | null;
  /** Who is signed in to the open workspace; everyone is signed out when it closes. */
  readonly sessions: SessionBook;
  /** Looking for and installing updates, where the host can (the packaged desktop app). */
  updates: UpdateService | null;
}

export type Handler<N extends OperationName> = (
  state: CoreState,
  input: ParsedInput<N>,
  context: CallContext,
) => Promise<OperationOutput<N>> | OperationOutput<N>;

export function workspaceStatus(state: CoreState): WorkspaceStatus {
  if (state.workspace !== null) return { state: 'open', workspace: state.workspace.summary() };
  return {
    state: 'closed',
    defaultDataDir: state.options.defaultDataDir,
    existsAtDefault: workspaceExists(state.options.defaultDataDir),
    keySource: state.options.keyProvider.source,
  };
}

export function environment(state: CoreState) {
  const { keyProvider, migrationsFolder, appVersion, now } = state.options;
  return { keyProvider, migrationsFolder, appVersion, ...(now ? { now } : {}) };
}

/**
 * Opening another workspace closes the current one first: one workspace per process. The ledger
 * gets a quick verification as it opens, so the UI can warn at once if anything is off. Reopening
 * the same workspace (after a change of its key) keeps everyone signed in.
 */
export async function replaceWorkspace(
  state: CoreState,
  next: Workspace,
  options: { keepSessions?: boolean } = {},
): Promise<void> {
  await state.workspace?.closeGracefully();
  if (options.keepSessions !== true) state.sessions.clear();
  state.workspace = next;
  if (state.options.checkpointInBackground === true) {
    // Failing to start it costs speed, not data: the writer checkpoints inline again.
    const started = next.checkpointInBackground((error) =>
      state.options.onBackgroundError?.('checkpoints', error),
    );
    if (!started) state.options.onBackgroundError?.('checkpoints', new Error('no worker thread could start'));
  }
  // Calls a crash cut short get their (interrupted) audit event before the books are checked.
  recordInterruptedCalls(next);
  state.lastLedgerVerify = verifyBooks(next, 'quick');
  // The demo operator failing to start must not keep the books closed: sync just finds it offline.
  await resumeEmbeddedSandbox(next).catch((error: unknown) =>
    state.options.onBackgroundError?.('demo operator', error),
  );
  next.sync.schedule(state.options.syncEveryMs ?? null);
  next.sync.onError = (error) => state.options.onBackgroundError?.('sync', error);
  next.settlementExports.onUnexpectedError = (error) =>
    state.options.onBackgroundError?.('settlement export', error);
}

/** What the status bar shows about the operator and the sync queue. */
function operatorAndSyncInfo(state: CoreState) {
  const workspace = state.workspace;
  const operator = workspace?.operators.primary();
  if (workspace === null || operator === undefined) {
    return {
      operator: { state: 'not_configured' as const, operatorId: null, label: 'No operator connected' },
      sync: { state: 'not_configured' as const, pendingCount: 0 },
    };
  }
  // The status bar asks every few seconds: only the open actions are counted (a small index).
  const pendingCount = workspace.outbox.openCount();
  const connection =
    workspace.sync.connectionState === 'not_configured' ? 'connected' : workspace.sync.connectionState;
  const labels = {
    connected: `${operator.id} connected`,
    offline: `${operator.id} unreachable`,
    refused: `${operator.id} refused our credentials`,
  } as const;
  return {
    operator: { state: connection, operatorId: operator.id, label: labels[connection] },
    sync: {
      state:
        workspace.sync.running !== null
          ? ('running' as const)
          : pendingCount > 0
            ? ('waiting' as const)
            : ('idle' as const),
      pendingCount,
    },
  };
}

function notFound(what: string): AppError {
  return new AppError('not_found', `${what} does not exist in this workspace.`);
}

const workspaceAndLedgerHandlers = {
  'system.info': (state, _input, context) => ({
    appName: 'Airledger',
    appVersion: state.options.appVersion,
    transport: context.transport,
    platform: state.options.platform,
    ...operatorAndSyncInfo(state),
  }),

  'workspace.status': (state) => workspaceStatus(state),

  'workspace.create': async (state, input) => {
    const dataDir = resolve(input.dataDir ?? state.options.defaultDataDir);
    const created = await Workspace.create(environment(state), {
      dataDir,
      distributorName: input.distributorName,
      baseCurrency: input.baseCurrency,
    });
    await replaceWorkspace(state, created);
    return workspaceStatus(state);
  },

  'workspace.open': async (state, input) => {
    const dataDir = resolve(input.dataDir ?? state.options.defaultDataDir);
    if (state.workspace?.dataDir === dataDir) return workspaceStatus(state);
    await replaceWorkspace(state, await Workspace.open(environment(state), dataDir));
    return workspaceStatus(state);
  },

  'workspace.verify': (state) => requireWorkspace(state).verify(),

  'workspace.close': async (state) => {
    await state.workspace?.closeGracefully();
    state.sessions.clear();
    state.workspace = null;
    state.lastLedgerVerify = null;
    return workspaceStatus(state);
  },

  'ledger.assets': (state) => requireWorkspace(state).ledger.reader.assets(),

  'ledger.accounts': (state, input) => requireWorkspace(state).ledger.reader.accounts(input),

  'ledger.statement': (state, input) => {
    const statement = requireWorkspace(state).ledger.reader.statement(
      input.accountId,
      Date.parse(input.from),
      Date.parse(input.to),
    );
    if (statement === undefined) throw notFound(`Account ${input.accountId}`);
    return statement;
  },

  'ledger.balanceAsAt': (state, input) => {
    const reader = requireWorkspace(state).ledger.reader;
    const account = reader.account(input.accountId);
    if (account === undefined) throw notFound(`Account ${input.accountId}`);
    const asAtMs = Date.parse(input.asAt);
    return {
      accountId: account.id,
      asAt: new Date(asAtMs).toISOString(),
      balancePostedMinor: reader.balanceAsAt(account, asAtMs),
    };
  },

  'ledger.entry': (state, input) => {
    const entry = requireWorkspace(state).ledger.reader.entry(input.entryId);
    if (entry === undefined) throw notFound(`Entry ${input.entryId}`);
    return entry;
  },

  'ledger.verify': (state, input) => {
    const report = verifyBooks(requireWorkspace(state), input.mode);
    state.lastLedgerVerify = report;
    return report;
  },

  'ledger.lastVerify': (state) => {
    requireWorkspace(state);
    return state.lastLedgerVerify;
  },
} satisfies Partial<{ [N in OperationName]: Handler<N> }>;

export type OperationHandlers = { [N in OperationName]: Handler<N> };

export const operationHandlers: OperationHandlers = {
  ...workspaceAndLedgerHandlers,
  ...operatorHandlers,
  ...retailerHandlers,
  ...backOfficeHandlers,
  ...authHandlers,
  ...reportHandlers,
  ...settlementHandlers,
  ...workspaceSecretHandlers,
  ...auditHandlers,
  ...updateHandlers,
};
