import type Database from 'better-sqlite3';
import { inJson, type ReportScope } from './reportScope';

export interface ReportChannel {
  channel: string;
  /** Whether resellers sold through it, sales without a reseller were made through it, or both. */
  kinds: Array<'reseller' | 'direct'>;
}

/**
 * The channels sales came through in the period at the chosen operators, for the channel filter,
 * read from the daily rollup (a few rows a day). Its own channel filter is left aside, so choosing
 * one keeps the others on offer. Sales the feed gave no channel are left out: there is no name to
 * filter them by.
 */
export function reportChannels(sqlite: Database.Database, scope: ReportScope): ReportChannel[] {
  const rows = sqlite
    .prepare(
      `SELECT channel, classification FROM report_sales_daily
       WHERE day BETWEEN ? AND ? AND ${inJson('operator_id')} AND channel <> '' AND count > 0
       GROUP BY 1, 2 ORDER BY 1, 2`,
    )
    .all(scope.from, scope.to, JSON.stringify(scope.operators.map((operator) => operator.id))) as Array<{
    channel: string;
    classification: 'retail_sale' | 'direct_sale';
  }>;
  const byChannel = new Map<string, ReportChannel>();
  for (const row of rows) {
    let channel = byChannel.get(row.channel);
    if (channel === undefined) {
      channel = { channel: row.channel, kinds: [] };
      byChannel.set(row.channel, channel);
    }
    channel.kinds.push(row.classification === 'retail_sale' ? 'reseller' : 'direct');
  }
  return [...byChannel.values()];
}
