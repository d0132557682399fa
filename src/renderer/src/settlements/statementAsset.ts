import type { AmountAsset } from '../format/formatMinor';

/** A statement's amounts are money owed, in the currency and scale the statement was frozen in. */
export function statementAsset(statement: { currency: string; scale: number }): AmountAsset {
  return { currency: statement.currency, scale: statement.scale, kind: 'money' };
}
