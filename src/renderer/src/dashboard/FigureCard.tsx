import { Anchor, Card, Stack, Text } from '@mantine/core';
import { IconArrowRight } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { Link } from 'wouter';

/** One figure of the dashboard: what it is, its headline value, the lines behind it, and the list it comes from. */
export function FigureCard({
  eyebrow,
  headline,
  caption,
  link,
  children,
  testId,
}: {
  eyebrow: string;
  headline: ReactNode;
  caption?: string;
  link: { label: string; href: string };
  children?: ReactNode;
  testId: string;
}) {
  return (
    <Card withBorder padding="lg" radius="md" data-testid={testId}>
      <Stack gap={6} h="100%">
        <Text size="xs" tt="uppercase" fw={700} c="dimmed">
          {eyebrow}
        </Text>
        <Text fw={700} fz={26} lh={1.15} data-testid={`${testId}-headline`}>
          {headline}
        </Text>
        {caption !== undefined && (
          <Text size="xs" c="dimmed" mt={-4}>
            {caption}
          </Text>
        )}
        <Stack gap={4} mt={4} style={{ flex: 1 }}>
          {children}
        </Stack>
        <Anchor component={Link} href={link.href} size="sm" mt={4}>
          {link.label} <IconArrowRight size={12} />
        </Anchor>
      </Stack>
    </Card>
  );
}
