import { join } from 'node:path';
import { uuidv7 } from 'uuidv7';
import type { Ledger } from '../../src/core/ledger/ledger';
import { Workspace } from '../../src/core/workspace/workspace';
import { workspaceEnvironment } from './testCore';

/** A clock the test moves by hand, so expiry and "as at" are exact. */
export class ManualClock {
  constructor(public nowMs: number = Date.parse('2026-11-02T08:00:00.000Z')) {}
  readonly now = (): Date => new Date(this.nowMs);
  advance(ms: number): number {
    this.nowMs += ms;
    return this.nowMs;
  }
}

/** The chart of a small distributor: one operator's airtime, XOF money, two retailers. */
export const accountIds = {
  wholesale: 'acc-wholesale-mtn',
  issuance: 'acc-issuance-mtn',
  retailerAwa: 'acc-stock-awa',
  retailerBoubacar: 'acc-stock-boubacar',
  receivableAwa: 'acc-receivable-awa',
  bank: 'acc-bank',
  operatorPayable: 'acc-payable-mtn',
  sales: 'acc-direct-sales',
} as const;

export const airtime = 'AIRTIME-MTN-CI';
export const money = 'XOF';

export function createChart(ledger: Ledger, options: { receivableLimitMinor?: number } = {}): void {
  ledger.accounts.createAsset({
    code: airtime,
    kind: 'airtime',
    currency: 'XOF',
    scale: 0,
    name: 'MTN Côte d’Ivoire airtime',
    operatorId: 'mtn-ci',
  });
  ledger.accounts.createAsset({
    code: money,
    kind: 'money',
    currency: 'XOF',
    scale: 0,
    name: 'West African CFA franc',
  });
  const account = (
    id: string,
    code: string,
    name: string,
    assetCode: string,
    type: Parameters<Ledger['accounts']['createAccount']>[0]['type'],
    owner: ['distributor' | 'operator' | 'retailer', string],
    rules: {
      debitsMustNotExceedCredits?: boolean;
      creditsMustNotExceedDebits?: boolean;
      balanceUpperBoundMinor?: number;
    } = {},
  ) =>
    ledger.accounts.createAccount({
      id,
      code,
      name,
      assetCode,
      type,
      ownerKind: owner[0],
      ownerId: owner[1],
      ...rules,
    });
  account(
    accountIds.wholesale,
    'WHOLESALE-MTN',
    'Wholesale stock at MTN',
    airtime,
    'wholesale_stock',
    ['distributor', 'self'],
    { creditsMustNotExceedDebits: true },
  );
  account(accountIds.issuance, 'ISSUANCE-MTN', 'MTN airtime issuance', airtime, 'operator_issuance', [
    'operator',
    'mtn-ci',
  ]);
  account(
    accountIds.retailerAwa,
    'STOCK-R001',
    'Awa Boutique stock',
    airtime,
    'retailer_stock',
    ['retailer', 'R-001'],
    { creditsMustNotExceedDebits: true },
  );
  account(
    accountIds.retailerBoubacar,
    'STOCK-R002',
    'Boubacar Telecom stock',
    airtime,
    'retailer_stock',
    ['retailer', 'R-002'],
    { creditsMustNotExceedDebits: true },
  );
  account(
    accountIds.receivableAwa,
    'AR-R001',
    'Awa Boutique receivable',
    money,
    'retailer_receivable',
    ['retailer', 'R-001'],
    {
      balanceUpperBoundMinor: options.receivableLimitMinor ?? 500_000,
    },
  );
  account(accountIds.bank, 'BANK-ECOBANK', 'Ecobank current account', money, 'bank', ['distributor', 'self']);
  account(accountIds.operatorPayable, 'AP-MTN', 'Payable to MTN', money, 'operator_payable', [
    'operator',
    'mtn-ci',
  ]);
  account(accountIds.sales, 'SALES-DIRECT', 'Direct sales', money, 'direct_sales', ['distributor', 'self']);
}

/** Buys `amount` of airtime into wholesale stock (posted at once). */
export function purchase(ledger: Ledger, amountMinor: number, id: string = uuidv7()) {
  return ledger.writer.record({
    id,
    kind: 'posting',
    code: 'purchase',
    transfers: [
      {
        debitAccountId: accountIds.wholesale,
        creditAccountId: accountIds.issuance,
        amountMinor,
        code: 'purchase_credit',
        reference: { kind: 'purchase', id: `PO-${id.slice(-6)}` },
      },
    ],
  });
}

