import type Database from 'better-sqlite3';
import type { OperatorStatementView } from '../../contract/operatorStatementSchemas';
import type { CommissionPlanRules } from '../../contract/retailerSchemas';
import {
  type SettlementCycle,
  SettlementCycle as SettlementCycleSchema,
  type SettlementPeriodView,
  type StatementStep,
  type StatementView,
} from '../../contract/settlementSchemas';
import { AppError } from '../appError';
import type { Ledger } from '../ledger/ledger';
import { instantOfBusinessDay } from '../money/businessDay';
import { ensureMethodAccount, type MoneyMethod } from '../money/distributorAccounts';
import type { ReportOperator } from '../reports/reportScope';
import { ensureMoneyAsset } from '../retailers/retailerAccounts';
import { freezeOperatorStatements, operatorStatementViews } from './operatorStatements';
import { previousStatement, resellerStatement, type StatementFigures } from './resellerStatement';
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
  created_by: string;
  created_by_name: string;
}

export interface SettlementSources {
  sqlite: Database.Database;
  ledger: Ledger;
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

type Actor = { userId: string; displayName: string };
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
  close(key: string, actor: Actor): SettlementPeriodView {
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
        const asOfSeq = this.sources.ledger.reader.lastTransferSeqAt(Number.MAX_SAFE_INTEGER);
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
          // A reseller new since the last close has no statement before: everything earlier opens it.
          const previous = previousStatement(sqlite, retailer.code, next.startsAtMs);
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
          const statementId = statementIdOf(next.key, retailer.code);
          insert.run(
            statementId,
            periodId,
            retailer.code,
            asOfSeq,
            JSON.stringify(figures),
            now,
            actor.userId,
            actor.displayName,
          );
          this.addStep(statementId, 1, 'closed', actor, null, null);
        }
        freezeOperatorStatements(sqlite, {
          periodId,
          periodKey: next.key,
          period: next,
          asOfSeq,
          nowMs: now,
          actor,
        });
      })
      .immediate();
    const closed = this.periods().periods.find((period) => period.id === periodId);
    if (closed === undefined) throw new Error(`period ${periodId} was not closed`);
    return closed;
  }

  private addStep(
    statementId: string,
    version: number,
    step: StatementStep['step'],
    actor: Actor,
    note: string | null,
    payment: StatementStep['payment'],
  ): void {
    this.sources.sqlite
      .prepare(
        `INSERT INTO settlement_statement_steps (statement_id, version, step, at, by, by_name, note, payment_json)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        statementId,
        version,
        step,
        this.sources.clock(),
        actor.userId,
        actor.displayName,
        note,
        payment === null ? null : JSON.stringify(payment),
      );
  }

  /** The latest version of a statement, which must be the one named and in one of `states`. */
  private latest(
    statementId: string,
    version: number | null,
    states: readonly StatementView['state'][],
  ): StatementRow {
    const row = this.sources.sqlite
      .prepare('SELECT * FROM settlement_statements WHERE id = ? ORDER BY version DESC LIMIT 1')
      .get(statementId) as StatementRow | undefined;
    if (row === undefined) {
      throw new AppError('not_found', `No statement ${statementId} exists.`, {
        issues: [{ path: 'statementId', message: 'names no statement' }],
      });
    }
    if (version !== null && row.version !== version) {
      throw new AppError(
        'business_rule',
        `Statement ${statementId} has a newer version (${row.version}) than ${version}: look at it first.`,
        { reason: 'stale_version', issues: [{ path: 'version', message: `must be ${row.version}` }] },
      );
    }
    if (!states.includes(row.state)) {
      throw new AppError(
        'business_rule',
        `Statement ${statementId} version ${row.version} is ${row.state}; this needs it ${states.join(' or ')}.`,
        { reason: `statement_${row.state}` },
      );
    }
    return row;
  }

  /** The checker of maker-checker: someone other than who closed (or corrected) the version approves it. */
  approve(statementId: string, version: number, note: string | null, actor: Actor): StatementView {
    const sqlite = this.sources.sqlite;
    sqlite
      .transaction(() => {
        const row = this.latest(statementId, version, ['draft']);
        if (row.created_by === actor.userId) {
          throw new AppError(
            'business_rule',
            `${actor.displayName} made this version of ${statementId}; another person approves it.`,
            { reason: 'same_user' },
          );
        }
        sqlite
          .prepare("UPDATE settlement_statements SET state = 'approved' WHERE id = ? AND version = ?")
          .run(statementId, version);
        this.addStep(statementId, version, 'approved', actor, note, null);
      })
      .immediate();
    return this.statement(statementId, version);
  }

  /**
   * Records that the reseller was paid its commission, posting the payout: commission expense
   * against what it owes us (`offset`) or against the money that left (cash, bank, mobile money).
   * The entry's id is the statement version's, so a retry posts nothing twice.
   */
  markPaid(
    input: {
      statementId: string;
      version: number;
      method: 'offset' | MoneyMethod;
      reference: string;
      paidOn: string;
    },
    actor: Actor,
  ): StatementView {
    const sqlite = this.sources.sqlite;
    const ledger = this.sources.ledger;
    sqlite
      .transaction(() => {
        const row = this.latest(input.statementId, input.version, ['approved']);
        const figures = JSON.parse(row.figures_json) as StatementFigures;
        const paidAt = instantOfBusinessDay(input.paidOn, this.sources.clock(), 'paidOn');
        const amountMinor = Math.max(0, figures.commissionMinor);
        const entryId = `settlement-payout.${input.statementId}.v${input.version}`;
        if (amountMinor > 0) {
          const currency = this.sources.currency().code;
          const receivable = sqlite
            .prepare('SELECT receivable_account_id FROM retailers WHERE code = ?')
            .pluck()
            .get(row.retailer_code) as string | null | undefined;
          if (input.method === 'offset' && (receivable === null || receivable === undefined)) {
            throw new AppError('business_rule', `${row.retailer_code} has no receivable to offset against.`, {
              reason: 'no_receivable',
            });
          }
          ledger.writer.record({
            id: entryId,
            kind: 'posting',
            code: 'commission_payout',
            effectiveAt: paidAt,
            description:
              `Commission of ${row.retailer_code} for statement ${input.statementId} v${input.version} (${input.reference})`.slice(
                0,
                500,
              ),
            transfers: [
              {
                debitAccountId: this.commissionExpenseAccount(currency),
                creditAccountId:
                  input.method === 'offset'
                    ? (receivable as string)
                    : ensureMethodAccount(ledger, input.method, currency),
                amountMinor,
                code: 'commission_payout',
                reference: { kind: 'settlement', id: input.statementId.slice(0, 64) },
              },
            ],
          });
        }
        sqlite
          .prepare("UPDATE settlement_statements SET state = 'paid' WHERE id = ? AND version = ?")
          .run(input.statementId, input.version);
        this.addStep(input.statementId, input.version, 'paid', actor, null, {
          reference: input.reference,
          paidOn: input.paidOn,
          method: input.method,
          amountMinor,
          entryId: amountMinor > 0 ? entryId : null,
        });
      })
      .immediate();
    return this.statement(input.statementId, input.version);
  }

  private commissionExpenseAccount(currency: string): string {
    const ledger = this.sources.ledger;
    const id = `distributor:commission-expense:${currency}`;
    if (ledger.reader.account(id) === undefined) {
      ledger.accounts.createAccount({
        id,
        code: `COMMISSION-${currency}`,
        name: `Reseller commission (${currency})`,
        assetCode: ensureMoneyAsset(ledger, currency),
        type: 'commission_expense',
        ownerKind: 'distributor',
        ownerId: 'self',
      });
    }
    return id;
  }

  /**
   * A new version of a statement of the last closed period, read from the ledger as it stands now,
   * with the reason; the old version stays readable, marked superseded. A paid statement, or one of
   * an earlier period, is corrected through the next period's adjustments instead.
   */
  correct(statementId: string, reason: string, actor: Actor): StatementView {
    const sqlite = this.sources.sqlite;
    let version = 0;
    sqlite
      .transaction(() => {
        const row = this.latest(statementId, null, ['draft', 'approved']);
        const last = this.lastClosed();
        if (last === undefined || last.id !== row.period_id) {
          throw new AppError(
            'business_rule',
            `A later period is closed: correct ${statementId} through that period's adjustments instead.`,
            { reason: 'later_period_closed' },
          );
        }
        const retailer = sqlite
          .prepare(
            `SELECT code, operator_party_id AS partyId, receivable_account_id AS receivableAccountId,
               commission_plan_code AS planCode FROM retailers WHERE code = ?`,
          )
          .get(row.retailer_code) as
          | { code: string; partyId: string; receivableAccountId: string; planCode: string | null }
          | undefined;
        if (retailer === undefined) throw new Error(`statement ${statementId} names no retailer`);
        const plan = retailer.planCode === null ? undefined : this.sources.plans().get(retailer.planCode);
        const asOfSeq = this.sources.ledger.reader.lastTransferSeqAt(Number.MAX_SAFE_INTEGER);
        const figures = resellerStatement(sqlite, {
          period: { startsAtMs: last.starts_at, endsAtMs: last.ends_at },
          asOfSeq,
          previous: previousStatement(sqlite, row.retailer_code, last.starts_at),
          retailer,
          plan: plan ?? null,
          operators: this.sources.operators(),
        });
        version = row.version + 1;
        sqlite
          .prepare("UPDATE settlement_statements SET state = 'superseded' WHERE id = ? AND version = ?")
          .run(statementId, row.version);
        this.addStep(statementId, row.version, 'superseded', actor, reason, null);
        sqlite
          .prepare(
            `INSERT INTO settlement_statements (id, version, period_id, retailer_code, state, correction_reason, as_of_seq,
               figures_json, created_at, created_by, created_by_name) VALUES (?, ?, ?, ?, 'draft', ?, ?, ?, ?, ?, ?)`,
          )
          .run(
            statementId,
            version,
            row.period_id,
            row.retailer_code,
            reason,
            asOfSeq,
            JSON.stringify(figures),
            this.sources.clock(),
            actor.userId,
            actor.displayName,
          );
        this.addStep(statementId, version, 'corrected', actor, reason, null);
      })
      .immediate();
    return this.statement(statementId, version);
  }

  /** The money statements are counted in. */
  currency(): { code: string; scale: number } {
    return this.sources.currency();
  }

  /** A closed period's purchase statements, one per operator. */
  operatorStatements(periodId: string): OperatorStatementView[] {
    return operatorStatementViews(this.sources.sqlite, periodId, this.sources.currency());
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
      steps: (
        sqlite
          .prepare(
            'SELECT step, at, by_name, note, payment_json FROM settlement_statement_steps WHERE statement_id = ? AND version = ? ORDER BY rowid',
          )
          .all(row.id, row.version) as Array<{
          step: StatementStep['step'];
          at: number;
          by_name: string;
          note: string | null;
          payment_json: string | null;
        }>
      ).map((step) => ({
        step: step.step,
        at: iso(step.at),
        by: step.by_name,
        note: step.note,
        payment:
          step.payment_json === null ? null : (JSON.parse(step.payment_json) as StatementStep['payment']),
      })),
      versions: (
        sqlite
          .prepare(
            'SELECT version, state, created_at FROM settlement_statements WHERE id = ? ORDER BY version',
          )
          .all(row.id) as Array<{ version: number; state: string; created_at: number }>
      ).map((version) => ({
        version: version.version,
        state: version.state,
        createdAt: iso(version.created_at),
      })),
    };
  }
}
