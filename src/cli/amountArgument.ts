import { AppError } from '../core/appError';

/**
 * An amount typed on the command line ("150000", "1,500.50", "1500.5") in minor units of an asset
 * with `scale` decimals, exactly: the digits are read as text, never through a float.
 */
export function amountArgument(text: string, scale: number, field = '--amount'): number {
  const cleaned = text.trim().replace(/[,_\s]/g, '');
  const match = /^(\d+)(?:\.(\d+))?$/.exec(cleaned);
  if (match === null) {
    throw new AppError(
      'bad_input',
      `${field} must be a positive amount such as 150000 or 1500.50, not "${text}".`,
      {
        issues: [{ path: field, message: 'is not an amount' }],
      },
    );
  }
  const fraction = match[2] ?? '';
  if (fraction.length > scale) {
    throw new AppError(
      'bad_input',
      `${field} has ${fraction.length} decimals; this operator's units take ${scale === 0 ? 'none' : `at most ${scale}`}.`,
      { issues: [{ path: field, message: `has more than ${scale} decimals` }] },
    );
  }
  const minor = Number(`${match[1]}${fraction.padEnd(scale, '0')}`);
  if (!Number.isSafeInteger(minor) || minor <= 0) {
    throw new AppError('bad_input', `${field} must be more than zero and at most 15 digits.`, {
      issues: [{ path: field, message: 'is out of range' }],
    });
  }
  return minor;
}
