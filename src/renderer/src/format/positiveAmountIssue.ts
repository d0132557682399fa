import { parseMajorAmount } from './parseMajorAmount';

/** A required amount field's check: what is wrong with the amount typed, or null when it is above zero. */
export function positiveAmountIssue(text: string, scale: number): string | null {
  const parsed = parseMajorAmount(text, scale);
  if (!parsed.ok) return text.trim() === '' ? 'is required' : parsed.message;
  return parsed.amountMinor > 0 ? null : 'must be more than zero';
}
