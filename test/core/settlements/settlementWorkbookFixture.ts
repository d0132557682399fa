import type {
  AdjustmentRow,
  CommissionRow,
  ReconciliationRow,
  SettlementWorkbookInput,
  StatementSummary,
  TransactionRow,
} from '../../../src/core/settlements/settlementWorkbookInput';

/**
 * Hand-made settlement periods for the workbook tests. Each reseller is written as its movements;
 * the statement figures are derived from them the way the settlement core derives them, so every
 * statement rolls forward and the expected totals are plain sums of what is written here.
 */

export interface MovementSpec {
  at: string;
  kind: TransactionRow['kind'];
  amountMinor: number;
  operatorReference?: string;
  msisdnMasked?: string;
  /** For an adjustment: the closed period it took effect in, and what it was. */
  origin?: { period: string; description: string };
}

export interface ResellerSpec {
  code: string;
  name: string;
  region: string | null;
  version: number;
  state: StatementSummary['state'];
  correctionReason: string | null;
  approvals: StatementSummary['approvals'];
  openingBalanceMinor: number;
  /** Whether its movements start with an "opening balance" row. */
  openingRow: boolean;
  movements: MovementSpec[];
  sales: { count: number; minor: number; reversalsMinor: number };
  commission: Array<Omit<CommissionRow, 'statementId' | 'resellerCode'>>;
}

export interface PeriodSpec {
  distributorName: string;
  period: SettlementWorkbookInput['period'];
  currency: SettlementWorkbookInput['currency'];
  generatedAt: string;
  resellers: ResellerSpec[];
  reconciliation: ReconciliationRow[];
}

const sumOf = (values: number[]) => values.reduce((sum, value) => sum + value, 0);

export function statementId(period: PeriodSpec, reseller: ResellerSpec): string {
  return `ST-${period.period.id}-${reseller.code}`;
}

export function statementOf(period: PeriodSpec, reseller: ResellerSpec): StatementSummary {
  const moved = (kind: TransactionRow['kind']) =>
    sumOf(reseller.movements.filter((m) => m.kind === kind).map((m) => m.amountMinor));
  const allocationsMinor = moved('allocation');
  const allocationReversalsMinor = -moved('allocation_reversal');
  const paymentsMinor = -moved('payment');
  const adjustmentsMinor = moved('adjustment');
  const closingBalanceMinor =
    reseller.openingBalanceMinor +
    allocationsMinor -
    allocationReversalsMinor -
    paymentsMinor +
    adjustmentsMinor;
  const commissionMinor = sumOf(reseller.commission.map((c) => c.commissionMinor + c.clawbackMinor));
  return {
    statementId: statementId(period, reseller),
    version: reseller.version,
    state: reseller.state,
    correctionReason: reseller.correctionReason,
    reseller: { code: reseller.code, name: reseller.name, region: reseller.region },
    approvals: reseller.approvals,
    openingBalanceMinor: reseller.openingBalanceMinor,
    allocationsMinor,
    allocationReversalsMinor,
    paymentsMinor,
    adjustmentsMinor,
    closingBalanceMinor,
    salesCount: reseller.sales.count,
    salesMinor: reseller.sales.minor,
    saleReversalsMinor: reseller.sales.reversalsMinor,
    commissionMinor,
    netMinor: closingBalanceMinor - commissionMinor,
  };
}

