import { i18n } from '../i18n/i18n';
import { parseMajorAmount } from './parseMajorAmount';

/** A required amount field's check: what is wrong with the amount typed, or null when it is above zero. */
export function positiveAmountIssue(text: string, scale: number): string | null {
  const parsed = parseMajorAmount(text, scale);
  if (!parsed.ok) return text.trim() === '' ? i18n.t('common:field.required') : parsed.message;
  return parsed.amountMinor > 0 ? null : i18n.t('common:amount.notPositive');
}
