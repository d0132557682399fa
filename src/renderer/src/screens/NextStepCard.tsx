import { Button, Card, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'wouter';

/** A dashboard card that states where something stands and leads to the screen that changes it. */
export function NextStepCard(props: {
  eyebrow: string;
  headline: ReactNode;
  text: string;
  action: { label: string; href: string; icon: ReactNode };
}) {
  return (
    <Card withBorder padding="lg" radius="md">
      <Text size="xs" tt="uppercase" fw={700} c="dimmed">
        {props.eyebrow}
      </Text>
      <Text fw={600} size="lg" mt={4}>
        {props.headline}
      </Text>
      <Text size="sm" c="dimmed">
        {props.text}
      </Text>
      <Button
        component={Link}
        href={props.action.href}
        variant="light"
        mt="md"
        leftSection={props.action.icon}
      >
        {props.action.label}
      </Button>
    </Card>
  );
}
