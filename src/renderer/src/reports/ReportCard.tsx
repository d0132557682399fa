import { Card, Group, Skeleton, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconChartBarOff } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import classes from './ReportsPrint.module.css';

/**
 * One card of the reports: a title, its download, a skeleton while the figures load, and when there
 * is nothing to draw, the reason (no sale in the period, or a filter the card cannot follow).
 */
export function ReportCard({
  title,
  caption,
  testId,
  download,
  loading,
  empty,
  skeletonHeight = 180,
  footer,
  children,
}: {
  title: string;
  caption?: ReactNode;
  testId: string;
  download?: ReactNode;
  loading: boolean;
  /** Why nothing is shown; null when the card has something to show. */
  empty: string | null;
  skeletonHeight?: number;
  footer?: ReactNode;
  children?: ReactNode;
}) {
  return (
    <Card
      withBorder
      padding="lg"
      radius="md"
      h="100%"
      data-testid={testId}
      aria-busy={loading}
      className={classes.card}
    >
      <Stack gap="sm" h="100%">
        <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
          <div>
            <Title order={3} fz="md" fw={600}>
              {title}
            </Title>
            {caption !== undefined && (
              <Text size="xs" c="dimmed">
                {caption}
              </Text>
            )}
          </div>
          {download !== undefined && <div className={classes.noPrint}>{download}</div>}
        </Group>
        {loading ? (
          <Skeleton height={skeletonHeight} data-testid={`${testId}-loading`} />
        ) : empty !== null ? (
          <Stack align="center" gap={6} py="lg" style={{ flex: 1 }} data-testid={`${testId}-empty`}>
            <ThemeIcon size={36} radius="xl" variant="light" color="gray">
              <IconChartBarOff size={18} />
            </ThemeIcon>
            <Text size="sm" c="dimmed" ta="center" maw={420}>
              {empty}
            </Text>
          </Stack>
        ) : (
          <div style={{ flex: 1 }}>{children}</div>
        )}
        {footer !== undefined && !loading && footer}
      </Stack>
    </Card>
  );
}
