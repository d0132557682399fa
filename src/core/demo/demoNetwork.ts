import { uuidv7 } from 'uuidv7';
import type { AddRetailerInput } from '../../contract/retailerSchemas';
import { AppError } from '../appError';
import { currencyScale } from '../money/currencyScale';
import { connectEmbeddedSandbox } from '../operator/embeddedSandbox';
import type { OperatorConnection } from '../operator/operatorConnectionStore';
import { OperatorGateway } from '../operator/operatorGateway';
import { linkRetailerWallet } from '../operator/retailerWalletLink';
import { SeededRandom } from '../operatorSandbox/seededRandom';
import type { OperatorSandbox } from '../operatorSandbox/startOperatorSandbox';
import { TmfHttpError } from '../operatorSandbox/tmfHttpError';
import type { Workspace } from '../workspace/workspace';

/** How big a demo network is, and the seed that makes it the same every time. */
export interface DemoNetworkOptions {
  retailers: number;
  seed: number;
  /** Days of retail sales simulated before today. */
  historyDays: number;
  /** Demo operators inside the app: the first one and up to two more, each with its share of the wallets. */
  operators: number;
  /** Top-ups each retailer sells a day in the simulated history, at each operator it sells for. */
  salesPerRetailerPerDay: number;
}

export interface DemoNetworkSummary {
  subDistributors: number;
  retailers: number;
  purchases: number;
  allocations: number;
  payments: number;
  salesSimulated: number;
  operators: number;
}

/** Limits of a demo network, so a typo cannot ask for a million wallets. */
export const demoNetworkRetailersMax = 20_000;
const demoSyncCyclesMax = 3;
const dayMs = 24 * 3600 * 1000;
/** A simulated sale's face value on average (the sandbox's denominations weighted), with a margin, in major units. */
const saleMajorExpected = 900;
/** The history feed's name (the pull's cursor is moved back to the start of the simulated history). */
const historyFeed = 'balanceActionHistory';

const regions = [
  { code: 'DKR', name: 'Dakar' },
  { code: 'THS', name: 'Thiès' },
  { code: 'STL', name: 'Saint-Louis' },
  { code: 'KLK', name: 'Kaolack' },
  { code: 'ZIG', name: 'Ziguinchor' },
  { code: 'TBA', name: 'Touba' },
];
const shopWords = [
  'Boutique',
  'Cabine',
  'Kiosque',
  'Télécentre',
  'Alimentation',
  'Quincaillerie',
  'Point Transfert',
];
const ownerNames = [
  'Awa',
  'Moussa',
  'Fatou',
  'Ibrahima',
  'Aminata',
  'Cheikh',
  'Mariama',
  'Ousmane',
  'Khady',
  'Mamadou',
  'Ndèye',
  'Abdoulaye',
  'Coumba',
  'Babacar',
  'Astou',
  'Modou',
  'Bineta',
  'Serigne',
  'Rokhaya',
  'Pape',
];
const familyNames = [
  'Diop',
  'Ndiaye',
  'Fall',
  'Sow',
  'Diallo',
  'Faye',
  'Gueye',
  'Ba',
  'Sarr',
  'Cissé',
  'Mbaye',
  'Kane',
];

/** Whole units of the workspace currency in its minor units. */
function major(amount: number, scale: number): number {
  return amount * 10 ** scale;
}

/**
 * Grows the demo workspace into a living back office: operator terms, commission plans, six
 * regional sub-distributors with retailers under them (prepaid and postpaid), their wallets at the
 * demo operator, a purchase on credit, allocations, and payments. Everything goes through the same
 * rules as a clerk's work; the sync that follows confirms it at the operator.
 */
