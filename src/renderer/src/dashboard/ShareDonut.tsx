import { DonutChart } from '@mantine/charts';
import { ColorSwatch, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export interface ShareSegment {
  name: string;
  /** A non-negative amount or count; only its share of the total is drawn. */
  value: number;
  color: string;
  /** The value as the legend writes it (an amount in its currency, a count). */
  label: string;
}

/** A donut of how a whole splits, with a legend that writes each part exactly. */
export function ShareDonut({
  label,
  segments,
  centre,
}: {
  /** What the chart shows, read out with every part by assistive technology. */
  label: string;
  segments: ShareSegment[];
  centre: string;
}) {
  const { t } = useTranslation('dashboard');
  const parts = segments
    .map((segment) => t('shareDonut.part', { name: segment.name, value: segment.label }))
    .join(', ');
  return (
    <Stack gap="md" align="center">
      <DonutChart
        data={segments.filter((segment) => segment.value > 0)}
        size={140}
        thickness={22}
        chartLabel={centre}
        withTooltip={false}
        aria-label={t('shareDonut.ariaLabel', { label, parts })}
      />
      <Stack gap={6} w="100%">
        {segments.map((segment) => (
          <Group key={segment.name} justify="space-between" gap="xs" wrap="nowrap">
            <Group gap={6} wrap="nowrap" miw={0}>
              <ColorSwatch color={`var(--mantine-color-${segment.color.replace('.', '-')})`} size={12} />
              <Text size="sm" truncate>
                {segment.name}
              </Text>
            </Group>
            <Text size="sm" fw={600} style={{ whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' }}>
              {segment.label}
            </Text>
          </Group>
        ))}
      </Stack>
    </Stack>
  );
}
