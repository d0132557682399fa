/**
 * Exact conversion between TMF654 `Quantity.amount` (a float in major units) and integer minor units.
 * The float goes through its shortest decimal string (what `JSON.stringify` wrote), so 0.1 + 0.2 style residue
 * never reaches the ledger: an amount with more decimals than the scale is refused, never rounded.
 */

/** Assets have at most this many decimals. */
export const quantityScaleMax = 9;
/** Largest amount in minor units the wire carries exactly: a double holds any 15-significant-digit decimal. */
export const quantityMinorMax = 999_999_999_999_999;

export type QuantityConversion = { ok: true; minor: number } | { ok: false; problem: string };

const plainDecimal = /^(\d+)(?:\.(\d+))?$/;

function assertScale(scale: number): void {
  if (!Number.isInteger(scale) || scale < 0 || scale > quantityScaleMax) {
    throw new RangeError(`scale must be a whole number from 0 to ${quantityScaleMax}, got ${scale}`);
  }
}

/** Converts without throwing; `problem` is a sentence fragment such as "has more than 2 decimals". */
export function convertQuantityToMinor(amount: number, scale: number): QuantityConversion {
  assertScale(scale);
  if (typeof amount !== 'number' || !Number.isFinite(amount)) {
    return { ok: false, problem: 'is not a finite number' };
  }
  if (amount < 0 || Object.is(amount, -0)) return { ok: false, problem: 'is negative' };
  const text = String(amount);
  const match = plainDecimal.exec(text);
  // Exponent forms are either huge (beyond the safe range) or tiny (more decimals than any scale).
  if (match === null) return { ok: false, problem: `(${text}) is not representable in minor units` };
  const whole = match[1] ?? '0';
  const fraction = match[2] ?? '';
  if (fraction.length > scale) {
    return {
      ok: false,
      problem: `(${text}) has more than ${scale} decimal${scale === 1 ? '' : 's'}`,
    };
  }
  const minor = BigInt(whole + fraction.padEnd(scale, '0'));
  if (minor > BigInt(quantityMinorMax)) return { ok: false, problem: `(${text}) is too large` };
  return { ok: true, minor: Number(minor) };
}

/** Converts or throws a RangeError naming the problem. Zero is accepted (a balance may be zero). */
export function quantityToMinor(amount: number, scale: number): number {
  const result = convertQuantityToMinor(amount, scale);
  if (!result.ok) throw new RangeError(`Quantity amount ${result.problem}`);
  return result.minor;
}

/** Integer minor units to the float the wire carries: 12345 at scale 2 is 123.45 (via its decimal string). */
export function minorToQuantityAmount(minor: number, scale: number): number {
  assertScale(scale);
  if (!Number.isInteger(minor) || Math.abs(minor) > quantityMinorMax) {
    throw new RangeError(`minor units must be a whole number of at most 15 digits, got ${minor}`);
  }
  const negative = minor < 0;
  const digits = String(Math.abs(minor)).padStart(scale + 1, '0');
  const whole = digits.slice(0, digits.length - scale);
  const fraction = digits.slice(digits.length - scale);
  const amount = Number(scale === 0 ? whole : `${whole}.${fraction}`);
  return negative ? -amount : amount;
}