export async function growDemoNetwork(
  workspace: Workspace,
  connection: OperatorConnection,
  options: DemoNetworkOptions,
): Promise<DemoNetworkSummary> {
  if (!connection.embeddedSandbox) {
    throw new AppError(
      'business_rule',
      'Only the demo operator inside the app can be given a demo network.',
      {
        reason: 'not_demo_operator',
      },
    );
  }
  if ((workspace.retailers.lookups().retailer('SD-DKR') ?? null) !== null) {
    throw new AppError('business_rule', 'This workspace already has its demo network.', {
      reason: 'already_grown',
    });
  }
  const generator = new SeededRandom(options.seed);
  const random = () => generator.next();
  const pick = <T>(items: readonly T[]): T => generator.pick(items);
  const scale = currencyScale(workspace.baseCurrency());
  const actor = { displayName: 'Demo setup' };
  const sandbox = await workspace.embeddedSandbox();
  const floatMajorFloor = historyFloatMajor(options);
  const retailerFaceValueMajor =
    options.historyDays > 0 ? Math.max(700_000, Math.ceil(floatMajorFloor * 1.2)) : 150_000;

  workspace.operatorTerms.save(connection, {
    wholesaleDiscountBasisPoints: 350,
    paymentTerms: 'credit',
    creditLimitMinor: major(Math.max(500_000_000, 2 * options.retailers * retailerFaceValueMajor), scale),
    dueDays: 30,
    numbering: { countryCode: '221', subscriberDigits: 9, prefixes: ['70', '75', '76', '77', '78'] },
    catalogue: [
      {
        code: 'AIRTIME',
        name: 'Airtime',
        kind: 'airtime',
        denominationsMinor: [500, 1_000, 2_000, 5_000].map((a) => major(a, connection.scale)),
      },
      {
        code: 'DATA',
        name: 'Data bundles',
        kind: 'data',
        denominationsMinor: [1_000, 2_500, 5_000].map((a) => major(a, connection.scale)),
      },
      {
        code: 'SMS',
        name: 'SMS bundles',
        kind: 'sms',
        denominationsMinor: [100, 500].map((a) => major(a, connection.scale)),
      },
    ],
  });
  workspace.commissionPlans.save({
    code: 'FLAT-3',
    name: 'Flat 3%',
    rules: { defaultRate: { kind: 'flat', basisPoints: 300 }, overrides: [] },
  });
  workspace.commissionPlans.save({
    code: 'VOLUME',
    name: 'Volume slabs',
    rules: {
      defaultRate: {
        kind: 'tiered',
        slabs: [
          { fromMonthlyVolumeMinor: 0, basisPoints: 200 },
          { fromMonthlyVolumeMinor: major(2_000_000, scale), basisPoints: 300 },
          { fromMonthlyVolumeMinor: major(10_000_000, scale), basisPoints: 400 },
        ],
      },
      overrides: [],
    },
  });
  workspace.commissionPlans.save({
    code: 'DATA-PLUS',
    name: 'Data bundles plus',
    rules: {
      defaultRate: { kind: 'flat', basisPoints: 250 },
      overrides: [{ denominationMinor: major(5_000, scale), rate: { kind: 'flat', basisPoints: 450 } }],
    },
  });

  const retailerCount = Math.max(0, Math.min(options.retailers, demoNetworkRetailersMax) - regions.length);
  const onboard: Array<{ fields: AddRetailerInput; code: string }> = [];
  for (const [index, region] of regions.entries()) {
    onboard.push({
      code: `SD-${region.code}`,
      fields: {
        code: `SD-${region.code}`,
        name: `${region.name} Distribution`,
        level: 'sub_distributor',
        region: region.name,
        walletMsisdn: `22177990000${index + 1}`,
        terms: 'postpaid',
        creditLimitMinor: major(20_000_000, scale),
        commissionPlanCode: 'VOLUME',
      },
    });
  }
  for (let index = 0; index < retailerCount; index += 1) {
    const region = pick(regions);
    const postpaid = random() < 0.6;
    const code = `RS-${String(index + 1).padStart(6, '0')}`;
    onboard.push({
      code,
      fields: {
        code,
        name: `${pick(shopWords)} ${pick(ownerNames)} ${pick(familyNames)}`,
        level: 'retailer',
        parentCode: random() < 0.85 ? `SD-${region.code}` : null,
        region: region.name,
        contactName: `${pick(ownerNames)} ${pick(familyNames)}`,
        phone: `+2217${String(60_000_000 + index * 7).slice(0, 8)}`,
        walletMsisdn: `2217760${String(index + 1).padStart(5, '0')}`,
        terms: postpaid ? 'postpaid' : 'prepaid',
        creditLimitMinor: postpaid
          ? major(Math.max(100_000 * (1 + Math.floor(random() * 10)), floatMajorFloor * 2), scale)
          : 0,
        dailyAllocationLimitMinor: random() < 0.3 ? major(500_000, scale) : null,
        commissionPlanCode: pick(['FLAT-3', 'VOLUME', 'DATA-PLUS']),
      },
    });
  }
  workspace.retailers.addChecked(onboard, actor);

  // Wallets at the demo operator, linked to each retailer's stock account: as long ago as the
  // simulated history, so the sales in it are booked rather than held in an opening balance.
  const historyStartMs = workspace.clock() - options.historyDays * dayMs;
  const gateway = new OperatorGateway(connection);
  for (const { code, fields } of onboard) {
    const msisdn = fields.walletMsisdn as string;
    openDemoWallet(sandbox, { partyId: code, name: fields.name, msisdn });
    await linkRetailerWallet(workspace.sqlite, workspace.ledger, workspace.retailers, connection, gateway, {
      partyId: code,
      name: fields.name,
      msisdn,
      bucketId: `BKT-${code}`,
      ...(options.historyDays > 0 ? { linkedAtMs: historyStartMs } : {}),
    });
  }

  // Bulk credit on the operator's credit terms, confirmed before anything is allocated from it.
  const retailerCodes = onboard
    .filter((entry) => entry.fields.level === 'retailer')
    .map((entry) => entry.code);
  const faceValueMinor = major(
    Math.max(2_000_000, retailerCodes.length * retailerFaceValueMajor),
    connection.scale,
  );
  await buyAndConfirm(workspace, connection, faceValueMinor);

  // Prepaid retailers pay first; then every retailer gets a float within its terms.
  let payments = 0;
  let allocations = 0;
  for (const code of retailerCodes) {
    const retailer = workspace.retailers.row(code);
    if (retailer === undefined) continue;
    // Enough stock for the simulated weeks of sales (a retailer sells about 3 top-ups a day).
    const floatMajor =
      options.historyDays > 0
        ? Math.max(300_000 + 50_000 * Math.floor(random() * 6), floatMajorFloor)
        : 50_000 + 10_000 * Math.floor(random() * 8);
    // Within every limit the retailer has: its credit (postpaid) and its daily allocation limit.
    const floatMinor = Math.min(
      major(floatMajor, connection.scale),
      retailer.terms === 'postpaid' ? retailer.credit_limit_minor : Number.MAX_SAFE_INTEGER,
      retailer.daily_allocation_limit_minor ?? Number.MAX_SAFE_INTEGER,
    );
    if (retailer.terms === 'prepaid') {
      workspace.payments.record(
        {
          id: uuidv7(),
          retailerCode: code,
          method: pick(['cash', 'mobile_money', 'bank_transfer'] as const),
          amountMinor: floatMinor,
        },
        actor,
      );
      payments += 1;
    }
    queueOpeningFloat(workspace, connection, retailer.operator_party_id, floatMinor);
    allocations += 1;
  }
  // Only the network's retailers sell to end users in it (sub-distributors hold no float to sell from).
  let salesSimulated = await simulateHistory(
    workspace,
    sandbox,
    connection,
    new Set(retailerCodes),
    retailerCodes.length * options.salesPerRetailerPerDay,
    historyStartMs,
    options.historyDays,
  );
  const extraOperators = Math.max(0, Math.min(options.operators, demoOperators.length + 1) - 1);
  for (const operator of demoOperators.slice(0, extraOperators)) {
    const grown = await growOperator(workspace, operator, retailerCodes, historyStartMs, options, generator);
    allocations += grown.allocations;
    payments += grown.payments;
    salesSimulated += grown.salesSimulated;
  }
  return {
    subDistributors: regions.length,
    retailers: retailerCodes.length,
    purchases: 1 + extraOperators,
    allocations,
    payments,
    salesSimulated,
    operators: 1 + extraOperators,
  };
}

