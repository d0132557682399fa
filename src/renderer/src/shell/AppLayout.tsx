import { AppShell, Burger, Group, NavLink, ScrollArea, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconWallet } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { Link, useLocation } from 'wouter';
import type { WorkspaceSummary } from '../../../contract/workspaceSchemas';
import { AccountMenu } from '../session/AccountMenu';
import { ColorSchemeToggle } from './ColorSchemeToggle';
import { navigationItems } from './navigation';
import { StatusBar } from './StatusBar';

export function AppLayout({ workspace, children }: { workspace: WorkspaceSummary; children: ReactNode }) {
  const [navigationOpen, { toggle }] = useDisclosure();
  const [location] = useLocation();
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
              aria-label="Toggle navigation"
            />
            <IconWallet size={24} />
            <Title order={4}>Airledger</Title>
            <Text c="dimmed" size="sm" visibleFrom="sm">
              {workspace.distributorName}
            </Text>
          </Group>
          <Group gap="sm" wrap="nowrap">
            <AccountMenu />
            <ColorSchemeToggle />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" aria-label="Main navigation">
        <ScrollArea>
          {navigationItems.map((item) => (
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
      <AppShell.Main>{children}</AppShell.Main>
      <AppShell.Footer>
        <StatusBar workspace={workspace} />
      </AppShell.Footer>
    </AppShell>
  );
}
