import { Route, Router, Switch } from 'wouter';
import { useHashLocation } from 'wouter/use-hash-location';
import { DashboardScreen } from './screens/DashboardScreen';
import { SettingsScreen } from './screens/SettingsScreen';
import { UpcomingScreen } from './screens/UpcomingScreen';
import { AppLayout } from './shell/AppLayout';
import { ErrorBoundary } from './shell/ErrorBoundary';
import { navigationItems } from './shell/navigation';
import { WorkspaceGate } from './workspace/WorkspaceGate';

const upcomingItems = navigationItems.filter((item) => item.path !== '/' && item.path !== '/settings');

export function App() {
  return (
    // Hash routes work the same from app://airledger/ and from the loopback server.
    <Router hook={useHashLocation}>
      <WorkspaceGate>
        {(workspace, onClosed) => (
          <AppLayout workspace={workspace}>
            <ErrorBoundary>
              <Switch>
                <Route path="/">
                  <DashboardScreen workspace={workspace} />
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
        )}
      </WorkspaceGate>
    </Router>
  );
}
