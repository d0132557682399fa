import { Anchor, Card, Group, type MantineColor, Stack, Text, ThemeIcon } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck, IconInfoCircle, IconUrgent } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { DashboardAlert } from '../../../contract/dashboardSchemas';
import { localizeContractMessage } from '../i18n/contractMessages';

type Severity = DashboardAlert['severity'];

const severityColors: Record<Severity, MantineColor> = { info: 'blue', warning: 'orange', danger: 'red' };
const severityIcons: Record<Severity, ReactNode> = {
  info: <IconInfoCircle size={16} />,
  warning: <IconAlertTriangle size={16} />,
  danger: <IconUrgent size={16} />,
};
const severityOrder: Record<Severity, number> = { danger: 0, warning: 1, info: 2 };

/** What needs the clerk now, the most serious first, each leading to where it is dealt with. */
export function AlertsPanel({ alerts }: { alerts: DashboardAlert[] }) {
  const { t } = useTranslation('dashboard');
  const sorted = [...alerts].sort((a, b) => severityOrder[a.severity] - severityOrder[b.severity]);
  return (
    <Card withBorder padding="lg" radius="md" data-testid="alerts-panel">
      <Text fw={600} mb="sm">
        {t('alerts.title')}
      </Text>
      {sorted.length === 0 && (
        <Group gap="xs" wrap="nowrap">
          <ThemeIcon color="teal" variant="light" radius="xl" size={24}>
            <IconCircleCheck size={16} />
          </ThemeIcon>
          <Text size="sm" c="dimmed">
            {t('alerts.none')}
          </Text>
        </Group>
      )}
      <Stack gap="xs">
        {sorted.map((alert) => (
          <Anchor
            key={`${alert.kind}|${alert.link}|${alert.title}`}
            component={Link}
            href={alert.link}
            underline="never"
            c="inherit"
            data-kind={alert.kind}
            data-severity={alert.severity}
            data-link={alert.link}
          >
            <Group
              gap="sm"
              wrap="nowrap"
              align="flex-start"
              p="xs"
              style={{
                borderLeft: `3px solid var(--mantine-color-${severityColors[alert.severity]}-6)`,
                background: `var(--mantine-color-${severityColors[alert.severity]}-light)`,
                borderRadius: 'var(--mantine-radius-sm)',
              }}
            >
              <ThemeIcon color={severityColors[alert.severity]} variant="light" size={24} radius="xl">
                {severityIcons[alert.severity]}
              </ThemeIcon>
              <div>
                <Text size="sm" fw={600}>
                  {localizeContractMessage(alert.title)}
                </Text>
                <Text size="xs" c="dimmed">
                  {localizeContractMessage(alert.detail)}
                </Text>
              </div>
            </Group>
          </Anchor>
        ))}
      </Stack>
    </Card>
  );
}
