import type Database from 'better-sqlite3';
import {
  type AddRetailerInput,
  RetailerCode,
  type RetailerView,
  type SetRetailerStatusInput,
  type UpdateRetailerInput,
} from '../../contract/retailerSchemas';
import { AppError } from '../appError';
import type { Ledger } from '../ledger/ledger';
import { ensureReceivableAccount, receivableBoundMinor } from './retailerAccounts';
import {
  newRetailerIssues,
  parentIssue,
  type RetailerIssue,
  type RetailerLookups,
  sharedIssues,
} from './retailerChecks';
import { nextGeneratedCodes } from './retailerCodes';
import { ancestryOf, nameKeyOf, type RetailerRow, retailerViewOf } from './retailerRows';

/** Who made a change, as history shows it. */
export interface RetailerActor {
  displayName: string;
}

/** The first issue as the error a caller sees, with every issue listed by field. */
export function refusalOf(subject: string, issues: RetailerIssue[]): AppError {
  const first = issues[0];
  if (first === undefined) throw new Error('refusalOf needs at least one issue');
  return new AppError(first.code, `${subject}: ${first.field} ${first.message}.`, {
    reason: first.reason,
    issues: issues.map((issue) => ({ path: issue.field, message: issue.message })),
  });
}

/**
 * The retailers of the workspace: onboarding, edits and status changes, each in one transaction with
 * the ledger accounts it needs (the receivable, bounded by the retailer's terms).
 */
export class RetailerRegistry {
  constructor(
    private readonly sqlite: Database.Database,
    private readonly ledger: Ledger,
    private readonly clock: () => number,
    private readonly currency: () => string,
  ) {}

  /** Lookups against the database, for the checks. */
  lookups(): RetailerLookups {
    const byCode = this.sqlite.prepare('SELECT code, level, status, ancestry FROM retailers WHERE code = ?');
    const byParty = this.sqlite.prepare('SELECT code FROM retailers WHERE operator_party_id = ?').pluck();
    const byMsisdn = this.sqlite
      .prepare("SELECT code FROM retailers WHERE wallet_msisdn = ? AND status <> 'closed' LIMIT 1")
      .pluck();
    const plan = this.sqlite.prepare('SELECT 1 FROM commission_plans WHERE code = ?').pluck();
    return {
      retailer: (code) =>
        byCode.get(code) as { code: string; level: string; status: string; ancestry: string } | undefined,
      partyHolder: (partyId) => byParty.get(partyId) as string | undefined,
      msisdnHolder: (msisdn) => byMsisdn.get(msisdn) as string | undefined,
      planExists: (code) => plan.get(code) !== undefined,
    };
  }

  row(code: string): RetailerRow | undefined {
    return this.sqlite.prepare('SELECT * FROM retailers WHERE code = ?').get(code) as RetailerRow | undefined;
  }

  get(code: string): RetailerView | undefined {
    const row = this.row(code);
    if (row === undefined) return undefined;
    const parentName =
      row.parent_code === null
        ? null
        : ((this.sqlite.prepare('SELECT name FROM retailers WHERE code = ?').pluck().get(row.parent_code) as
            | string
            | undefined) ?? null);
    return retailerViewOf(row, parentName);
  }

  require(code: string): RetailerRow {
    const row = this.row(code);
    if (row === undefined) {
      throw new AppError('bad_input', `No retailer has the code ${code}.`, {
        reason: 'unknown_retailer',
        issues: [{ path: 'code', message: `names no retailer (${code})` }],
      });
    }
    return row;
  }

  byOperatorParty(partyId: string): RetailerRow | undefined {
    return this.sqlite.prepare('SELECT * FROM retailers WHERE operator_party_id = ?').get(partyId) as
      | RetailerRow
      | undefined;
  }

