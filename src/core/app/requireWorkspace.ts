import { workspaceUnavailable } from '../appError';
import type { Workspace } from '../workspace/workspace';
import type { CoreState } from './operationHandlers';

/** The open workspace, or the refusal every workspace operation gives when none is open. */
export function requireWorkspace(state: CoreState): Workspace {
  if (state.workspace === null) {
    throw workspaceUnavailable('no_workspace_open', 'No workspace is open; create or open one first.');
  }
  return state.workspace;
}
