import { Anchor, Breadcrumbs, Text } from '@mantine/core';
import { Link } from 'wouter';

/** The way back up from a period or a statement to the settlements. */
export function SettlementBreadcrumbs({
  trail,
  current,
}: {
  trail: Array<{ label: string; href: string }>;
  current: string;
}) {
  return (
    <Breadcrumbs mb={4}>
      {trail.map((step) => (
        <Anchor key={step.href} component={Link} href={step.href} size="sm">
          {step.label}
        </Anchor>
      ))}
      <Text size="sm" c="dimmed">
        {current}
      </Text>
    </Breadcrumbs>
  );
}
