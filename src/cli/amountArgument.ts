import { AppError } from '../core/appError';
import { parseDecimalAmount } from '../core/money/decimalAmount';

/** An amount typed on the command line, in minor units of an asset with `scale` decimals, exactly. */
export function amountArgument(text: string, scale: number, field = '--amount'): number {
  const amount = parseDecimalAmount(text, scale);
  if (!amount.ok) {
    throw new AppError('bad_input', `${field} ${amount.message}.`, {
      issues: [{ path: field, message: amount.message }],
    });
  }
  if (amount.minor <= 0) {
    throw new AppError('bad_input', `${field} must be more than zero.`, {
      issues: [{ path: field, message: 'must be more than zero' }],
    });
  }
  return amount.minor;
}