/** Every movement of the period in time order (resellers interleaved), as the core would list them. */
export function transactionsOf(period: PeriodSpec): TransactionRow[] {
  const rows: TransactionRow[] = [];
  for (const reseller of period.resellers) {
    const id = statementId(period, reseller);
    if (reseller.openingRow) {
      rows.push({
        statementId: id,
        resellerCode: reseller.code,
        at: period.period.startsAt,
        kind: 'opening_balance',
        ourReference: `${id}-opening`,
        operatorReference: null,
        msisdnMasked: null,
        amountMinor: reseller.openingBalanceMinor,
      });
    }
    for (const [index, movement] of reseller.movements.entries()) {
      rows.push({
        statementId: id,
        resellerCode: reseller.code,
        at: movement.at,
        kind: movement.kind,
        ourReference: `01JE${reseller.code.replace('-', '')}${String(index + 1).padStart(4, '0')}`,
        operatorReference: movement.operatorReference ?? null,
        msisdnMasked: movement.msisdnMasked ?? null,
        amountMinor: movement.amountMinor,
      });
    }
  }
  // Stable: equal instants keep their reseller order.
  return rows
    .map((row, index) => ({ row, index }))
    .sort((a, b) => Date.parse(a.row.at) - Date.parse(b.row.at) || a.index - b.index)
    .map(({ row }) => row);
}

export function adjustmentsOf(period: PeriodSpec): AdjustmentRow[] {
  return period.resellers.flatMap((reseller) =>
    reseller.movements
      .map((movement, index) => ({ movement, index }))
      .filter(({ movement }) => movement.kind === 'adjustment')
      .map(({ movement, index }) => ({
        statementId: statementId(period, reseller),
        resellerCode: reseller.code,
        originPeriod: movement.origin?.period ?? 'October 2026',
        entryId: `01JE${reseller.code.replace('-', '')}${String(index + 1).padStart(4, '0')}`,
        at: movement.at,
        description: movement.origin?.description ?? 'Late movement',
        amountMinor: movement.amountMinor,
      })),
  );
}

export function inputOf(period: PeriodSpec, only?: string): SettlementWorkbookInput {
  const resellers = period.resellers.filter((reseller) => only === undefined || reseller.code === only);
  const scoped = { ...period, resellers };
  const transactions = transactionsOf(scoped);
  return {
    distributorName: period.distributorName,
    period: period.period,
    currency: period.currency,
    generatedAt: period.generatedAt,
    statements: resellers.map((reseller) => statementOf(period, reseller)),
    transactions: () => transactions,
    transactionCount: transactions.length,
    adjustments: adjustmentsOf(scoped),
    commission: resellers.flatMap((reseller) =>
      reseller.commission.map((line) => ({
        ...line,
        statementId: statementId(period, reseller),
        resellerCode: reseller.code,
      })),
    ),
    reconciliation: only === undefined ? period.reconciliation : [],
  };
}

const approvalsOf = (steps: StatementSummary['approvals'][number]['step'][]): StatementSummary['approvals'] =>
  steps.map((step, index) => ({
    step,
    by: step === 'closed' ? 'awa.ndiaye' : step === 'approved' ? 'moussa.diop' : 'fatou.sall',
    at: `2026-12-0${index + 1}T10:15:00.000Z`,
    note: step === 'paid' ? 'Bank transfer BT-88213' : null,
  }));

