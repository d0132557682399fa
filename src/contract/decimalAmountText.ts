/**
 * An amount written by a person ("150000", "1,500.50", "1 500.5") read exactly into minor units of
 * an asset with `scale` decimals: the digits are joined as text and only the whole string becomes a
 * number, so no float rounds anything. With a point as the decimal mark (files, the CLI, English
 * screens) commas, spaces and underscores group digits. With a comma as the mark (French screens:
 * "1 500,50") only spaces and underscores group, and a point is read as a decimal mark too, since the
 * keypad types one: never as a group, so "1.500" in XOF is refused rather than read as fifteen hundred.
 * Shared by the core and the screens, which each phrase the problem in their own words.
 */
export type DecimalAmountReading =
  | { ok: true; minor: number }
  | { ok: false; problem: 'not_an_amount' }
  | { ok: false; problem: 'too_many_decimals'; decimals: number }
  | { ok: false; problem: 'too_large' };

/** Digits an amount may have in minor units: beyond them, integers stop being exact. */
export const amountDigitsMax = 15;

export function readDecimalAmount(
  text: string,
  scale: number,
  decimalMark: '.' | ',' = '.',
): DecimalAmountReading {
  const compact = decimalMark === '.' ? text.trim().replace(/[,_\s\u00a0\u202f]/g, '') : commaDecimal(text);
  if (compact === null) return { ok: false, problem: 'not_an_amount' };
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

/** "1 500,50" → "1500.50"; null when both marks appear, which no French writer of amounts means. */
function commaDecimal(text: string): string | null {
  const compact = text.trim().replace(/[_\s\u00a0\u202f]/g, '');
  if (compact.includes(',') && compact.includes('.')) return null;
  return compact.replace(',', '.');
}
