import { Text, type TextProps } from '@mantine/core';
import { type AmountAsset, formatMinor } from '../format/formatMinor';
import classes from './AmountText.module.css';

/**
 * An amount in minor units, right-aligned with tabular figures so columns line up. `signed`
 * shows a movement: "+" in green, "-" in red, readable in both colour schemes.
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
  const direction =
    !signed || amountMinor === 0 || amountMinor === 0n
      ? ''
      : amountMinor > 0
        ? classes.positive
        : classes.negative;
  return (
    <Text span ta="right" className={`${classes.amount} ${direction}`} {...textProps}>
      {asset === undefined ? String(amountMinor) : formatMinor(amountMinor, asset, { signed })}
    </Text>
  );
}