/** November 2026 in Dakar, XOF (no decimals): three resellers, one correction, one day that differs. */
export const novemberXof: PeriodSpec = {
  distributorName: 'Sahel Airtime & Co',
  period: {
    id: '2026-11',
    label: 'November 2026',
    startsAt: '2026-11-01T00:00:00.000Z',
    endsAt: '2026-12-01T00:00:00.000Z',
    timeZone: 'Africa/Dakar',
  },
  currency: { code: 'XOF', scale: 0 },
  generatedAt: '2026-12-02T08:30:00.000Z',
  resellers: [
    {
      code: 'R-0001',
      name: 'Awa Boutique',
      region: 'Dakar',
      version: 1,
      state: 'approved',
      correctionReason: null,
      approvals: approvalsOf(['closed', 'approved']),
      openingBalanceMinor: 150_000,
      openingRow: true,
      movements: [
        {
          at: '2026-11-02T09:30:00.000Z',
          kind: 'allocation',
          amountMinor: 300_000,
          operatorReference: 'TX-1001',
        },
        { at: '2026-11-05T11:00:00.000Z', kind: 'payment', amountMinor: -250_000 },
        {
          at: '2026-11-09T16:45:00.000Z',
          kind: 'allocation',
          amountMinor: 200_000,
          operatorReference: 'TX-1002',
        },
        {
          at: '2026-11-10T08:00:00.000Z',
          kind: 'allocation_reversal',
          amountMinor: -50_000,
          operatorReference: 'TX-1003',
        },
        {
          at: '2026-11-12T12:00:00.000Z',
          kind: 'adjustment',
          amountMinor: -10_000,
          msisdnMasked: '•••••••1234',
          origin: { period: 'October 2026', description: 'Sale reversal after the close' },
        },
        { at: '2026-11-28T17:20:00.000Z', kind: 'payment', amountMinor: -150_000 },
      ],
      sales: { count: 120, minor: 505_000, reversalsMinor: 5_000 },
      commission: [
        {
          month: '2026-11',
          operatorId: 'OP-ORANGE',
          rule: 'Tiered (Orange)',
          slabFromMinor: 250_000,
          basisPoints: 250,
          salesMinor: 505_000,
          commissionMinor: 12_625,
          clawbackMinor: -125,
        },
      ],
    },
    {
      code: 'R-0002',
      name: 'Moussa Telecom',
      region: 'Thiès',
      version: 2,
      state: 'paid',
      correctionReason: 'A payment of 3 Nov was missing',
      approvals: approvalsOf(['closed', 'approved', 'paid']),
      openingBalanceMinor: 0,
      openingRow: false,
      movements: [
        {
          at: '2026-11-02T09:30:00.000Z',
          kind: 'allocation',
          amountMinor: 600_000,
          operatorReference: 'TX-2001',
        },
        { at: '2026-11-03T10:00:00.000Z', kind: 'payment', amountMinor: -1_000_000 },
        {
          at: '2026-11-15T10:00:00.000Z',
          kind: 'allocation',
          amountMinor: 400_000,
          operatorReference: 'TX-2002',
        },
        {
          at: '2026-11-20T14:00:00.000Z',
          kind: 'adjustment',
          amountMinor: 25_000,
          origin: { period: 'October 2026', description: 'Allocation posted after the close' },
        },
      ],
      sales: { count: 310, minor: 1_000_000, reversalsMinor: 0 },
      commission: [
        {
          month: '2026-11',
          operatorId: 'OP-ORANGE',
          rule: 'Flat 3%',
          slabFromMinor: null,
          basisPoints: 300,
          salesMinor: 1_000_000,
          commissionMinor: 30_000,
          clawbackMinor: 0,
        },
      ],
    },
    {
      code: 'R-0003',
      name: "Chez Fatou's Kiosk: Médina/Centre",
      region: null,
      version: 1,
      state: 'draft',
      correctionReason: null,
      approvals: approvalsOf(['closed']),
      openingBalanceMinor: 75_500,
      openingRow: true,
      movements: [{ at: '2026-11-30T23:30:00.000Z', kind: 'payment', amountMinor: -75_500 }],
      sales: { count: 0, minor: 0, reversalsMinor: 0 },
      commission: [],
    },
  ],
  reconciliation: [
    { day: '2026-11-02', operatorId: 'OP-ORANGE', ledgerMinor: 900_000, operatorMinor: 900_000 },
    { day: '2026-11-09', operatorId: 'OP-ORANGE', ledgerMinor: 200_000, operatorMinor: 190_000 },
    { day: '2026-11-10', operatorId: 'OP-ORANGE', ledgerMinor: -50_000, operatorMinor: -50_000 },
  ],
};

/**
 * November 2026 in Lagos (UTC+1), NGN with kobo: amounts whose decimal sums a float would blur
 * (0.10 + 0.20), and two resellers.
 */
