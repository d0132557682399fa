import { minorToDecimalString } from '../format/formatMinor';
import { currentLocale } from '../i18n/currentLocale';

/** A ratio is written in basis points (1/100 of a per cent), computed on integers so no float rounds it. */
const basisPointsPerUnit = 10_000n;

/** numerator / denominator in basis points, rounded half away from zero; the denominator is positive. */
function ratioBasisPoints(numerator: bigint, denominator: bigint): number {
  const scaled = numerator * basisPointsPerUnit;
  const negative = scaled < 0n;
  const magnitude = negative ? -scaled : scaled;
  let quotient = magnitude / denominator;
  if ((magnitude % denominator) * 2n >= denominator) quotient += 1n;
  return Number(negative ? -quotient : quotient);
}

/** What share of a whole a part is (reseller sales of all sales); null when the whole is nothing. */
export function shareBasisPoints(partMinor: number, wholeMinor: number): number | null {
  if (wholeMinor <= 0) return null;
  return ratioBasisPoints(BigInt(partMinor), BigInt(wholeMinor));
}

/** Growth on the period before; null when there was nothing before to grow from. */
export function growthBasisPoints(nowMinor: number, beforeMinor: number): number | null {
  if (beforeMinor <= 0) return null;
  return ratioBasisPoints(BigInt(nowMinor) - BigInt(beforeMinor), BigInt(beforeMinor));
}

const percentFormats = new Map<string, Intl.NumberFormat>();

/**
 * 1250 → "12.5%", with `signed` "+12.5%" and "-3%": basis points as a clerk reads a percentage,
 * in the screen's locale ("12,5 %" in French).
 */
export function percentText(
  basisPoints: number,
  { signed = false, locale = currentLocale() }: { signed?: boolean; locale?: string } = {},
): string {
  const key = `${locale}|${signed}`;
  let format = percentFormats.get(key);
  if (format === undefined) {
    format = new Intl.NumberFormat(locale, {
      style: 'percent',
      maximumFractionDigits: 2,
      signDisplay: signed ? 'exceptZero' : 'auto',
    });
    percentFormats.set(key, format);
  }
  // Basis points are ten-thousandths: as an exact decimal string, no float rounds them.
  return format.format(minorToDecimalString(basisPoints, 4) as `${number}`);
}
