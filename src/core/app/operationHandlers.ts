import { resolve } from 'node:path';
import type { OperationName, OperationOutput, ParsedInput } from '../../contract/operations';
import type { WorkspaceStatus } from '../../contract/workspaceSchemas';
import type { CallContext } from '../access/callContext';
import { workspaceUnavailable } from '../appError';
import { Workspace, workspaceExists } from '../workspace/workspace';
import type { CoreOptions } from './coreOptions';

/** The state handlers share: the host's options and the workspace open in this process, if any. */
export interface CoreState {
  readonly options: CoreOptions;
  workspace: Workspace | null;
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

/** Opening another workspace closes the current one first: one workspace per process. */
function replaceWorkspace(state: CoreState, next: Workspace): void {
  state.workspace?.close();
  state.workspace = next;
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
    return workspaceStatus(state);
  },
};
