import { Text } from '@mantine/core';
import type { ResellerFigure } from '../../../contract/reportSchemas';
import { formatMinor } from '../format/formatMinor';
import { reportAsset } from './reportAsset';

const countFormat = new Intl.NumberFormat();

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
      {countFormat.format(figure.reversalsCount)} · {formatMinor(figure.reversalsMinor, reportAsset(figure))}
    </Text>
  );
}
