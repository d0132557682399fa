/** Decimals a currency counts in (XOF 0, EUR 2, KWD 3), from the platform's currency data. */
export function currencyScale(currency: string): number {
  try {
    return (
      new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ??
      2
    );
  } catch {
    return 2;
  }
}
