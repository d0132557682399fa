import { Alert, Group, Stack, Text, Title } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Redirect, useLocation } from 'wouter';
import { branchOfText } from '../session/branchText';
import { useCurrentUser } from '../session/CurrentUserContext';
import { outsideBranchOnly } from '../session/operationAccess';
import { BranchRetailersButton } from './BranchRetailersButton';
import { type NavigationItem, navigationItems } from './navigation';

/** The navigation entry whose screen a path belongs to (`/ledger/accounts/x` is the Ledger's). */
export function navigationItemAt(path: string): NavigationItem | undefined {
  return navigationItems.find((item) =>
    item.path === '/' ? path === '/' : path === item.path || path.startsWith(`${item.path}/`),
  );
}

/**
 * Keeps a partner-office user off the screens about the whole network: the root goes to the first
 * screen they may use (Retailers) instead of the dashboard, and a bookmarked or typed address of a
 * network-wide screen says why it is not shown rather than a row of refusals from the core.
 */
export function BranchRouteGate({ children }: { children: ReactNode }) {
  const [location] = useLocation();
  const { user, canCall } = useCurrentUser();
  if (user.branchCode === null) return children;
  const item = navigationItemAt(location);
  if (item?.requires === undefined || canCall(item.requires)) return children;
  if (location === '/') {
    const home = navigationItems.find(
      (candidate) => candidate.requires !== undefined && canCall(candidate.requires),
    );
    if (home !== undefined) return <Redirect to={home.path} replace />;
  }
  if (!outsideBranchOnly(user, item.requires)) return children;
  return <OutsideBranchScreen item={item} />;
}

function OutsideBranchScreen({ item }: { item: NavigationItem }) {
  const { t } = useTranslation('shell');
  const { user, branch } = useCurrentUser();
  return (
    <Stack gap="lg" maw={720} data-testid="outside-branch">
      <Title order={2}>{item.label}</Title>
      <Alert color="orange" icon={<IconLock />} title={t('branch.outsideTitle')}>
        <Stack gap="sm">
          <Text size="sm">
            {t('branch.outsideText', {
              name: user.displayName,
              branch: branch === null ? t('branch.oneBranch') : branchOfText(branch),
              screen: item.label,
            })}
          </Text>
          <Group>
            <BranchRetailersButton />
          </Group>
        </Stack>
      </Alert>
    </Stack>
  );
}