  /** Onboards one retailer; its code is generated when the clerk left it out. */
  add(fields: AddRetailerInput, actor: RetailerActor): RetailerView {
    return this.sqlite
      .transaction(() => {
        const [code] = fields.code === undefined ? nextGeneratedCodes(this.sqlite, 1) : [fields.code];
        if (code === undefined) throw new Error('no code was generated');
        const issues = newRetailerIssues(code, fields, this.lookups());
        if (issues.length > 0) throw refusalOf(`Cannot onboard ${fields.name}`, issues);
        this.insert(code, fields, actor);
        return this.get(code) as RetailerView;
      })
      .immediate();
  }

  /**
   * Onboards already-checked retailers in one transaction (an import): all of them or none. Each
   * is checked again as it goes in, so a file checked against a stale preview cannot slip through.
   */
  addChecked(rows: Array<{ code: string; fields: AddRetailerInput }>, actor: RetailerActor): string[] {
    return this.sqlite
      .transaction(() => {
        const lookups = this.lookups();
        for (const { code, fields } of rows) {
          const issues = newRetailerIssues(code, fields, lookups);
          if (issues.length > 0) throw refusalOf(`Cannot onboard ${fields.name} (${code})`, issues);
          this.insert(code, fields, actor);
        }
        return rows.map((row) => row.code);
      })
      .immediate();
  }

  /**
   * The retailer behind an operator wallet being linked: found by its operator party id, or
   * onboarded as a prepaid retailer under the distributor (its code is the party id when that is a
   * valid, free reseller code). A clerk completes its terms afterwards.
   */
  ensureForWallet(
    wallet: { partyId: string; name: string; msisdn: string | null },
    actor: RetailerActor,
  ): string {
    const existing = this.byOperatorParty(wallet.partyId);
    if (existing !== undefined) return existing.code;
    const typed = RetailerCode.safeParse(wallet.partyId);
    const code =
      typed.success && this.row(typed.data) === undefined
        ? typed.data
        : (nextGeneratedCodes(this.sqlite, 1)[0] as string);
    const msisdnFree = wallet.msisdn !== null && this.lookups().msisdnHolder(wallet.msisdn) === undefined;
    this.insert(
      code,
      {
        name: wallet.name.trim().padEnd(2, '.').slice(0, 120),
        level: 'retailer',
        terms: 'prepaid',
        creditLimitMinor: 0,
        operatorPartyId: wallet.partyId,
        walletMsisdn: msisdnFree ? wallet.msisdn : null,
      },
      actor,
    );
    return code;
  }

