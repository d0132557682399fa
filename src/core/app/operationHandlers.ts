import { resolve } from 'node:path';
import type { LedgerVerifyReport } from '../../contract/ledgerSchemas';
import type { OperationName, OperationOutput, ParsedInput } from '../../contract/operations';
import type { WorkspaceStatus } from '../../contract/workspaceSchemas';
import type { CallContext } from '../access/callContext';
import { AppError, workspaceUnavailable } from '../appError';
import { Workspace, workspaceExists } from '../workspace/workspace';
import type { CoreOptions } from './coreOptions';

/** The state handlers share: the host's options and the workspace open in this process, if any. */
export interface CoreState {
  readonly options: CoreOptions;
  workspace: Workspace | null;
  /** The latest ledger verification of the open workspace, shown with its time. */
  lastLedgerVerify: LedgerVerifyReport | null;
}

type Handler<N extends OperationName> = (
  state: CoreState,
  input: ParsedInput<N>,
  context: CallContext,
) => Promise<OperationOutput<N>> | OperationOutput<N>;

export type OperationHandlers = { [N in OperationName]: Handler<N> };

function requireWorkspace(state: CoreState): Workspace {
  if (state.workspace === null) {
    throw workspaceUnavailable('no_workspace_open', 'No workspace is open; create or open one first.');
  }
  return state.workspace;
}

function workspaceStatus(state: CoreState): WorkspaceStatus {
  if (state.workspace !== null) return { state: 'open', workspace: state.workspace.summary() };
  return {
    state: 'closed',
    defaultDataDir: state.options.defaultDataDir,
    existsAtDefault: workspaceExists(state.options.defaultDataDir),
    keySource: state.options.keyProvider.source,
  };
}

function environment(state: CoreState) {
  const { keyProvider, migrationsFolder, appVersion, now } = state.options;
  return { keyProvider, migrationsFolder, appVersion, ...(now ? { now } : {}) };
}

/**
 * Opening another workspace closes the current one first: one workspace per process. The ledger
 * gets a quick verification as it opens, so the UI can warn at once if anything is off.
 */
function replaceWorkspace(state: CoreState, next: Workspace): void {
  state.workspace?.close();
  state.workspace = next;
  state.lastLedgerVerify = next.ledger.verifier.verify('quick');
}

function notFound(what: string): AppError {
  return new AppError('not_found', `${what} does not exist in this workspace.`);
}

export const operationHandlers: OperationHandlers = {
  'system.info': (state, _input, context) => ({
    appName: 'Airledger',
    appVersion: state.options.appVersion,
    transport: context.transport,
    platform: state.options.platform,
    operator: { state: 'not_configured', label: 'No operator connected' },
    sync: { state: 'not_configured', pendingCount: 0 },
  }),

  'workspace.status': (state) => workspaceStatus(state),

  'workspace.create': async (state, input) => {
    const dataDir = resolve(input.dataDir ?? state.options.defaultDataDir);
    const created = await Workspace.create(environment(state), {
      dataDir,
      distributorName: input.distributorName,
      baseCurrency: input.baseCurrency,
    });
    replaceWorkspace(state, created);
    return workspaceStatus(state);
  },

  'workspace.open': async (state, input) => {
    const dataDir = resolve(input.dataDir ?? state.options.defaultDataDir);
    if (state.workspace?.dataDir === dataDir) return workspaceStatus(state);
    replaceWorkspace(state, await Workspace.open(environment(state), dataDir));
    return workspaceStatus(state);
  },

  'workspace.verify': (state) => requireWorkspace(state).verify(),

  'workspace.close': (state) => {
    state.workspace?.close();
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
    const report = requireWorkspace(state).ledger.verifier.verify(input.mode);
    state.lastLedgerVerify = report;
    return report;
  },

  'ledger.lastVerify': (state) => {
    requireWorkspace(state);
    return state.lastLedgerVerify;
  },
};
