import { i18n } from '../i18n/i18n';
import { decimalMark } from './decimalMark';

/** A percentage the clerk typed, read as whole basis points, or why it cannot be. */
export type ParsedBasisPoints = { ok: true; basisPoints: number } | { ok: false; message: string };

/**
 * "3.5" (per cent) → 350 basis points, read as text so no float rounds it: at most two decimals,
 * since a basis point is a hundredth of a per cent. A trailing "%" is allowed.
 */
export function parsePercentBasisPoints(text: string): ParsedBasisPoints {
  // A French clerk types "3,5": the comma is read as the decimal mark, as the point is.
  const compact = text.trim().replace(/\s*%$/, '').replace(',', '.');
  const parts = /^(\d{1,3})(?:\.(\d*))?$/.exec(compact);
  if (parts === null) return { ok: false, message: i18n.t('common:percent.notAPercent') };
  const decimals = parts[2] ?? '';
  if (decimals.length > 2) return { ok: false, message: i18n.t('common:percent.tooManyDecimals') };
  return { ok: true, basisPoints: Number(`${parts[1]}${decimals.padEnd(2, '0')}`) };
}

/** 350 → "3.5" ("3,5" in French), 1200 → "12", 5 → "0.05": basis points as the percentage a clerk types. */
export function basisPointsToPercentText(basisPoints: number): string {
  const whole = Math.trunc(basisPoints / 100);
  const fraction = String(basisPoints % 100)
    .padStart(2, '0')
    .replace(/0+$/, '');
  return fraction === '' ? String(whole) : `${whole}${decimalMark()}${fraction}`;
}
