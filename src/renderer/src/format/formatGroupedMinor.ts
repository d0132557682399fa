import { minorToDecimalString } from './formatMinor';

const groupedFormats = new Map<number, Intl.NumberFormat>();

/** 200000000 at scale 2 → "2,000,000": an amount in major units with groups, no currency. */
export function formatGroupedMinor(amountMinor: number, scale: number): string {
  let format = groupedFormats.get(scale);
  if (format === undefined) {
    format = new Intl.NumberFormat('en-US', { minimumFractionDigits: 0, maximumFractionDigits: scale });
    groupedFormats.set(scale, format);
  }
  // A decimal string keeps every digit; a float could round a large amount.
  return format.format(minorToDecimalString(amountMinor, scale) as `${number}`);
}
