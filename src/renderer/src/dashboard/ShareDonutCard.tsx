import { DonutChart } from '@mantine/charts';
import { Card, ColorSwatch, Group, Stack, Text } from '@mantine/core';

export interface ShareSegment {
  name: string;
  /** A non-negative amount or count; only its share of the total is drawn. */
  value: number;
  color: string;
  /** The value as the legend writes it (an amount in its currency, a count). */
  label: string;
}

/** A donut of how a whole splits, with a legend that writes each part exactly. */
export function ShareDonutCard({
  title,
  caption,
  segments,
  centre,
  empty,
  testId,
}: {
  title: string;
  caption: string;
  segments: ShareSegment[];
  centre: string;
  /** Said instead of the chart when every part is zero. */
  empty: string;
  testId: string;
}) {
  const total = segments.reduce((sum, segment) => sum + segment.value, 0);
  const byName = new Map(segments.map((segment) => [segment.name, segment.label]));
  return (
    <Card withBorder padding="lg" radius="md" data-testid={testId}>
      <Text fw={600}>{title}</Text>
      <Text size="xs" c="dimmed" mb="sm">
        {caption}
      </Text>
      {total === 0 ? (
        <Text size="sm" c="dimmed">
          {empty}
        </Text>
      ) : (
        <Stack gap="md" align="center">
          <DonutChart
            data={segments.filter((segment) => segment.value > 0)}
            size={140}
            thickness={22}
            chartLabel={centre}
            withTooltip={false}
            aria-label={`${title}: ${segments.map((segment) => `${segment.name} ${segment.label}`).join(', ')}`}
          />
          <Stack gap={6} w="100%">
            {segments.map((segment) => (
              <Group key={segment.name} justify="space-between" gap="xs" wrap="nowrap">
                <Group gap={6} wrap="nowrap">
                  <ColorSwatch color={`var(--mantine-color-${segment.color.replace('.', '-')})`} size={12} />
                  <Text size="sm">{segment.name}</Text>
                </Group>
                <Text size="sm" fw={600} style={{ whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' }}>
                  {byName.get(segment.name)}
                </Text>
              </Group>
            ))}
          </Stack>
        </Stack>
      )}
    </Card>
  );
}
