import type Database from 'better-sqlite3';
import { amountText } from '../money/amountText';

/** An amount of an operator's airtime as a message names it (`250,000 XOF`), in the operator's units. */
export function operatorAmountText(sqlite: Database.Database, operatorId: string, minor: number): string {
  const connection = sqlite
    .prepare('SELECT units, scale FROM operator_connections WHERE id = ?')
    .get(operatorId) as { units: string; scale: number } | undefined;
  return connection === undefined
    ? `${minor} minor units`
    : amountText(minor, { currency: connection.units, scale: connection.scale });
}
