import { amountDigitsMax, readDecimalAmount } from '../../../contract/decimalAmountText';
import { i18n } from '../i18n/i18n';
import { decimalMark } from './decimalMark';

/** What a clerk typed as an amount, read into minor units, or why it cannot be. */
export type ParsedAmount = { ok: true; amountMinor: number } | { ok: false; message: string };

/**
 * "1,500,000" or "1 500.50" (English), "1 500 000" or "1 500,50" (French) in major units, read exactly
 * into minor units at `scale`, told as a form field's error.
 */
export function parseMajorAmount(text: string, scale: number): ParsedAmount {
  const mark = decimalMark();
  const reading = readDecimalAmount(text, scale, mark);
  if (reading.ok) return { ok: true, amountMinor: reading.minor };
  switch (reading.problem) {
    case 'not_an_amount':
      return { ok: false, message: i18n.t('common:amount.notAnAmount') };
    case 'too_many_decimals':
      return {
        ok: false,
        message:
          scale === 0
            ? i18n.t('common:amount.noDecimals')
            : i18n.t('common:amount.tooManyDecimals', { scale }),
      };
    case 'too_large':
      return { ok: false, message: i18n.t('common:amount.tooLarge', { digits: amountDigitsMax }) };
  }
}
