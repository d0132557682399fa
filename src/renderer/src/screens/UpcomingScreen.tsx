import { Card, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { NavigationItem } from '../shell/navigation';

/** A screen whose capability is not built yet: says what it will hold, never a blank page. */
export function UpcomingScreen({ item }: { item: NavigationItem }) {
  const { t } = useTranslation('dashboard');
  return (
    <Stack gap="lg">
      <Title order={2}>{item.label}</Title>
      <Card withBorder padding="xl" radius="md">
        <Stack align="center" gap="xs" py="xl">
          <ThemeIcon size={48} radius="xl" variant="light">
            {item.icon}
          </ThemeIcon>
          <Text fw={600}>{t('upcoming.notAvailable')}</Text>
          <Text c="dimmed" ta="center" maw={520}>
            {item.purpose}
          </Text>
        </Stack>
      </Card>
    </Stack>
  );
}
