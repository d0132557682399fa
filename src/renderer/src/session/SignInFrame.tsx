import { Center, Group, Paper, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconWallet } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { LanguageMenu } from '../i18n/LanguageMenu';

/**
 * The card the session screens (set-up, sign-in, new password) share, alone on the page. Its
 * corner offers the language menu: people sign in before they reach the header's.
 */
export function SignInFrame({
  title,
  subtitle,
  children,
}: {
  title: string;
  subtitle: ReactNode;
  children: ReactNode;
}) {
  return (
    <Center mih="100vh" p="md">
      <Paper withBorder shadow="sm" radius="md" p="xl" w={520} maw="100%">
        <Stack>
          <Group justify="space-between" align="flex-start" gap="sm" wrap="nowrap">
            <Group gap="sm" wrap="nowrap">
              <ThemeIcon size="xl" radius="md" variant="light">
                <IconWallet />
              </ThemeIcon>
              <div>
                <Title order={2}>{title}</Title>
                <Text c="dimmed" size="sm">
                  {subtitle}
                </Text>
              </div>
            </Group>
            <LanguageMenu />
          </Group>
          {children}
        </Stack>
      </Paper>
    </Center>
  );
}