  private insert(code: string, fields: AddRetailerInput, actor: RetailerActor): void {
    const now = this.clock();
    const parent = fields.parentCode ? (this.row(fields.parentCode) ?? null) : null;
    const receivableAccountId = ensureReceivableAccount(this.ledger, this.currency(), {
      code,
      name: fields.name,
      terms: fields.terms,
      creditLimitMinor: fields.creditLimitMinor,
    });
    this.sqlite
      .prepare(
        `INSERT INTO retailers (code, name, name_key, level, parent_code, ancestry, contact_name, phone, email,
           region, wallet_msisdn, operator_party_id, status, terms, credit_limit_minor,
           daily_allocation_limit_minor, commission_plan_code, low_stock_threshold_minor, replenishment_json,
           receivable_account_id, created_at, created_by, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'active', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        code,
        fields.name,
        nameKeyOf(fields.name),
        fields.level,
        parent?.code ?? null,
        ancestryOf(parent),
        fields.contactName ?? null,
        fields.phone ?? null,
        fields.email ?? null,
        fields.region ?? null,
        fields.walletMsisdn ?? null,
        fields.operatorPartyId ?? code,
        fields.terms,
        fields.creditLimitMinor,
        fields.dailyAllocationLimitMinor ?? null,
        fields.commissionPlanCode ?? null,
        fields.lowStockThresholdMinor ?? null,
        fields.replenishment ? JSON.stringify(fields.replenishment) : null,
        receivableAccountId,
        now,
        actor.displayName,
        now,
      );
  }

  /** Edits a retailer. Moving it in the hierarchy moves its whole branch with it. */
  update(input: UpdateRetailerInput): RetailerView {
    return this.sqlite
      .transaction(() => {
        const row = this.require(input.code);
        const subject = `Cannot change ${row.name} (${row.code})`;
        if (row.status === 'closed') {
          throw new AppError('business_rule', `${subject}: it is closed.`, { reason: 'retailer_closed' });
        }
        const next = {
          name: input.name ?? row.name,
          level: input.level ?? row.level,
          parentCode: input.parentCode === undefined ? row.parent_code : input.parentCode,
          terms: input.terms ?? row.terms,
          creditLimitMinor:
            input.creditLimitMinor ?? (input.terms === 'prepaid' ? 0 : row.credit_limit_minor),
          walletMsisdn: input.walletMsisdn === undefined ? row.wallet_msisdn : input.walletMsisdn,
          commissionPlanCode:
            input.commissionPlanCode === undefined ? row.commission_plan_code : input.commissionPlanCode,
        };
        const lookups = this.lookups();
        const issues = sharedIssues(row.code, next, lookups);
        if (next.parentCode !== row.parent_code) {
          const parent = parentIssue(next.parentCode, lookups);
          if (parent !== undefined) issues.push(parent);
          const target = next.parentCode === null ? undefined : lookups.retailer(next.parentCode);
          if (next.parentCode === row.code || target?.ancestry.includes(`/${row.code}/`) === true) {
            issues.push({
              field: 'parentCode',
              message: `${next.parentCode} is in ${row.code}'s own branch; a retailer cannot sit under itself`,
              code: 'business_rule',
              reason: 'hierarchy_cycle',
            });
          }
        }
        if (next.level === 'retailer' && row.level === 'sub_distributor' && this.childCount(row.code) > 0) {
          issues.push({
            field: 'level',
            message: 'cannot become a retailer while retailers sit under it; move them first',
            code: 'business_rule',
            reason: 'has_children',
          });
        }
        if (input.operatorPartyId !== undefined && input.operatorPartyId !== row.operator_party_id) {
          const holder = lookups.partyHolder(input.operatorPartyId);
          if (holder !== undefined) {
            issues.push({
              field: 'operatorPartyId',
              message: `operator party ${input.operatorPartyId} is already ${holder}'s`,
              code: 'business_rule',
              reason: 'party_taken',
            });
          }
        }
        if (issues.length > 0) throw refusalOf(subject, issues);

        const bound = receivableBoundMinor(next.terms, next.creditLimitMinor);
        const receivable = this.ledger.reader.account(row.receivable_account_id);
        if (receivable !== undefined && receivable.balanceUpperBoundMinor !== bound) {
          this.ledger.accounts.setBalanceUpperBound(row.receivable_account_id, bound);
        }
        const ancestry = next.parentCode === null ? '/' : ancestryOf(this.row(next.parentCode) ?? null);
        this.sqlite
          .prepare(
            `UPDATE retailers SET name = ?, name_key = ?, level = ?, parent_code = ?, ancestry = ?,
               contact_name = ?, phone = ?, email = ?, region = ?, wallet_msisdn = ?, operator_party_id = ?,
               terms = ?, credit_limit_minor = ?, daily_allocation_limit_minor = ?, commission_plan_code = ?,
               low_stock_threshold_minor = ?, replenishment_json = ?, updated_at = ?
             WHERE code = ?`,
          )
          .run(
            next.name,
            nameKeyOf(next.name),
            next.level,
            next.parentCode,
            ancestry,
            input.contactName === undefined ? row.contact_name : input.contactName,
            input.phone === undefined ? row.phone : input.phone,
            input.email === undefined ? row.email : input.email,
            input.region === undefined ? row.region : input.region,
            next.walletMsisdn,
            input.operatorPartyId ?? row.operator_party_id,
            next.terms,
            next.creditLimitMinor,
            input.dailyAllocationLimitMinor === undefined
              ? row.daily_allocation_limit_minor
              : input.dailyAllocationLimitMinor,
            next.commissionPlanCode,
            input.lowStockThresholdMinor === undefined
              ? row.low_stock_threshold_minor
              : input.lowStockThresholdMinor,
            input.replenishment === undefined
              ? row.replenishment_json
              : input.replenishment === null
                ? null
                : JSON.stringify(input.replenishment),
            this.clock(),
            row.code,
          );
        if (ancestry !== row.ancestry) this.moveBranch(row.code, row.ancestry, ancestry);
        return this.get(row.code) as RetailerView;
      })
      .immediate();
  }

  /** Rewrites the ancestry of everything under `code` after it moved. */
  private moveBranch(code: string, oldAncestry: string, newAncestry: string): void {
    const oldPrefix = `${oldAncestry}${code}/`;
    const newPrefix = `${newAncestry}${code}/`;
    this.sqlite
      .prepare(
        `UPDATE retailers SET ancestry = ? || substr(ancestry, ?)
         WHERE ancestry >= ? AND ancestry < ?`,
      )
      .run(newPrefix, oldPrefix.length + 1, oldPrefix, `${oldPrefix}\uffff`);
  }

  childCount(code: string): number {
    return this.sqlite
      .prepare('SELECT count(*) FROM retailers WHERE parent_code = ?')
      .pluck()
      .get(code) as number;
  }

  /**
   * Suspends, reactivates or closes a retailer. Closing is final and asks for a clean slate: nothing
   * owed either way, no stock left, and nobody open under it.
   */
  setStatus(input: SetRetailerStatusInput, actor: RetailerActor): RetailerView {
    return this.sqlite
      .transaction(() => {
        const row = this.require(input.code);
        const subject = `Cannot ${input.status === 'active' ? 'reactivate' : input.status === 'closed' ? 'close' : 'suspend'} ${row.name} (${row.code})`;
        if (row.status === input.status) return this.get(row.code) as RetailerView;
        if (row.status === 'closed') {
          throw new AppError('business_rule', `${subject}: it is closed, and closing is final.`, {
            reason: 'retailer_closed',
          });
        }
        if (input.status === 'closed') this.assertCanClose(row, subject);
        this.sqlite
          .prepare(
            `UPDATE retailers SET status = ?, status_reason = ?, status_changed_at = ?, status_changed_by = ?,
               updated_at = ? WHERE code = ?`,
          )
          .run(
            input.status,
            input.status === 'active' ? null : (input.reason ?? null),
            this.clock(),
            actor.displayName,
            this.clock(),
            row.code,
          );
        return this.get(row.code) as RetailerView;
      })
      .immediate();
  }

  private assertCanClose(row: RetailerRow, subject: string): void {
    const openChildren = this.sqlite
      .prepare("SELECT count(*) FROM retailers WHERE parent_code = ? AND status <> 'closed'")
      .pluck()
      .get(row.code) as number;
    if (openChildren > 0) {
      throw new AppError(
        'business_rule',
        `${subject}: ${openChildren} retailer(s) under it are still open.`,
        {
          reason: 'has_open_children',
        },
      );
    }
    const receivable = this.ledger.reader.account(row.receivable_account_id);
    if (
      receivable !== undefined &&
      (receivable.balances.balancePostedMinor !== 0 || receivable.balances.debitsPendingMinor !== 0)
    ) {
      throw new AppError(
        'business_rule',
        `${subject}: its receivable is not settled (${receivable.balances.balancePostedMinor} minor units); record payments or refunds first.`,
        { reason: 'receivable_open' },
      );
    }
    const stock = this.ledger.reader
      .accounts({ ownerKind: 'retailer', ownerId: row.operator_party_id })
      .filter((account) => account.type === 'retailer_stock');
    const held = stock.find(
      (account) => account.balances.balancePostedMinor !== 0 || account.balances.debitsPendingMinor !== 0,
    );
    if (held !== undefined) {
      throw new AppError(
        'business_rule',
        `${subject}: it still holds stock in ${held.code} (${held.balances.balancePostedMinor} minor units); reverse it first.`,
        { reason: 'stock_held' },
      );
    }
  }
}
