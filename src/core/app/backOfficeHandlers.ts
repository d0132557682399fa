import type { OperationName, OperationOutput, ParsedInput } from '../../contract/operations';
import type { CallContext } from '../access/callContext';
import { AppError } from '../appError';
import { backOfficeSummary } from '../dashboard/backOfficeSummary';
import { addDemoTeam, demoAccountsPasswordText } from '../demo/demoAccounts';
import { growDemoNetwork } from '../demo/demoNetwork';
import type { CoreState } from './operationHandlers';
import { requireWorkspace } from './requireWorkspace';

type Handler<N extends OperationName> = (
  state: CoreState,
  input: ParsedInput<N>,
  context: CallContext,
) => Promise<OperationOutput<N>> | OperationOutput<N>;

export const backOfficeHandlers: {
  'demo.grow': Handler<'demo.grow'>;
  'demo.sampleUsers': Handler<'demo.sampleUsers'>;
  'dashboard.summary': Handler<'dashboard.summary'>;
  'replenishment.run': Handler<'replenishment.run'>;
} = {
  'dashboard.summary': (state) => backOfficeSummary(requireWorkspace(state)),
  'replenishment.run': (state) => requireWorkspace(state).replenishment.run(),
  'demo.grow': async (state, input) => {
    const workspace = requireWorkspace(state);
    const summary = await growDemoNetwork(workspace, workspace.operators.require(), input);
    // The floats are confirmed at the operator before the demo is handed over.
    await workspace.sync.start('manual', { settleWithinMs: 5_000 });
    const sampleUsers = await addDemoTeam(workspace);
    return { ...summary, sampleUsers, samplePassword: demoAccountsPasswordText };
  },
  'demo.sampleUsers': async (state) => {
    const workspace = requireWorkspace(state);
    if (!workspace.operators.require().embeddedSandbox) {
      throw new AppError('business_rule', 'Only a workspace on the demo operator can have sample users.', {
        reason: 'not_demo_operator',
      });
    }
    return { sampleUsers: await addDemoTeam(workspace), samplePassword: demoAccountsPasswordText };
  },
};
