import { Text, type TextProps } from '@mantine/core';
import { type AmountAsset, formatMinor } from '../format/formatMinor';

/**
 * An amount in minor units, right-aligned with tabular figures so columns line up. `signed`
 * shows a movement: "+" in green, "-" in red.
 */
export function AmountText({
  amountMinor,
  asset,
  signed = false,
  ...textProps
}: {
  amountMinor: number | bigint;
  asset: AmountAsset | undefined;
  signed?: boolean;
} & TextProps) {
  const color =
    !signed || amountMinor === 0 || amountMinor === 0n ? undefined : amountMinor > 0 ? 'teal.8' : 'red.7';
  return (
    <Text
      span
      c={color}
      ta="right"
      style={{ fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }}
      {...textProps}
    >
      {asset === undefined ? String(amountMinor) : formatMinor(amountMinor, asset, { signed })}
    </Text>
  );
}
