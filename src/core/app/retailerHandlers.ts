import type { OperationName, OperationOutput, ParsedInput } from '../../contract/operations';
import type { CallContext } from '../access/callContext';
import { currencyScale } from '../money/currencyScale';
import { applyRetailerImport, previewRetailerImport } from '../retailers/retailerImport';
import { listRetailers, retailerDetail, retailerRegions } from '../retailers/retailerQueries';
import { retailerSales } from '../retailers/retailerSales';
import type { CoreState } from './operationHandlers';
import { requireWorkspace } from './requireWorkspace';

type RetailerOperation = Extract<
  OperationName,
  `retailers.${string}` | `commissionPlans.${string}` | `payments.${string}`
>;

type Handler<N extends OperationName> = (
  state: CoreState,
  input: ParsedInput<N>,
  context: CallContext,
) => Promise<OperationOutput<N>> | OperationOutput<N>;

const actorOf = (context: CallContext) => ({ displayName: context.actor.displayName });

export const retailerHandlers: { [N in RetailerOperation]: Handler<N> } = {
  'retailers.list': (state, input) => listRetailers(requireWorkspace(state).sqlite, input),
  'retailers.get': (state, input) => {
    const workspace = requireWorkspace(state);
    return retailerDetail(workspace.sqlite, workspace.ledger, workspace.retailers, input.code);
  },
  'retailers.sales': (state, input) => {
    const workspace = requireWorkspace(state);
    return retailerSales(workspace.sqlite, workspace.retailers, input, workspace.clock());
  },
  'retailers.regions': (state) => retailerRegions(requireWorkspace(state).sqlite),
  'retailers.add': (state, input, context) => requireWorkspace(state).retailers.add(input, actorOf(context)),
  'retailers.update': (state, input) => requireWorkspace(state).retailers.update(input),
  'retailers.setStatus': (state, input, context) =>
    requireWorkspace(state).retailers.setStatus(input, actorOf(context)),
  'retailers.importPreview': (state, input) => {
    const workspace = requireWorkspace(state);
    return previewRetailerImport(
      workspace.sqlite,
      workspace.retailers,
      currencyScale(workspace.baseCurrency()),
      input,
    );
  },
  'retailers.importApply': (state, input, context) => {
    const workspace = requireWorkspace(state);
    return applyRetailerImport(
      workspace.sqlite,
      workspace.retailers,
      currencyScale(workspace.baseCurrency()),
      input,
      actorOf(context),
    );
  },
  'commissionPlans.list': (state) => requireWorkspace(state).commissionPlans.list(),
  'commissionPlans.save': (state, input) => requireWorkspace(state).commissionPlans.save(input),
  'payments.record': (state, input, context) =>
    requireWorkspace(state).payments.record(input, actorOf(context)),
  'payments.get': (state, input) => requireWorkspace(state).payments.require(input.id),
  'payments.list': (state, input) => requireWorkspace(state).payments.list(input),
  'payments.openAllocations': (state, input) => requireWorkspace(state).payments.openAllocations(input.code),
};