/**
 * What a retailer sells over the history at one operator, with a margin, rounded up to 10,000:
 * floats and credit limits cover it, so the simulated sales are made rather than refused for want of stock.
 */
function historyFloatMajor(options: DemoNetworkOptions): number {
  const salesMajor = options.salesPerRetailerPerDay * options.historyDays * saleMajorExpected;
  return Math.ceil((salesMajor * 1.1) / 10_000) * 10_000;
}

/** The other demo operators inside the app: their own terms and a share of the network's wallets. */
const demoOperators = [
  { id: 'sandbox-2', name: 'Second demo operator (sandbox)', prefix: '76', every: 2 },
  { id: 'sandbox-3', name: 'Third demo operator (sandbox)', prefix: '78', every: 3 },
] as const;

/**
 * Connects one more demo operator (prepaid terms, a better discount), links every `every`-th
 * retailer's wallet there as long ago as the history, buys bulk credit paid by bank transfer,
 * allocates floats and simulates its sales: a retailer may sell for several operators.
 */
async function growOperator(
  workspace: Workspace,
  operator: (typeof demoOperators)[number],
  retailerCodes: readonly string[],
  historyStartMs: number,
  options: DemoNetworkOptions,
  generator: SeededRandom,
): Promise<{ allocations: number; payments: number; salesSimulated: number }> {
  const { connection } = await connectEmbeddedSandbox(workspace, operator);
  const sandbox = await workspace.embeddedSandbox(operator.id);
  workspace.operatorTerms.save(connection, {
    wholesaleDiscountBasisPoints: 400,
    paymentTerms: 'prepaid',
    creditLimitMinor: 0,
    dueDays: 0,
    numbering: { countryCode: '221', subscriberDigits: 9, prefixes: [operator.prefix] },
    catalogue: [
      {
        code: 'AIRTIME',
        name: 'Airtime',
        kind: 'airtime',
        denominationsMinor: [500, 1_000, 5_000].map((a) => major(a, connection.scale)),
      },
    ],
  });
  const gateway = new OperatorGateway(connection);
  const sellers = retailerCodes.filter((_, index) => index % operator.every === 0);
  for (const [index, code] of sellers.entries()) {
    const retailer = workspace.retailers.row(code);
    if (retailer === undefined) continue;
    const msisdn = `221${operator.prefix}${String(index + 1).padStart(7, '0')}`;
    openDemoWallet(sandbox, { partyId: retailer.operator_party_id, name: retailer.name, msisdn });
    await linkRetailerWallet(workspace.sqlite, workspace.ledger, workspace.retailers, connection, gateway, {
      partyId: retailer.operator_party_id,
      name: retailer.name,
      msisdn,
      bucketId: `BKT-${code}`,
      ...(options.historyDays > 0 ? { linkedAtMs: historyStartMs } : {}),
    });
  }
  const floatMajor =
    options.historyDays > 0 ? Math.max(150_000, historyFloatMajor(options) + 40_000) : 30_000;
  await buyAndConfirm(
    workspace,
    connection,
    major(Math.max(1_000_000, sellers.length * floatMajor), connection.scale),
    'bank_transfer',
  );
  let allocations = 0;
  let payments = 0;
  for (const code of sellers) {
    const retailer = workspace.retailers.row(code);
    if (retailer === undefined) continue;
    // A daily allocation limit counts every operator: today's first float already used it.
    if (retailer.daily_allocation_limit_minor !== null) continue;
    const wantedMinor = major(floatMajor - 10_000 * Math.floor(generator.next() * 5), connection.scale);
    // Within its terms, as at the first operator: a prepaid retailer pays first, a postpaid one
    // takes what its credit limit still leaves after the first operator's float.
    let floatMinor = wantedMinor;
    if (retailer.terms === 'prepaid') {
      workspace.payments.record(
        { id: uuidv7(), retailerCode: code, method: 'mobile_money', amountMinor: floatMinor },
        { displayName: 'Demo setup' },
      );
      payments += 1;
    } else {
      const receivable = workspace.ledger.reader.account(retailer.receivable_account_id);
      const exposureMinor =
        (receivable?.balances.balancePostedMinor ?? 0) + (receivable?.balances.debitsPendingMinor ?? 0);
      floatMinor = Math.min(floatMinor, retailer.credit_limit_minor - exposureMinor);
    }
    if (floatMinor <= 0) continue;
    queueOpeningFloat(workspace, connection, retailer.operator_party_id, floatMinor);
    allocations += 1;
  }
  const salesSimulated = await simulateHistory(
    workspace,
    sandbox,
    connection,
    new Set(sellers.map((code) => workspace.retailers.row(code)?.operator_party_id ?? code)),
    sellers.length * options.salesPerRetailerPerDay,
    historyStartMs,
    options.historyDays,
  );
  return { allocations, payments, salesSimulated };
}

