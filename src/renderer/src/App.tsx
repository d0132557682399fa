import { Route, Router, Switch } from 'wouter';
import { AllocationsScreen } from './allocations/AllocationsScreen';
import { allocationApprovalsPath, allocationsPath } from './allocations/allocationPaths';
import { AuditScreen } from './audit/AuditScreen';
import { auditPath } from './audit/auditPaths';
import { AccountStatementScreen } from './ledger/AccountStatementScreen';
import { LedgerScreen } from './ledger/LedgerScreen';
import { ledgerPath, statementRoute } from './ledger/ledgerPaths';
import { OperatorScreen } from './purchases/OperatorScreen';
import { operatorPath } from './purchases/operatorPaths';
import { AcquiredCohortsScreen } from './reports/AcquiredCohortsScreen';
import { AcquiredLinesScreen } from './reports/AcquiredLinesScreen';
import {
  acquiredCohortsPath,
  acquiredLinesRoute,
  acquiredMonthLinesRoute,
  directLinesPath,
} from './reports/customerPaths';
import { PayoutDetailScreen } from './reports/PayoutDetailScreen';
import { PayoutsScreen } from './reports/PayoutsScreen';
import { ReportsScreen } from './reports/ReportsScreen';
import { ResellersBreakdownScreen } from './reports/ResellersBreakdownScreen';
import {
  directSalesRowsPath,
  payoutDetailRoute,
  payoutsPath,
  reportsPath,
  resellerSalesRowsRoute,
  resellersBreakdownPath,
} from './reports/reportPaths';
import { SalesRowsScreen } from './reports/SalesRowsScreen';
import { RetailerScreen } from './retailers/RetailerScreen';
import { RetailersScreen } from './retailers/RetailersScreen';
import { retailerBranchRoute, retailerRoute, retailersPath } from './retailers/retailerPaths';
import { DashboardScreen } from './screens/DashboardScreen';
import { SettingsScreen } from './screens/SettingsScreen';
import { UpcomingScreen } from './screens/UpcomingScreen';
import { SessionGate } from './session/SessionGate';
import { OperatorStatementScreen } from './settlements/OperatorStatementScreen';
import { PeriodScreen } from './settlements/PeriodScreen';
import { SettlementsScreen } from './settlements/SettlementsScreen';
import { StatementScreen } from './settlements/StatementScreen';
import {
  settlementOperatorStatementRoute,
  settlementPeriodRoute,
  settlementStatementRoute,
  settlementsPath,
} from './settlements/settlementPaths';
import { AppLayout } from './shell/AppLayout';
import { ErrorBoundary } from './shell/ErrorBoundary';
import { hashHref, useHashPath, useHashQuery } from './shell/hashLocation';
import { navigationItems } from './shell/navigation';
import { SyncScreen } from './sync/SyncScreen';
import { syncPath } from './sync/syncPaths';
import { WorkspaceGate } from './workspace/WorkspaceGate';

const builtPaths = new Set([
  '/',
  '/settings',
  ledgerPath,
  syncPath,
  retailersPath,
  operatorPath,
  allocationsPath,
  reportsPath,
  settlementsPath,
  auditPath,
]);
const upcomingItems = navigationItems.filter((item) => !builtPaths.has(item.path));

export function App() {
  return (
    // Hash routes work the same from app://airledger/ and from the loopback server; a screen's
    // query (the reports' filters) rides inside the hash.
    <Router hook={useHashPath} searchHook={useHashQuery} hrefs={hashHref}>
      <WorkspaceGate>
        {(workspace, onClosed) => (
          <SessionGate workspace={workspace}>
            <AppLayout workspace={workspace}>
              <ErrorBoundary>
                <Switch>
                  <Route path="/">
                    <DashboardScreen workspace={workspace} />
                  </Route>
                  <Route path={ledgerPath}>
                    <LedgerScreen />
                  </Route>
                  <Route path={statementRoute}>
                    {(params) => (
                      <AccountStatementScreen key={params.accountId} accountId={params.accountId} />
                    )}
                  </Route>
                  <Route path={retailersPath}>
                    <RetailersScreen workspace={workspace} />
                  </Route>
                  <Route path={retailerBranchRoute}>
                    {(params) => (
                      <RetailersScreen key={params.code} workspace={workspace} branchOf={params.code} />
                    )}
                  </Route>
                  <Route path={retailerRoute}>
                    {(params) => (
                      <RetailerScreen key={params.code} code={params.code} workspace={workspace} />
                    )}
                  </Route>
                  <Route path={operatorPath}>
                    <OperatorScreen workspace={workspace} />
                  </Route>
                  <Route path={allocationsPath}>
                    <AllocationsScreen workspace={workspace} />
                  </Route>
                  <Route path={allocationApprovalsPath}>
                    <AllocationsScreen workspace={workspace} tab="approvals" />
                  </Route>
                  <Route path={reportsPath}>
                    <ReportsScreen />
                  </Route>
                  <Route path={resellersBreakdownPath}>
                    <ResellersBreakdownScreen />
                  </Route>
                  <Route path={directSalesRowsPath}>
                    <SalesRowsScreen kind="direct" />
                  </Route>
                  <Route path={resellerSalesRowsRoute}>
                    {(params) => <SalesRowsScreen key={params.code} kind="reseller" code={params.code} />}
                  </Route>
                  <Route path={acquiredCohortsPath}>
                    <AcquiredCohortsScreen />
                  </Route>
                  <Route path={directLinesPath}>
                    <AcquiredLinesScreen />
                  </Route>
                  <Route path={acquiredMonthLinesRoute}>
                    {(params) => (
                      <AcquiredLinesScreen
                        key={`${params.code}|${params.month}`}
                        code={params.code}
                        month={params.month}
                      />
                    )}
                  </Route>
                  <Route path={acquiredLinesRoute}>
                    {(params) => <AcquiredLinesScreen key={params.code} code={params.code} />}
                  </Route>
                  <Route path={payoutsPath}>
                    <PayoutsScreen />
                  </Route>
                  <Route path={payoutDetailRoute}>
                    {(params) => <PayoutDetailScreen key={params.code} code={params.code} />}
                  </Route>
                  <Route path={settlementsPath}>
                    <SettlementsScreen />
                  </Route>
                  <Route path={settlementStatementRoute}>
                    {(params) => (
                      <StatementScreen key={params.statementId} statementId={params.statementId} />
                    )}
                  </Route>
                  <Route path={settlementOperatorStatementRoute}>
                    {(params) => (
                      <OperatorStatementScreen
                        key={`${params.periodId}|${params.operatorId}`}
                        periodId={params.periodId}
                        operatorId={params.operatorId}
                      />
                    )}
                  </Route>
                  <Route path={settlementPeriodRoute}>
                    {(params) => <PeriodScreen key={params.periodId} periodId={params.periodId} />}
                  </Route>
                  <Route path={syncPath}>
                    <SyncScreen />
                  </Route>
                  <Route path={auditPath}>
                    <AuditScreen />
                  </Route>
                  <Route path="/settings">
                    <SettingsScreen workspace={workspace} onClosed={onClosed} />
                  </Route>
                  {upcomingItems.map((item) => (
                    <Route key={item.path} path={item.path}>
                      <UpcomingScreen item={item} />
                    </Route>
                  ))}
                  <Route>
                    <DashboardScreen workspace={workspace} />
                  </Route>
                </Switch>
              </ErrorBoundary>
            </AppLayout>
          </SessionGate>
        )}
      </WorkspaceGate>
    </Router>
  );
}
