import { Card, Text } from '@mantine/core';
import { ShareDonut, type ShareSegment } from './ShareDonut';

export type { ShareSegment } from './ShareDonut';

/** A card with a donut of how a whole splits, with a legend that writes each part exactly. */
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
        <ShareDonut label={title} segments={segments} centre={centre} />
      )}
    </Card>
  );
}
