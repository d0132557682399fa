import { directSalesReport } from '../reports/directSales';
import { exceptionsReport } from '../reports/exceptions';
import { floatMovementReport } from '../reports/floatMovement';
import { exportReport } from '../reports/reportExport';
import { resolveScope } from '../reports/reportScope';
import { resellerSalesReport } from '../reports/resellerSales';
import { resellerBreakdown, salesRows } from '../reports/salesDrillDown';
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
} = {
  'reports.floatMovement': (state, input) => {
    const workspace = requireWorkspace(state);
    return floatMovementReport(workspace.sqlite, scopeOf(workspace, input));
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
    return exportReport(workspace.sqlite, scopeOf(workspace, input.filters), input, workspace.clock());
  },
};
