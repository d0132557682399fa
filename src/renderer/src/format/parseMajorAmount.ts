import { amountDigitsMax, readDecimalAmount } from '../../../contract/decimalAmountText';

/** What a clerk typed as an amount, read into minor units, or why it cannot be. */
export type ParsedAmount = { ok: true; amountMinor: number } | { ok: false; message: string };

/** "1,500,000" or "1 500.50" in major units read exactly into minor units at `scale`, told as a form field's error. */
export function parseMajorAmount(text: string, scale: number): ParsedAmount {
  const reading = readDecimalAmount(text, scale);
  if (reading.ok) return { ok: true, amountMinor: reading.minor };
  switch (reading.problem) {
    case 'not_an_amount':
      return { ok: false, message: 'must be an amount such as 150000 or 1,500.50' };
    case 'too_many_decimals':
      return {
        ok: false,
        message: scale === 0 ? 'takes no decimals in this currency' : `takes at most ${scale} decimals`,
      };
    case 'too_large':
      return { ok: false, message: `is too large (at most ${amountDigitsMax} digits)` };
  }
}
