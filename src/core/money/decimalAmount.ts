/**
 * An amount written by a person ("150000", "1,500.50", "1 500.5") read exactly into minor units of
 * an asset with `scale` decimals: the digits are read as text, never through a float.
 */
export type DecimalAmount = { ok: true; minor: number } | { ok: false; message: string };

const amountDigitsMax = 15;

export function parseDecimalAmount(text: string, scale: number): DecimalAmount {
  const cleaned = text.trim().replace(/[,_\s\u00a0\u202f]/g, '');
  const match = /^(\d+)(?:\.(\d*))?$/.exec(cleaned);
  if (match === null) {
    return { ok: false, message: `is not an amount such as 150000 or 1500.50 ("${text.trim()}")` };
  }
  const fraction = match[2] ?? '';
  if (fraction.length > scale) {
    return {
      ok: false,
      message: `has ${fraction.length} decimals; this currency takes ${scale === 0 ? 'none' : `at most ${scale}`}`,
    };
  }
  const digits = `${match[1]}${fraction.padEnd(scale, '0')}`.replace(/^0+(?=\d)/, '');
  const minor = Number(digits);
  if (digits.length > amountDigitsMax || !Number.isSafeInteger(minor)) {
    return { ok: false, message: `is too large (at most ${amountDigitsMax} digits)` };
  }
  return { ok: true, minor };
}
