import { Text, type TextProps } from '@mantine/core';
import { minorToDecimalString } from '../format/formatMinor';
import { currentLocale } from '../i18n/currentLocale';
import classes from '../ledger/AmountText.module.css';

const formats = new Map<string, Intl.NumberFormat>();

/**
 * An amount in a dense money table whose header names the currency once: grouped digits at the
 * asset's scale in the screens' locale ("1,250,000", "12.50"; "1 250 000" in French), right-aligned
 * with tabular figures, no currency sign.
 */
export function TableAmount({
  amountMinor,
  scale,
  ...textProps
}: { amountMinor: number; scale: number } & TextProps) {
  const locale = currentLocale();
  const key = `${locale}|${scale}`;
  let format = formats.get(key);
  if (format === undefined) {
    format = new Intl.NumberFormat(locale, { minimumFractionDigits: scale, maximumFractionDigits: scale });
    formats.set(key, format);
  }
  return (
    <Text span ta="right" size="sm" className={classes.amount} {...textProps}>
      {/* A decimal string keeps every digit; a float could round a large amount. */}
      {format.format(minorToDecimalString(amountMinor, scale) as `${number}`)}
    </Text>
  );
}