export const novemberNgn: PeriodSpec = {
  distributorName: 'Lagos Credit Hub',
  period: {
    id: '2026-11',
    label: 'November 2026',
    startsAt: '2026-10-31T23:00:00.000Z',
    endsAt: '2026-11-30T23:00:00.000Z',
    timeZone: 'Africa/Lagos',
  },
  currency: { code: 'NGN', scale: 2 },
  generatedAt: '2026-12-01T07:00:00.000Z',
  resellers: [
    {
      code: 'NG-01',
      name: 'Ikeja Phones',
      region: 'Lagos',
      version: 1,
      state: 'approved',
      correctionReason: null,
      approvals: approvalsOf(['closed', 'approved']),
      openingBalanceMinor: 10,
      openingRow: true,
      movements: [
        {
          at: '2026-11-02T09:30:00.000Z',
          kind: 'allocation',
          amountMinor: 123_456,
          operatorReference: 'MT-1',
        },
        { at: '2026-11-02T23:30:00.000Z', kind: 'allocation', amountMinor: 20, operatorReference: 'MT-2' },
        { at: '2026-11-06T10:00:00.000Z', kind: 'payment', amountMinor: -100_001 },
        {
          at: '2026-11-07T10:00:00.000Z',
          kind: 'allocation_reversal',
          amountMinor: -3_333,
          operatorReference: 'MT-3',
        },
      ],
      sales: { count: 42, minor: 118_000, reversalsMinor: 110 },
      commission: [
        {
          month: '2026-11',
          operatorId: 'OP-MTN',
          rule: 'Tiered (MTN)',
          slabFromMinor: 100_000,
          basisPoints: 175,
          salesMinor: 118_000,
          commissionMinor: 2_065,
          clawbackMinor: -2,
        },
      ],
    },
    {
      code: 'NG-02',
      name: 'Surulere Top-ups',
      region: 'Lagos',
      version: 1,
      state: 'draft',
      correctionReason: null,
      approvals: approvalsOf(['closed']),
      openingBalanceMinor: 20,
      openingRow: false,
      movements: [
        {
          at: '2026-11-03T09:30:00.000Z',
          kind: 'allocation',
          amountMinor: 999_999,
          operatorReference: 'MT-4',
        },
        { at: '2026-11-20T09:30:00.000Z', kind: 'payment', amountMinor: -500_050 },
        {
          at: '2026-11-21T09:30:00.000Z',
          kind: 'adjustment',
          amountMinor: -1,
          origin: { period: 'October 2026', description: 'Rounding of a reversed sale' },
        },
      ],
      sales: { count: 7, minor: 999_999, reversalsMinor: 0 },
      commission: [
        {
          month: '2026-11',
          operatorId: 'OP-MTN',
          rule: 'Flat 1.25%',
          slabFromMinor: null,
          basisPoints: 125,
          salesMinor: 999_999,
          commissionMinor: 12_500,
          clawbackMinor: 0,
        },
      ],
    },
  ],
  reconciliation: [
    { day: '2026-11-02', operatorId: 'OP-MTN', ledgerMinor: 123_476, operatorMinor: 123_456 },
    { day: '2026-11-03', operatorId: 'OP-MTN', ledgerMinor: 999_999, operatorMinor: 999_999 },
  ],
};

/**
 * A period of `count` generated transactions for `resellers` resellers (for cancellation, progress
 * and the benchmark): allocations and payments that net to zero per reseller, yielded lazily.
 */
