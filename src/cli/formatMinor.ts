import { amountText } from '../core/money/amountText';

/** An amount in minor units as a terminal shows it: `1,500.50 XOF`, digits only, no float. */
export function formatMinor(minor: number, scale: number, units: string): string {
  return amountText(minor, { currency: units, scale });
}
