import { Text, type TextProps } from '@mantine/core';
import { minorToDecimalString } from '../format/formatMinor';
import classes from '../ledger/AmountText.module.css';

const formats = new Map<number, Intl.NumberFormat>();

/**
 * An amount in a dense money table whose header names the currency once: grouped digits at the
 * asset's scale ("1,250,000", "12.50"), right-aligned with tabular figures, no currency sign.
 */
export function TableAmount({
  amountMinor,
  scale,
  ...textProps
}: { amountMinor: number; scale: number } & TextProps) {
  let format = formats.get(scale);
  if (format === undefined) {
    format = new Intl.NumberFormat(undefined, { minimumFractionDigits: scale, maximumFractionDigits: scale });
    formats.set(scale, format);
  }
  return (
    <Text span ta="right" size="sm" className={classes.amount} {...textProps}>
      {/* A decimal string keeps every digit; a float could round a large amount. */}
      {format.format(minorToDecimalString(amountMinor, scale) as `${number}`)}
    </Text>
  );
}
