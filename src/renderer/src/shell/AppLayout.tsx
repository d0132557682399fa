import { AppShell, Badge, Burger, Group, NavLink, ScrollArea, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconWallet } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import type { WorkspaceSummary } from '../../../contract/workspaceSchemas';
import { LanguageMenu } from '../i18n/LanguageMenu';
import { AccountMenu } from '../session/AccountMenu';
import { branchText } from '../session/branchText';
import { useCurrentUser } from '../session/CurrentUserContext';
import { UpdateReadyNotifier } from '../settings/UpdateReadyNotifier';
import { BranchRouteGate } from './BranchRouteGate';
import { ColorSchemeToggle } from './ColorSchemeToggle';
import { navigationItems } from './navigation';
import { StatusBar } from './StatusBar';

export function AppLayout({ workspace, children }: { workspace: WorkspaceSummary; children: ReactNode }) {
  const { t } = useTranslation('shell');
  const [navigationOpen, { toggle }] = useDisclosure();
  const [location] = useLocation();
  const { canCall, branch } = useCurrentUser();
  // Screens the user's roles, or a partner office's branch, leave nothing to do on are not offered.
  const offered = navigationItems.filter((item) => item.requires === undefined || canCall(item.requires));
  return (
    <AppShell
      header={{ height: 56 }}
      footer={{ height: 32 }}
      navbar={{ width: 240, breakpoint: 'sm', collapsed: { mobile: !navigationOpen } }}
      padding="lg"
    >
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between">
          <Group gap="sm">
            <Burger
              opened={navigationOpen}
              onClick={toggle}
              hiddenFrom="sm"
              size="sm"
              aria-label={t('layout.toggleNavigation')}
            />
            <IconWallet size={24} />
            <Title order={4}>Airledger</Title>
            <Text c="dimmed" size="sm" visibleFrom="sm">
              {workspace.distributorName}
            </Text>
            {branch !== null && (
              <Badge
                variant="light"
                color="orange"
                size="lg"
                style={{ textTransform: 'none' }}
                data-testid="branch-badge"
              >
                {branchText(branch)}
              </Badge>
            )}
          </Group>
          <Group gap="sm" wrap="nowrap">
            <AccountMenu />
            <LanguageMenu />
            <ColorSchemeToggle />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" aria-label={t('layout.mainNavigation')}>
        <ScrollArea>
          {offered.map((item) => (
            <NavLink
              key={item.path}
              component={Link}
              href={item.path}
              label={item.label}
              leftSection={item.icon}
              active={item.path === '/' ? location === '/' : location.startsWith(item.path)}
            />
          ))}
        </ScrollArea>
      </AppShell.Navbar>
      <UpdateReadyNotifier />
      <AppShell.Main>
        <BranchRouteGate>{children}</BranchRouteGate>
      </AppShell.Main>
      <AppShell.Footer>
        <StatusBar workspace={workspace} />
      </AppShell.Footer>
    </AppShell>
  );
}
