import type { AmountAsset } from '../format/formatMinor';

/**
 * The workspace's money (credit limits, what retailers owe) as amounts are written: its
 * currency at the currency's own decimals (XOF 0, EUR 2), the rule the core keeps its books by.
 */
export function workspaceMoneyAsset(baseCurrency: string): AmountAsset {
  const scale = new Intl.NumberFormat('en', { style: 'currency', currency: baseCurrency }).resolvedOptions()
    .maximumFractionDigits;
  return { currency: baseCurrency, scale: scale ?? 2, kind: 'money' };
}