/** A retailer's empty wallet at a demo operator; the operator's refusal (a limit) is told as the demo's. */
function openDemoWallet(
  sandbox: OperatorSandbox,
  wallet: { partyId: string; name: string; msisdn: string },
): void {
  try {
    sandbox.addRetailer({ ...wallet, initialBalance: 0 });
  } catch (error) {
    if (!(error instanceof TmfHttpError)) throw error;
    throw new AppError(
      'business_rule',
      `The demo operator refused a wallet for ${wallet.partyId}: ${error.message}`,
      { reason: 'demo_operator_refused' },
    );
  }
}

/** An opening float for a retailer's wallet, through the outbox like any allocation. */
function queueOpeningFloat(
  workspace: Workspace,
  connection: OperatorConnection,
  partyId: string,
  amountMinor: number,
): void {
  workspace.outbox.enqueue({
    id: uuidv7(),
    operatorId: connection.id,
    kind: 'allocation',
    amountMinor,
    partyId,
    note: 'Opening float',
    requestedBy: 'demo',
  });
}

/** Buys bulk credit and runs sync until the operator confirms it (a scheduled cycle may not carry it). */
async function buyAndConfirm(
  workspace: Workspace,
  connection: OperatorConnection,
  faceValueMinor: number,
  paymentMethod?: 'bank_transfer',
): Promise<void> {
  const purchase = workspace.purchases.create(
    { id: uuidv7(), faceValueMinor, submit: true, ...(paymentMethod === undefined ? {} : { paymentMethod }) },
    connection,
    { userId: 'demo' },
  );
  for (let cycle = 0; cycle < demoSyncCyclesMax; cycle += 1) {
    await workspace.sync.start('manual', { operatorId: connection.id, settleWithinMs: 10_000 });
    if (workspace.purchases.require(purchase.id).status !== 'submitted') break;
  }
  if (workspace.purchases.require(purchase.id).status !== 'confirmed') {
    throw new AppError(
      'operator_unreachable',
      `${connection.name} did not confirm the demo purchase; try again.`,
    );
  }
}

