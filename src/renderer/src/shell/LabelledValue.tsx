import { Group, Text } from '@mantine/core';
import type { ReactNode } from 'react';

/** A label on the left and its value on the right, on one line of a summary card. */
export function LabelledValue({
  label,
  children,
  testId,
}: {
  label: string;
  children: ReactNode;
  testId?: string;
}) {
  return (
    <Group justify="space-between" gap="xs" wrap="nowrap" data-testid={testId}>
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      {children}
    </Group>
  );
}
