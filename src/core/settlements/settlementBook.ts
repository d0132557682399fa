import type Database from 'better-sqlite3';
import type { CommissionPlanRules } from '../../contract/retailerSchemas';
import {
  type SettlementCycle,
  SettlementCycle as SettlementCycleSchema,
  type SettlementPeriodView,
  type StatementView,
} from '../../contract/settlementSchemas';
import { AppError } from '../appError';
import type { LedgerReader } from '../ledger/ledgerReader';
import type { ReportOperator } from '../reports/reportScope';
import { resellerStatement, type StatementFigures } from './resellerStatement';
import { type PeriodBounds, periodContaining, periodStartingAt } from './settlementCycle';

interface PeriodRow {
  id: string;
  key: string;
  label: string;
  starts_at: number;
  ends_at: number;
  closed_at: number;
  closed_by_name: string;
  closed_seq: number;
}

interface StatementRow {
  id: string;
  version: number;
  period_id: string;
  retailer_code: string;
  state: StatementView['state'];
  correction_reason: string | null;
  as_of_seq: number;
  figures_json: string;
  created_at: number;
  created_by_name: string;
}

export interface SettlementSources {
  sqlite: Database.Database;
  ledger: LedgerReader;
  cycle: () => SettlementCycle;
  operators: () => ReportOperator[];
  plans: () => Map<string, { rules: CommissionPlanRules }>;
  /** The workspace's money: statements count what resellers owe in it. */
  currency: () => { code: string; scale: number };
  /** When the workspace began: its first period is the one containing this instant. */
  createdAtMs: () => number;
  clock: () => number;
}

const iso = (ms: number) => new Date(ms).toISOString();
export const statementIdOf = (periodKey: string, retailerCode: string) => `ST-${periodKey}-${retailerCode}`;

/**
 * Settlement periods and the statements that close them. Periods close in order, once over; closing
 * freezes every reseller's statement in one transaction, reading the ledger up to the last transfer
 * it sees. A statement is never rewritten: corrections add versions.
 */
export class SettlementBook {
  constructor(private readonly sources: SettlementSources) {}

  private lastClosed(): PeriodRow | undefined {
    return this.sources.sqlite
      .prepare('SELECT * FROM settlement_periods ORDER BY starts_at DESC LIMIT 1')
      .get() as PeriodRow | undefined;
  }

  /** The period to close next: after the last closed one, or the workspace's first. */
  nextPeriod(): PeriodBounds {
    const cycle = this.sources.cycle();
    const last = this.lastClosed();
    return last === undefined
      ? periodContaining(cycle, this.sources.createdAtMs())
      : periodStartingAt(cycle, last.ends_at);
  }

  periods(): { cycle: SettlementCycle; periods: SettlementPeriodView[] } {
    const sqlite = this.sources.sqlite;
    const next = this.nextPeriod();
    const now = this.sources.clock();
    const closed = sqlite
      .prepare(
        `SELECT p.*, (SELECT count(DISTINCT s.id) FROM settlement_statements s WHERE s.period_id = p.id) AS statements
         FROM settlement_periods p ORDER BY p.starts_at DESC`,
      )
      .all() as Array<PeriodRow & { statements: number }>;
    return {
      cycle: this.sources.cycle(),
      periods: [
        {
          id: null,
          key: next.key,
          label: next.label,
          startsAt: iso(next.startsAtMs),
          endsAt: iso(next.endsAtMs),
          state: next.endsAtMs <= now ? 'ready' : 'running',
          closedAt: null,
          closedBy: null,
          statements: 0,
        },
        ...closed.map((row) => ({
          id: row.id,
          key: row.key,
          label: row.label,
          startsAt: iso(row.starts_at),
          endsAt: iso(row.ends_at),
          state: 'closed' as const,
          closedAt: iso(row.closed_at),
          closedBy: row.closed_by_name,
          statements: row.statements,
        })),
      ],
    };
  }

