import type { OperatorConnectionView } from '../../../contract/operatorSchemas';
import type { AmountAsset } from '../format/formatMinor';

/** Operator amounts are airtime face value in the operator's units, at the connection's scale. */
export function operatorAmountAsset(
  connection: Pick<OperatorConnectionView, 'units' | 'scale'>,
): AmountAsset {
  return { currency: connection.units, scale: connection.scale, kind: 'airtime' };
}
