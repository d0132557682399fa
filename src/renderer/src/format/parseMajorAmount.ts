/** What a clerk typed as an amount, read into minor units, or why it cannot be. */
export type ParsedAmount = { ok: true; amountMinor: number } | { ok: false; message: string };

const amountDigitsMax = 15;

/**
 * "1,500,000" or "1 500.50" in major units read exactly into minor units at `scale`: the digits
 * are joined as text and only the whole string becomes a number, so no float rounds anything.
 * Group separators (comma, spaces) are allowed; the decimal mark is a point.
 */
export function parseMajorAmount(text: string, scale: number): ParsedAmount {
  const compact = text.trim().replace(/[,_\s\u00a0\u202f]/g, '');
  const parts = /^(\d+)(?:\.(\d*))?$/.exec(compact);
  if (parts === null) return { ok: false, message: 'must be an amount such as 150000 or 1,500.50' };
  const decimals = parts[2] ?? '';
  if (decimals.length > scale) {
    return {
      ok: false,
      message: scale === 0 ? 'takes no decimals in this currency' : `takes at most ${scale} decimals`,
    };
  }
  const minorDigits = `${parts[1]}${decimals.padEnd(scale, '0')}`.replace(/^0+(?=\d)/, '');
  const amountMinor = Number(minorDigits);
  if (minorDigits.length > amountDigitsMax || !Number.isSafeInteger(amountMinor)) {
    return { ok: false, message: `is too large (at most ${amountDigitsMax} digits)` };
  }
  return { ok: true, amountMinor };
}
