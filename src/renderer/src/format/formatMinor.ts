import type { AssetView } from '../../../contract/ledgerSchemas';
import { currentLocale } from '../i18n/currentLocale';

/** The part of an asset that says how to write its amounts. */
export type AmountAsset = Pick<AssetView, 'currency' | 'scale' | 'kind'>;

/** Decimals an asset may have; Intl refuses more than this many fraction digits anyway. */
const scaleMax = 18;

/**
 * An integer amount in minor units as an exact decimal string: 12345 at scale 2 is "123.45",
 * -5 at scale 2 is "-0.05". Pure string work, so no float ever touches the amount.
 */
export function minorToDecimalString(amountMinor: number | bigint, scale: number): string {
  if (!Number.isInteger(scale) || scale < 0 || scale > scaleMax) {
    throw new RangeError(`scale must be an integer from 0 to ${scaleMax}, got ${scale}`);
  }
  if (typeof amountMinor === 'number' && !Number.isSafeInteger(amountMinor)) {
    throw new RangeError(`amountMinor must be a safe integer, got ${amountMinor}`);
  }
  const negative = amountMinor < 0;
  const digits = (negative ? -BigInt(amountMinor) : BigInt(amountMinor)).toString().padStart(scale + 1, '0');
  const whole = digits.slice(0, digits.length - scale);
  const fraction = scale === 0 ? '' : `.${digits.slice(digits.length - scale)}`;
  return `${negative ? '-' : ''}${whole}${fraction}`;
}

export interface FormatMinorOptions {
  /** Show "+" on positive amounts too (statement movements). */
  signed?: boolean;
  /** The screens' locale unless said otherwise. */
  locale?: string;
}

const formatters = new Map<string, Intl.NumberFormat>();

function formatterFor(asset: AmountAsset, options: FormatMinorOptions): Intl.NumberFormat {
  const locale = options.locale ?? currentLocale();
  const key = `${locale}|${asset.currency}|${asset.scale}|${options.signed === true}`;
  let formatter = formatters.get(key);
  if (formatter === undefined) {
    formatter = new Intl.NumberFormat(locale, {
      style: 'currency',
      currency: asset.currency,
      minimumFractionDigits: asset.scale,
      maximumFractionDigits: asset.scale,
      signDisplay: options.signed === true ? 'exceptZero' : 'auto',
    });
    formatters.set(key, formatter);
  }
  return formatter;
}

/**
 * An amount in minor units written in its currency, e.g. "F CFA 5,765,000" or "-NGN 123.45".
 * Airtime is face value in its currency, so it is written the same way; screens label it as airtime.
 */
export function formatMinor(
  amountMinor: number | bigint,
  asset: AmountAsset,
  options: FormatMinorOptions = {},
): string {
  const decimal = minorToDecimalString(amountMinor, asset.scale) as `${number}`;
  // Intl formats a decimal string exactly, digit for digit, where a number could lose precision.
  return formatterFor(asset, options).format(decimal);
}
