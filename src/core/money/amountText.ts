/** The part of an asset that says how to write its amounts. */
export interface AmountUnit {
  currency: string;
  scale: number;
}

/**
 * An amount in minor units as a message names it, exactly and with its unit: `500,000 XOF`,
 * `1,500.50 EUR`. Digits only, never through a float.
 */
export function amountText(minor: number, unit: AmountUnit): string {
  const negative = minor < 0;
  const digits = String(Math.abs(minor)).padStart(unit.scale + 1, '0');
  const whole = digits.slice(0, digits.length - unit.scale).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const fraction = unit.scale === 0 ? '' : `.${digits.slice(digits.length - unit.scale)}`;
  return `${negative ? '-' : ''}${whole}${fraction} ${unit.currency}`;
}
