import { AppError } from '../appError';
import { inJson, type ReportScope, registerScopeMax } from './reportScope';

/**
 * Where a report's sales come from, as one SQL subquery of rows
 * `(day, operator_id, party_id, denomination_minor, count, value)`:
 * - `rollup`: no reseller named: the daily rollup by operator, channel and denomination;
 * - `register`: a few resellers (up to 100): their sales themselves, through the register's index;
 * - `resellerRollup`: many resellers (a region): their daily sums, without channel or denomination.
 * Every path counts completed sales only, so all three agree where they overlap.
 */
export interface SalesSource {
  kind: 'rollup' | 'register' | 'resellerRollup';
  sql: string;
  parameters: unknown[];
  /** Rows carry a denomination (not so for `resellerRollup`). */
  hasDenominations: boolean;
  /** Rows carry a party id (not so for `rollup`). */
  hasParties: boolean;
}

/** The daily rollup's rows for a period, operators, channels and denominations (any classification). */
export function dailyRollupFilter(
  scope: ReportScope,
  period: { from: string; to: string },
): { where: string; parameters: unknown[] } {
  const where = ['day BETWEEN ? AND ?', inJson('operator_id')];
  const parameters: unknown[] = [
    period.from,
    period.to,
    JSON.stringify(scope.operators.map((operator) => operator.id)),
  ];
  if (scope.channels !== null) {
    where.push(inJson('channel'));
    parameters.push(JSON.stringify(scope.channels));
  }
  if (scope.denominations !== null) {
    where.push(inJson('denomination_minor'));
    parameters.push(JSON.stringify(scope.denominations));
  }
  return { where: where.join(' AND '), parameters };
}

export function salesSource(
  scope: ReportScope,
  period: { from: string; to: string; fromMs: number; endMs: number },
  classification: 'retail_sale' | 'direct_sale' | 'any' = 'retail_sale',
): SalesSource {
  const operatorsJson = JSON.stringify(scope.operators.map((operator) => operator.id));
  if (scope.parties === null || classification !== 'retail_sale') {
    const filter = dailyRollupFilter(scope, period);
    const kindSql = classification === 'any' ? '' : ` AND classification = '${classification}'`;
    return {
      kind: 'rollup',
      sql: `SELECT day, operator_id, NULL AS party_id, denomination_minor, count, face_value_minor AS value
            FROM report_sales_daily WHERE ${filter.where}${kindSql}`,
      parameters: filter.parameters,
      hasDenominations: true,
      hasParties: false,
    };
  }
  const partiesJson = JSON.stringify(scope.parties);
  if (scope.parties.length <= registerScopeMax) {
    const where = [
      "classification = 'retail_sale'",
      "status = 'completed'",
      inJson('requestor_party_id'),
      'confirmed_at >= ? AND confirmed_at < ?',
      // `+`: stay on the retail-sales index by party and time, not the key by operator.
      inJson('+operator_id'),
    ];
    const parameters: unknown[] = [partiesJson, period.fromMs, period.endMs, operatorsJson];
    if (scope.channels !== null) {
      where.push(inJson("coalesce(channel, '')"));
      parameters.push(JSON.stringify(scope.channels));
    }
    if (scope.denominations !== null) {
      where.push(inJson('amount_minor'));
      parameters.push(JSON.stringify(scope.denominations));
    }
    return {
      kind: 'register',
      sql: `SELECT strftime('%Y-%m-%d', confirmed_at / 1000, 'unixepoch') AS day, operator_id,
              requestor_party_id AS party_id, amount_minor AS denomination_minor, 1 AS count, amount_minor AS value
            FROM operator_history WHERE ${where.join(' AND ')}`,
      parameters,
      hasDenominations: true,
      hasParties: true,
    };
  }
  if (scope.channels !== null || scope.denominations !== null) {
    throw new AppError(
      'bad_input',
      `Channel and denomination filters work on at most ${registerScopeMax} resellers; this selection has ${scope.parties.length.toLocaleString('en-US')}. Name fewer resellers or clear those filters.`,
      { issues: [{ path: 'retailerCodes', message: `selects more than ${registerScopeMax} resellers` }] },
    );
  }
  return {
    kind: 'resellerRollup',
    sql: `SELECT day, operator_id, party_id, NULL AS denomination_minor, sales_count AS count, sales_minor AS value
          FROM report_retailer_daily WHERE day BETWEEN ? AND ? AND ${inJson('operator_id')} AND ${inJson('party_id')}`,
    parameters: [period.from, period.to, operatorsJson, partiesJson],
    hasDenominations: false,
    hasParties: true,
  };
}
