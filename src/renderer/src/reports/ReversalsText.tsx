import { Text } from '@mantine/core';
import type { ResellerFigure } from '../../../contract/reportSchemas';
import { formatCount } from '../format/formatCount';
import { formatMinor } from '../format/formatMinor';
import { reportAsset } from './reportAsset';

/** A reseller's reversed sales: how many and their face value, drawn in orange when there are any. */
export function ReversalsText({ figure }: { figure: ResellerFigure }) {
  if (figure.reversalsCount === 0) {
    return (
      <Text size="sm" c="dimmed" span>
        0
      </Text>
    );
  }
  return (
    <Text size="sm" c="orange.7" span style={{ whiteSpace: 'nowrap' }}>
      {formatCount(figure.reversalsCount)} · {formatMinor(figure.reversalsMinor, reportAsset(figure))}
    </Text>
  );
}