  /**
   * Closes the next period (named by its key, so two people cannot close two different ones by
   * mistake): each reseller with a balance, a movement or a sale gets its statement, as a draft.
   */
  close(key: string, actor: { userId: string; displayName: string }): SettlementPeriodView {
    const sqlite = this.sources.sqlite;
    const next = this.nextPeriod();
    if (key !== next.key) {
      throw new AppError(
        'business_rule',
        `Periods close in order: the next to close is ${next.label} (${next.key}), not ${key}.`,
        { reason: 'not_next_period', issues: [{ path: 'key', message: `must be ${next.key}` }] },
      );
    }
    const now = this.sources.clock();
    if (next.endsAtMs > now) {
      throw new AppError(
        'business_rule',
        `${next.label} is not over: it ends at ${iso(next.endsAtMs)}; close it after that.`,
        { reason: 'period_not_over' },
      );
    }
    const cycle = SettlementCycleSchema.parse(this.sources.cycle());
    const periodId = `P-${next.key}`;
    sqlite
      .transaction(() => {
        const asOfSeq = this.sources.ledger.lastTransferSeqAt(Number.MAX_SAFE_INTEGER);
        sqlite
          .prepare(
            `INSERT INTO settlement_periods (id, key, label, starts_at, ends_at, cycle_json, closed_at, closed_by,
               closed_by_name, closed_seq) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
          )
          .run(
            periodId,
            next.key,
            next.label,
            next.startsAtMs,
            next.endsAtMs,
            JSON.stringify(cycle),
            now,
            actor.userId,
            actor.displayName,
            asOfSeq,
          );
        const insert = sqlite.prepare(
          `INSERT INTO settlement_statements (id, version, period_id, retailer_code, state, correction_reason, as_of_seq,
             figures_json, created_at, created_by, created_by_name) VALUES (?, 1, ?, ?, 'draft', NULL, ?, ?, ?, ?, ?)`,
        );
        const previousOf = sqlite.prepare(
          `SELECT s.as_of_seq, s.figures_json FROM settlement_statements s JOIN settlement_periods p ON p.id = s.period_id
           WHERE s.retailer_code = ? AND p.ends_at = ? ORDER BY s.version DESC LIMIT 1`,
        );
        const plans = this.sources.plans();
        const operators = this.sources.operators();
        for (const retailer of sqlite
          .prepare(
            `SELECT code, operator_party_id AS partyId, receivable_account_id AS receivableAccountId,
               commission_plan_code AS planCode FROM retailers ORDER BY code`,
          )
          .all() as Array<{
          code: string;
          partyId: string;
          receivableAccountId: string | null;
          planCode: string | null;
        }>) {
          if (retailer.receivableAccountId === null) continue;
          const before = previousOf.get(retailer.code, next.startsAtMs) as
            | { as_of_seq: number; figures_json: string }
            | undefined;
          // A reseller new since the last close has no statement before: everything earlier opens it,
          // as known at that close.
          const previous =
            before !== undefined
              ? {
                  closingBalanceMinor: (JSON.parse(before.figures_json) as StatementFigures)
                    .closingBalanceMinor,
                  asOfSeq: before.as_of_seq,
                }
              : null;
          const plan = retailer.planCode === null ? undefined : plans.get(retailer.planCode);
          const figures = resellerStatement(sqlite, {
            period: next,
            asOfSeq,
            previous,
            retailer: {
              code: retailer.code,
              partyId: retailer.partyId,
              receivableAccountId: retailer.receivableAccountId,
            },
            plan: plan ?? null,
            operators,
          });
          // Nothing owed, nothing moved, nothing sold: no statement to send.
          const quiet =
            figures.openingBalanceMinor === 0 &&
            figures.closingBalanceMinor === 0 &&
            figures.salesCount === 0 &&
            figures.saleReversalsMinor === 0 &&
            figures.allocationsMinor === 0 &&
            figures.allocationReversalsMinor === 0 &&
            figures.paymentsMinor === 0 &&
            figures.otherMinor === 0 &&
            figures.adjustmentsMinor === 0;
          if (quiet) continue;
          insert.run(
            statementIdOf(next.key, retailer.code),
            periodId,
            retailer.code,
            asOfSeq,
            JSON.stringify(figures),
            now,
            actor.userId,
            actor.displayName,
          );
        }
      })
      .immediate();
    const closed = this.periods().periods.find((period) => period.id === periodId);
    if (closed === undefined) throw new Error(`period ${periodId} was not closed`);
    return closed;
  }

  /** The latest version of each statement of a closed period. */
  statements(periodId: string): StatementView[] {
    const rows = this.sources.sqlite
      .prepare(
        `SELECT s.* FROM settlement_statements s
         WHERE s.period_id = ? AND s.version = (SELECT max(version) FROM settlement_statements v WHERE v.id = s.id)
         ORDER BY s.retailer_code`,
      )
      .all(periodId) as StatementRow[];
    if (rows.length === 0) this.requirePeriod(periodId);
    return rows.map((row) => this.viewOf(row));
  }

  statement(statementId: string, version?: number): StatementView {
    const row = this.sources.sqlite
      .prepare(
        `SELECT * FROM settlement_statements WHERE id = ? ${version === undefined ? '' : 'AND version = ?'}
         ORDER BY version DESC LIMIT 1`,
      )
      .get(...(version === undefined ? [statementId] : [statementId, version])) as StatementRow | undefined;
    if (row === undefined) {
      throw new AppError(
        'not_found',
        `No statement ${statementId}${version === undefined ? '' : ` version ${version}`} exists.`,
        {
          issues: [
            { path: version === undefined ? 'statementId' : 'version', message: 'names no statement' },
          ],
        },
      );
    }
    return this.viewOf(row);
  }

  private requirePeriod(periodId: string): PeriodRow {
    const row = this.sources.sqlite.prepare('SELECT * FROM settlement_periods WHERE id = ?').get(periodId) as
      | PeriodRow
      | undefined;
    if (row === undefined) {
      throw new AppError('not_found', `No closed settlement period ${periodId} exists.`, {
        issues: [{ path: 'periodId', message: 'names no closed period' }],
      });
    }
    return row;
  }

  private viewOf(row: StatementRow): StatementView {
    const sqlite = this.sources.sqlite;
    const period = this.requirePeriod(row.period_id);
    const figures = JSON.parse(row.figures_json) as StatementFigures;
    const name =
      (sqlite.prepare('SELECT name FROM retailers WHERE code = ?').pluck().get(row.retailer_code) as
        | string
        | undefined) ?? row.retailer_code;
    const periodOf = sqlite.prepare(
      'SELECT label FROM settlement_periods WHERE starts_at <= ? AND ends_at > ? LIMIT 1',
    );
    const { commissionLines, adjustments, ...totals } = figures;
    return {
      id: row.id,
      version: row.version,
      periodId: row.period_id,
      periodLabel: period.label,
      retailerCode: row.retailer_code,
      retailerName: name,
      state: row.state,
      correctionReason: row.correction_reason,
      currency: this.sources.currency().code,
      scale: this.sources.currency().scale,
      ...totals,
      commissionLines: commissionLines.map((line) => ({
        month: line.month,
        operatorId: line.operatorId,
        rule: line.rule,
        slabFromMinor: line.slabFromMinor,
        basisPoints: line.basisPoints,
        salesCount: line.salesCount,
        salesMinor: line.salesMinor,
        reversalsMinor: line.reversalsMinor,
        commissionMinor: line.commissionMinor,
        clawbackMinor: line.clawbackMinor,
      })),
      adjustments: adjustments.map((adjustment) => ({
        entryId: adjustment.entryId,
        effectiveAt: iso(adjustment.effectiveAtMs),
        code: adjustment.code,
        amountMinor: adjustment.amountMinor,
        originPeriod:
          (periodOf.pluck().get(adjustment.effectiveAtMs, adjustment.effectiveAtMs) as string | undefined) ??
          null,
      })),
      createdAt: iso(row.created_at),
      createdBy: row.created_by_name,
    };
  }
}