/**
 * Once the floats reach the wallets, writes the operator's record of `historyDays` of retail sales
 * by `sellers` and moves the pull's cursor back to the start of it, so the next sync books them.
 */
async function simulateHistory(
  workspace: Workspace,
  sandbox: OperatorSandbox,
  connection: OperatorConnection,
  sellers: ReadonlySet<string>,
  salesPerDay: number,
  historyStartMs: number,
  historyDays: number,
): Promise<number> {
  if (historyDays <= 0) return 0;
  for (let cycle = 0; cycle < demoSyncCyclesMax && workspace.outbox.openCount() > 0; cycle += 1) {
    await workspace.sync.start('manual', { operatorId: connection.id, settleWithinMs: 10_000 });
  }
  let sales = 0;
  for (let day = 0; day < historyDays; day += 1) {
    const dayStartMs = historyStartMs + day * dayMs;
    sales += sandbox.generateTraffic(
      salesPerDay,
      dayStartMs,
      Math.min(dayStartMs + dayMs, workspace.clock()),
      sellers,
    ).sales;
  }
  workspace.sqlite
    .prepare(
      `INSERT INTO sync_feeds (operator_id, feed, cursor_at) VALUES (?, ?, ?)
       ON CONFLICT (operator_id, feed) DO UPDATE SET cursor_at = excluded.cursor_at`,
    )
    .run(connection.id, historyFeed, historyStartMs);
  return sales;
}
