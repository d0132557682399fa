import { Group, Text } from '@mantine/core';
import { IconArrowDownRight, IconArrowRight, IconArrowUpRight } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { percentText } from './reportRatios';

/** Growth on the previous period: up in green, down in red, and a dash when nothing was sold before. */
export function GrowthText({ basisPoints, testId }: { basisPoints: number | null; testId?: string }) {
  const { t } = useTranslation('reports');
  if (basisPoints === null) {
    return (
      <Text size="sm" c="dimmed" data-testid={testId} title={t('growth.nothingBefore')}>
        —
      </Text>
    );
  }
  const color = basisPoints > 0 ? 'green.7' : basisPoints < 0 ? 'red.7' : 'dimmed';
  const Arrow = basisPoints > 0 ? IconArrowUpRight : basisPoints < 0 ? IconArrowDownRight : IconArrowRight;
  return (
    <Group gap={2} wrap="nowrap" c={color} data-testid={testId} data-growth={basisPoints}>
      <Arrow size={16} aria-hidden />
      <Text size="sm" fw={600} c={color} style={{ fontVariantNumeric: 'tabular-nums' }}>
        {percentText(basisPoints, { signed: true })}
      </Text>
    </Group>
  );
}
