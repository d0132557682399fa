/**
 * An amount written by a person ("150000", "1,500.50", "1 500.5") read exactly into minor units of
 * an asset with `scale` decimals: the digits are joined as text and only the whole string becomes a
 * number, so no float rounds anything. Group separators (comma, spaces, underscore) are allowed; the
 * decimal mark is a point. Shared by the core (files, the CLI) and the screens (form fields), which
 * each phrase the problem in their own words.
 */
export type DecimalAmountReading =
  | { ok: true; minor: number }
  | { ok: false; problem: 'not_an_amount' }
  | { ok: false; problem: 'too_many_decimals'; decimals: number }
  | { ok: false; problem: 'too_large' };

/** Digits an amount may have in minor units: beyond them, integers stop being exact. */
export const amountDigitsMax = 15;

export function readDecimalAmount(text: string, scale: number): DecimalAmountReading {
  const compact = text.trim().replace(/[,_\s\u00a0\u202f]/g, '');
  const parts = /^(\d+)(?:\.(\d*))?$/.exec(compact);
  if (parts === null) return { ok: false, problem: 'not_an_amount' };
  const decimals = parts[2] ?? '';
  if (decimals.length > scale) return { ok: false, problem: 'too_many_decimals', decimals: decimals.length };
  const minorDigits = `${parts[1]}${decimals.padEnd(scale, '0')}`.replace(/^0+(?=\d)/, '');
  const minor = Number(minorDigits);
  if (minorDigits.length > amountDigitsMax || !Number.isSafeInteger(minor)) {
    return { ok: false, problem: 'too_large' };
  }
  return { ok: true, minor };
}