export function generatedInput(count: number, resellers = 50): SettlementWorkbookInput {
  const periodStartMs = Date.parse('2026-11-01T00:00:00.000Z');
  const stepMs = Math.max(1, Math.floor((30 * 86_400_000) / Math.max(1, count)));
  const perReseller = Array.from({ length: resellers }, () => ({ allocations: 0, payments: 0 }));
  for (let index = 0; index < count; index += 1) {
    const figures = perReseller[index % resellers] as { allocations: number; payments: number };
    if (Math.floor(index / resellers) % 2 === 0) figures.allocations += 1_000 + (index % 97);
    else figures.payments += 1_000 + ((index - resellers) % 97);
  }
  const code = (index: number) => `R-${String(index + 1).padStart(5, '0')}`;
  const statements: StatementSummary[] = perReseller.map((figures, index) => {
    const closing = figures.allocations - figures.payments;
    return {
      statementId: `ST-2026-11-${code(index)}`,
      version: 1,
      state: 'approved',
      correctionReason: null,
      reseller: { code: code(index), name: `Reseller ${index + 1}`, region: 'Dakar' },
      approvals: approvalsOf(['closed', 'approved']),
      openingBalanceMinor: 0,
      allocationsMinor: figures.allocations,
      allocationReversalsMinor: 0,
      paymentsMinor: figures.payments,
      adjustmentsMinor: 0,
      closingBalanceMinor: closing,
      salesCount: 0,
      salesMinor: 0,
      saleReversalsMinor: 0,
      commissionMinor: 0,
      netMinor: closing,
    };
  });
  function* transactions(): Generator<TransactionRow> {
    for (let index = 0; index < count; index += 1) {
      const reseller = index % resellers;
      const allocation = Math.floor(index / resellers) % 2 === 0;
      yield {
        statementId: `ST-2026-11-${code(reseller)}`,
        resellerCode: code(reseller),
        at: new Date(periodStartMs + index * stepMs).toISOString(),
        kind: allocation ? 'allocation' : 'payment',
        ourReference: `0193b1c2-7d3e-7f40-8a51-${String(index).padStart(12, '0')}`,
        operatorReference: allocation ? `TX-${index}` : null,
        msisdnMasked: allocation ? '•••••••4321' : null,
        amountMinor: allocation ? 1_000 + (index % 97) : -(1_000 + ((index - resellers) % 97)),
      };
    }
  }
  return {
    distributorName: 'Sahel Airtime',
    period: {
      id: '2026-11',
      label: 'November 2026',
      startsAt: '2026-11-01T00:00:00.000Z',
      endsAt: '2026-12-01T00:00:00.000Z',
      timeZone: 'Africa/Dakar',
    },
    currency: { code: 'XOF', scale: 0 },
    generatedAt: '2026-12-02T08:30:00.000Z',
    statements,
    transactions,
    transactionCount: count,
    adjustments: [],
    commission: [],
    reconciliation: [],
  };
}

/**
 * NGN (two decimals: 1,234,567.89 bought at 2.5% off, part on credit, part paid) with the operator
 * sheets, so every sheet of a period workbook is written.
 */
export const novemberNgnWithOperators: SettlementWorkbookInput = {
  ...inputOf(novemberNgn),
  operators: [
    {
      statementId: 'OS-2026-11-mtn',
      operatorId: 'mtn',
      operatorName: 'MTN Nigeria',
      purchasesCount: 2,
      faceValueMinor: 123_456_789,
      discountMinor: 3_086_419,
      paidUpFrontMinor: 20_370_370,
      onCreditMinor: 100_000_000,
      openingPayableMinor: 5_000_001,
      paymentsMinor: 60_000_000,
      otherPayableMinor: 0,
      closingPayableMinor: 45_000_001,
      overdueMinor: 5_000_001,
      notYetDueMinor: 40_000_000,
      ledgerPayableMinor: 45_000_001,
    },
  ],
  operatorLines: [
    {
      operatorId: 'mtn',
      kind: 'purchase',
      number: 'PO-2026-000007',
      entryId: 'E1',
      at: '2026-11-03T09:00:00.000Z',
      method: 'credit',
      reference: null,
      faceValueMinor: 102_564_103,
      discountMinor: 2_564_103,
      costMinor: 100_000_000,
      payableMinor: 100_000_000,
      carriedInFrom: null,
    },
    {
      operatorId: 'mtn',
      kind: 'payment',
      number: 'OP-2026-000002',
      entryId: 'E2',
      at: '2026-10-31T22:00:00.000Z',
      method: 'bank_transfer',
      reference: 'BT-1',
      faceValueMinor: 0,
      discountMinor: 0,
      costMinor: 0,
      payableMinor: -60_000_000,
      carriedInFrom: 'October 2026',
    },
  ],
};