/** Allocates wholesale stock to a retailer (posted at once). */
export function allocate(
  ledger: Ledger,
  retailerAccountId: string,
  amountMinor: number,
  id: string = uuidv7(),
) {
  return ledger.writer.record({
    id,
    kind: 'posting',
    code: 'allocation',
    transfers: [
      {
        debitAccountId: retailerAccountId,
        creditAccountId: accountIds.wholesale,
        amountMinor,
        code: 'allocation',
      },
    ],
  });
}

/** Reserves an allocation to a retailer: a pending entry the operator has yet to confirm. */
export function reserveAllocation(
  ledger: Ledger,
  retailerAccountId: string,
  amountMinor: number,
  timeoutMs: number,
  id: string = uuidv7(),
) {
  return ledger.writer.record({
    id,
    kind: 'pending',
    code: 'allocation',
    timeoutMs,
    transfers: [
      {
        debitAccountId: retailerAccountId,
        creditAccountId: accountIds.wholesale,
        amountMinor,
        code: 'allocation',
      },
    ],
  });
}

/**
 * A workspace with a little history, for screens and end-to-end tests: purchases, allocations to
 * two retailers, a pending allocation, a reversal and a postpaid receivable.
 */
export async function seedDemoLedger(dataDir: string, clock = new ManualClock()): Promise<void> {
  const workspace = await Workspace.create(
    { ...workspaceEnvironment(), now: clock.now },
    { dataDir: join(dataDir), distributorName: 'Sahel Airtime Distribution', baseCurrency: 'XOF' },
  );
  const { ledger } = workspace;
  createChart(ledger);
  purchase(ledger, 10_000_000, '01900000-0000-7000-8000-000000000001');
  clock.advance(3_600_000);
  allocate(ledger, accountIds.retailerAwa, 2_500_000, '01900000-0000-7000-8000-000000000002');
  clock.advance(3_600_000);
  allocate(ledger, accountIds.retailerBoubacar, 1_000_000, '01900000-0000-7000-8000-000000000003');
  clock.advance(3_600_000);
  const mistaken = allocate(
    ledger,
    accountIds.retailerBoubacar,
    150_000,
    '01900000-0000-7000-8000-000000000004',
  );
  clock.advance(600_000);
  ledger.writer.record({
    id: '01900000-0000-7000-8000-000000000005',
    kind: 'reversal',
    reversesEntryId: mistaken.id,
    description: 'Allocated to the wrong retailer',
  });
  clock.advance(3_600_000);
  ledger.writer.record({
    id: '01900000-0000-7000-8000-000000000006',
    kind: 'pending',
    code: 'allocation',
    timeoutMs: 24 * 3_600_000,
    transfers: [
      {
        debitAccountId: accountIds.retailerAwa,
        creditAccountId: accountIds.wholesale,
        amountMinor: 400_000,
        code: 'allocation',
        operatorReference: 'TB-77812',
      },
    ],
  });
  ledger.writer.record({
    id: '01900000-0000-7000-8000-000000000007',
    kind: 'posting',
    code: 'allocation_postpaid',
    transfers: [
      {
        debitAccountId: accountIds.receivableAwa,
        creditAccountId: accountIds.sales,
        amountMinor: 250_000,
        code: 'receivable',
        reference: { kind: 'allocation', id: 'AL-1007' },
      },
    ],
  });
  for (let day = 0; day < 30; day += 1) {
    clock.advance(24 * 3_600_000);
    allocate(
      ledger,
      day % 2 === 0 ? accountIds.retailerAwa : accountIds.retailerBoubacar,
      10_000 + day * 1_000,
    );
  }
  workspace.close();
}

/** A fresh encrypted workspace with the small chart, and the clock it runs on. */
export async function openChartedWorkspace(folder: string, options: { receivableLimitMinor?: number } = {}) {
  const clock = new ManualClock();
  const workspace = await Workspace.create(
    { ...workspaceEnvironment(), now: clock.now },
    { dataDir: join(folder, 'ws'), distributorName: 'Sahel Airtime Distribution', baseCurrency: 'XOF' },
  );
  createChart(workspace.ledger, options);
  return { workspace, ledger: workspace.ledger, clock };
}
