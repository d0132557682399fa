import { amountDigitsMax, readDecimalAmount } from '../../contract/decimalAmountText';

/**
 * An amount written by a person in a file cell or a command-line flag, read exactly into minor
 * units of an asset with `scale` decimals, or why it cannot be (quoting what was written).
 */
export type DecimalAmount = { ok: true; minor: number } | { ok: false; message: string };

export function parseDecimalAmount(text: string, scale: number): DecimalAmount {
  const reading = readDecimalAmount(text, scale);
  if (reading.ok) return reading;
  switch (reading.problem) {
    case 'not_an_amount':
      return { ok: false, message: `is not an amount such as 150000 or 1500.50 ("${text.trim()}")` };
    case 'too_many_decimals':
      return {
        ok: false,
        message: `has ${reading.decimals} decimals; this currency takes ${scale === 0 ? 'none' : `at most ${scale}`}`,
      };
    case 'too_large':
      return { ok: false, message: `is too large (at most ${amountDigitsMax} digits)` };
  }
}
