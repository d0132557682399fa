import { acquiredCustomersReport, prepareCustomerLines } from '../reports/acquiredCustomers';
import { acquiredCohorts, acquiredLines } from '../reports/acquiredCustomersDrillDown';
import { directSalesReport } from '../reports/directSales';
import { exceptionsReport } from '../reports/exceptions';
import { floatMovementReport } from '../reports/floatMovement';
import { payoutDetail, payoutsReport, plansByCode } from '../reports/payouts';
import { reportChannels } from '../reports/reportChannels';
import { exportReport, partyOf } from '../reports/reportExport';
import { resolveScope } from '../reports/reportScope';
import { resellerSalesReport } from '../reports/resellerSales';
import { resellerBreakdown, salesRows } from '../reports/salesDrillDown';
import { SavedViews, savedViewOwner } from '../reports/savedViews';
import type { Workspace } from '../workspace/workspace';
import type { Handler } from './operationHandlers';
import { requireWorkspace } from './requireWorkspace';

function scopeOf(workspace: Workspace, filters: Parameters<typeof resolveScope>[2]) {
  return resolveScope(workspace.sqlite, workspace.operators, filters);
}

/** The Reseller Management reports: read-only, from the rollups and the sales register. */
export const reportHandlers: {
  'reports.resellerSales': Handler<'reports.resellerSales'>;
  'reports.directSales': Handler<'reports.directSales'>;
  'reports.resellers': Handler<'reports.resellers'>;
  'reports.sales': Handler<'reports.sales'>;
  'reports.export': Handler<'reports.export'>;
  'reports.floatMovement': Handler<'reports.floatMovement'>;
  'reports.exceptions': Handler<'reports.exceptions'>;
  'reports.acquiredCustomers': Handler<'reports.acquiredCustomers'>;
  'reports.acquiredCohorts': Handler<'reports.acquiredCohorts'>;
  'reports.acquiredLines': Handler<'reports.acquiredLines'>;
  'reports.channels': Handler<'reports.channels'>;
  'reports.views.list': Handler<'reports.views.list'>;
  'reports.views.save': Handler<'reports.views.save'>;
  'reports.views.delete': Handler<'reports.views.delete'>;
  'reports.payouts': Handler<'reports.payouts'>;
  'reports.payout': Handler<'reports.payout'>;
} = {
  'reports.channels': (state, input) => {
    const workspace = requireWorkspace(state);
    return reportChannels(workspace.sqlite, scopeOf(workspace, input));
  },
  // Saved views are the signed-in user's own: the owner comes from the session, never the input.
  'reports.views.list': (state, _input, context) => {
    const workspace = requireWorkspace(state);
    return new SavedViews(workspace.sqlite, workspace.clock).list(savedViewOwner(workspace, context));
  },
  'reports.views.save': (state, input, context) => {
    const workspace = requireWorkspace(state);
    return new SavedViews(workspace.sqlite, workspace.clock).save(savedViewOwner(workspace, context), input);
  },
  'reports.views.delete': (state, input, context) => {
    const workspace = requireWorkspace(state);
    return new SavedViews(workspace.sqlite, workspace.clock).delete(
      savedViewOwner(workspace, context),
      input.id,
    );
  },
  'reports.payouts': (state, input) => {
    const workspace = requireWorkspace(state);
    return payoutsReport(
      workspace.sqlite,
      workspace.ledger.reader,
      plansByCode(workspace.commissionPlans.list()),
      scopeOf(workspace, input.filters),
      input,
      workspace.clock(),
    );
  },
  'reports.payout': (state, input) => {
    const workspace = requireWorkspace(state);
    const party = partyOf(workspace.sqlite, input.retailerCode);
    return payoutDetail(
      workspace.sqlite,
      workspace.ledger.reader,
      plansByCode(workspace.commissionPlans.list()),
      scopeOf(workspace, input.filters),
      party,
      workspace.clock(),
    );
  },
  'reports.floatMovement': (state, input) => {
    const workspace = requireWorkspace(state);
    return floatMovementReport(workspace.sqlite, scopeOf(workspace, input));
  },
  // Customers acquired via resellers: each read first counts the sales pulled since the last count.
  'reports.acquiredCustomers': (state, input) => {
    const workspace = requireWorkspace(state);
    return acquiredCustomersReport(workspace.sqlite, scopeOf(workspace, input), workspace.clock);
  },
  'reports.acquiredCohorts': (state, input) => {
    const workspace = requireWorkspace(state);
    const scope = scopeOf(workspace, input.filters);
    return acquiredCohorts(
      workspace.sqlite,
      scope,
      prepareCustomerLines(workspace.sqlite, workspace.clock),
      input,
    );
  },
  'reports.acquiredLines': (state, input) => {
    const workspace = requireWorkspace(state);
    const scope = scopeOf(workspace, input.filters);
    return acquiredLines(
      workspace.sqlite,
      scope,
      prepareCustomerLines(workspace.sqlite, workspace.clock),
      input,
    );
  },
  'reports.exceptions': (state, input) => {
    const workspace = requireWorkspace(state);
    return exceptionsReport(workspace.sqlite, scopeOf(workspace, input), workspace.clock());
  },
  'reports.resellerSales': (state, input) => {
    const workspace = requireWorkspace(state);
    return resellerSalesReport(workspace.sqlite, scopeOf(workspace, input));
  },
  'reports.directSales': (state, input) => {
    const workspace = requireWorkspace(state);
    return directSalesReport(workspace.sqlite, scopeOf(workspace, input));
  },
  'reports.resellers': (state, input) => {
    const workspace = requireWorkspace(state);
    return resellerBreakdown(workspace.sqlite, scopeOf(workspace, input.filters), input);
  },
  'reports.sales': (state, input) => {
    const workspace = requireWorkspace(state);
    return salesRows(workspace.sqlite, scopeOf(workspace, input.filters), input);
  },
  'reports.export': (state, input) => {
    const workspace = requireWorkspace(state);
    return exportReport(workspace.sqlite, scopeOf(workspace, input.filters), input, workspace.clock(), {
      ledger: workspace.ledger.reader,
      plans: plansByCode(workspace.commissionPlans.list()),
    });
  },
};
