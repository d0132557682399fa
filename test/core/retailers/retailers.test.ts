import { describe, expect, it } from 'vitest';
import { coreWorkspaces } from '../../support/coreWorkspaces';
import { auditor } from '../../support/testCore';

/** A core with a fresh XOF workspace, and a `call` that fails the test on a refusal. */
const retailerWorkspace = coreWorkspaces();

describe('onboarding retailers', () => {
  it('gives a retailer a generated code, a receivable in the workspace currency bounded by its terms', async () => {
    const { call } = await retailerWorkspace();
    const awa = await call('retailers.add', {
      name: 'Awa Boutique',
      phone: '+225 07 00 00 01',
      walletMsisdn: '2250700000001',
      region: 'Abidjan',
      terms: 'postpaid',
      creditLimitMinor: 500_000,
    });
    expect(awa).toMatchObject({
      code: 'RS-000001',
      level: 'retailer',
      parentCode: null,
      status: 'active',
      terms: 'postpaid',
      creditLimitMinor: 500_000,
      phone: '+22507000001',
      operatorPartyId: 'RS-000001',
      createdBy: 'Ada Admin',
    });
    const second = await call('retailers.add', { name: 'Boubacar Télécom' });
    expect(second.code).toBe('RS-000002');

    const detail = await call('retailers.get', { code: 'rs-000001' });
    expect(detail.receivable).toEqual({
      accountId: 'retailer:RS-000001:receivable',
      assetCode: 'MONEY-XOF',
      balancePostedMinor: 0,
      exposureMinor: 0,
      availableCreditMinor: 500_000,
    });
    const [receivable] = await call('ledger.accounts', { ownerKind: 'retailer', ownerId: 'RS-000001' });
    expect(receivable).toMatchObject({ type: 'retailer_receivable', balanceUpperBoundMinor: 500_000 });
    const prepaid = await call('retailers.get', { code: 'RS-000002' });
    expect(prepaid.receivable.availableCreditMinor).toBeNull();
  });

  it('refuses a taken code, a taken wallet MSISDN, an unknown parent and a retailer as a parent, naming the field', async () => {
    const { call, refusal } = await retailerWorkspace();
    await call('retailers.add', {
      code: 'SD-ABJ',
      name: 'Abidjan Sub-distribution',
      level: 'sub_distributor',
    });
    await call('retailers.add', {
      code: 'AWA',
      name: 'Awa Boutique',
      parentCode: 'SD-ABJ',
      walletMsisdn: '2250700000001',
    });

    const taken = await refusal('retailers.add', { code: 'awa', name: 'Another Awa' });
    expect(taken).toMatchObject({ code: 'business_rule', reason: 'code_taken' });
    expect(taken.message).toBe(
      'Cannot onboard Another Awa: code AWA is already a reseller code (codes are never reused, even after closing).',
    );
    const msisdn = await refusal('retailers.add', { name: 'Copy Shop', walletMsisdn: '2250700000001' });
    expect(msisdn).toMatchObject({ reason: 'msisdn_taken', issues: [{ path: 'walletMsisdn' }] });
    const unknownParent = await refusal('retailers.add', { name: 'Orphan', parentCode: 'SD-NOPE' });
    expect(unknownParent).toMatchObject({ code: 'bad_input', reason: 'unknown_parent' });
    const retailerParent = await refusal('retailers.add', { name: 'Under Awa', parentCode: 'AWA' });
    expect(retailerParent).toMatchObject({ reason: 'parent_not_sub_distributor' });
    const badInput = await refusal('retailers.add', { name: 'X', terms: 'prepaid', creditLimitMinor: 10 });
    expect(badInput.code).toBe('bad_input');
    expect(badInput.issues?.map((issue) => issue.path)).toEqual(['name', 'creditLimitMinor']);
    const noLimit = await refusal('retailers.add', { name: 'Postpaid Without Limit', terms: 'postpaid' });
    expect(noLimit).toMatchObject({ reason: 'credit_limit_missing' });

    const page = await call('retailers.list', {});
    expect(page.total).toBe(2);
  });
});

describe('the hierarchy', () => {
  it('moves a whole branch with its sub-distributor and refuses a move under its own branch', async () => {
    const { call, refusal } = await retailerWorkspace();
    await call('retailers.add', { code: 'SD-NORTH', name: 'North', level: 'sub_distributor' });
    await call('retailers.add', { code: 'SD-SOUTH', name: 'South', level: 'sub_distributor' });
    await call('retailers.add', {
      code: 'SD-BKE',
      name: 'Bouaké',
      level: 'sub_distributor',
      parentCode: 'SD-NORTH',
    });
    await call('retailers.add', { code: 'SHOP-1', name: 'Shop one', parentCode: 'SD-BKE' });
    await call('retailers.add', { code: 'SHOP-2', name: 'Shop two', parentCode: 'SD-SOUTH' });

    const north = await call('retailers.list', { branchOf: 'SD-NORTH', sort: 'code' });
    expect(north.rows.map((row) => row.code)).toEqual(['SD-BKE', 'SHOP-1']);
    expect(north.rows[1]?.ancestry).toEqual(['SD-NORTH', 'SD-BKE']);

    const cycle = await refusal('retailers.update', { code: 'SD-NORTH', parentCode: 'SD-BKE' });
    expect(cycle).toMatchObject({ reason: 'hierarchy_cycle' });
    const demote = await refusal('retailers.update', { code: 'SD-BKE', level: 'retailer' });
    expect(demote).toMatchObject({ reason: 'has_children' });

    await call('retailers.update', { code: 'SD-BKE', parentCode: 'SD-SOUTH' });
    const south = await call('retailers.list', { branchOf: 'SD-SOUTH', sort: 'code' });
    expect(south.rows.map((row) => row.code)).toEqual(['SD-BKE', 'SHOP-1', 'SHOP-2']);
    expect(south.rows.find((row) => row.code === 'SHOP-1')?.ancestry).toEqual(['SD-SOUTH', 'SD-BKE']);
    expect((await call('retailers.list', { branchOf: 'SD-NORTH' })).total).toBe(0);
    const detail = await call('retailers.get', { code: 'SD-SOUTH' });
    expect(detail.children).toEqual({ subDistributors: 1, retailers: 2 });
  });
});

describe('statuses and terms', () => {
  it('suspends with a reason, reactivates, and closes for good; a closed code is never reused', async () => {
    const { call, refusal } = await retailerWorkspace();
    await call('retailers.add', { code: 'AWA', name: 'Awa Boutique' });
    const noReason = await refusal('retailers.setStatus', { code: 'AWA', status: 'suspended' });
    expect(noReason).toMatchObject({ code: 'bad_input', issues: [{ path: 'reason' }] });
    const suspended = await call('retailers.setStatus', {
      code: 'AWA',
      status: 'suspended',
      reason: 'Unpaid invoices',
    });
    expect(suspended).toMatchObject({
      status: 'suspended',
      statusReason: 'Unpaid invoices',
      statusChangedBy: 'Ada Admin',
    });
    const active = await call('retailers.setStatus', { code: 'AWA', status: 'active' });
    expect(active).toMatchObject({ status: 'active', statusReason: null });
    await call('retailers.setStatus', { code: 'AWA', status: 'closed', reason: 'Shop closed down' });
    const reopen = await refusal('retailers.setStatus', { code: 'AWA', status: 'active' });
    expect(reopen).toMatchObject({ reason: 'retailer_closed' });
    const edit = await refusal('retailers.update', { code: 'AWA', name: 'Awa Again' });
    expect(edit).toMatchObject({ reason: 'retailer_closed' });
    const reuse = await refusal('retailers.add', { code: 'AWA', name: 'New Awa' });
    expect(reuse).toMatchObject({ reason: 'code_taken' });
  });

  it('refuses to close a sub-distributor with open retailers under it', async () => {
    const { call, refusal } = await retailerWorkspace();
    await call('retailers.add', { code: 'SD-1', name: 'Sub one', level: 'sub_distributor' });
    await call('retailers.add', { code: 'SHOP', name: 'Shop', parentCode: 'SD-1' });
    const refused = await refusal('retailers.setStatus', {
      code: 'SD-1',
      status: 'closed',
      reason: 'Merged',
    });
    expect(refused).toMatchObject({ reason: 'has_open_children' });
    await call('retailers.setStatus', { code: 'SHOP', status: 'closed', reason: 'Merged' });
    expect(
      (await call('retailers.setStatus', { code: 'SD-1', status: 'closed', reason: 'Merged' })).status,
    ).toBe('closed');
  });

  it('moves the receivable bound with the terms: prepaid owes nothing, postpaid up to its limit', async () => {
    const { call } = await retailerWorkspace();
    await call('retailers.add', { code: 'AWA', name: 'Awa Boutique' });
    const bound = async () =>
      (await call('ledger.accounts', { ownerKind: 'retailer', ownerId: 'AWA' }))[0]?.balanceUpperBoundMinor;
    expect(await bound()).toBe(0);
    await call('retailers.update', { code: 'AWA', terms: 'postpaid', creditLimitMinor: 250_000 });
    expect(await bound()).toBe(250_000);
    const back = await call('retailers.update', { code: 'AWA', terms: 'prepaid' });
    expect(back).toMatchObject({ terms: 'prepaid', creditLimitMinor: 0 });
    expect(await bound()).toBe(0);
  });
});

describe('the retailer list', () => {
  it('searches code, name (accents ignored), MSISDN; filters by status and region; pages with a stable order', async () => {
    const { call } = await retailerWorkspace();
    const names = ['Élodie Cellulaire', 'Awa Boutique', 'Zénith Phones', 'Awa Deux', 'Bintou Crédit'];
    for (const [index, name] of names.entries()) {
      await call('retailers.add', {
        name,
        region: index % 2 === 0 ? 'Abidjan' : 'Bouaké',
        walletMsisdn: `22507000000${index + 10}`,
      });
    }
    await call('retailers.setStatus', { code: 'RS-000003', status: 'suspended', reason: 'Audit' });

    expect((await call('retailers.list', { search: 'elodie' })).rows.map((row) => row.name)).toEqual([
      'Élodie Cellulaire',
    ]);
    expect((await call('retailers.list', { search: 'awa' })).total).toBe(2);
    expect((await call('retailers.list', { search: '2250700000012' })).rows[0]?.name).toBe('Zénith Phones');
    expect((await call('retailers.list', { search: 'rs-000005' })).rows[0]?.name).toBe('Bintou Crédit');
    expect((await call('retailers.list', { statuses: ['suspended'] })).rows.map((row) => row.code)).toEqual([
      'RS-000003',
    ]);
    expect((await call('retailers.list', { region: 'Bouaké' })).total).toBe(2);
    expect(await call('retailers.regions', {})).toEqual(['Abidjan', 'Bouaké']);

    const byName = await call('retailers.list', { sort: 'name', limit: 2 });
    expect(byName.total).toBe(5);
    expect(byName.rows.map((row) => row.name)).toEqual(['Awa Boutique', 'Awa Deux']);
    const next = await call('retailers.list', { sort: 'name', limit: 2, offset: 2 });
    expect(next.rows.map((row) => row.name)).toEqual(['Bintou Crédit', 'Élodie Cellulaire']);
    const descending = await call('retailers.list', { sort: 'name', direction: 'desc', limit: 1 });
    expect(descending.rows[0]?.name).toBe('Zénith Phones');

    // Words match from their start, in any order, and follow a change of name.
    expect((await call('retailers.list', { search: 'bout awa' })).rows.map((row) => row.name)).toEqual([
      'Awa Boutique',
    ]);
    await call('retailers.update', { code: 'RS-000002', name: 'Awa Télécom Plateau' });
    expect((await call('retailers.list', { search: 'awa boutique' })).total).toBe(0);
    expect((await call('retailers.list', { search: 'telecom' })).rows.map((row) => row.code)).toEqual([
      'RS-000002',
    ]);
    expect((await call('retailers.list', { search: '"; DROP' })).total).toBe(0);
  });

  it('is readable by an auditor, who cannot onboard', async () => {
    const { core, call } = await retailerWorkspace();
    await call('retailers.add', { name: 'Awa Boutique' });
    const list = await core.call('retailers.list', {}, auditor);
    expect(list.ok && (list.value as { total: number }).total).toBe(1);
    const add = await core.call('retailers.add', { name: 'Not allowed' }, auditor);
    expect(add.ok ? null : add.error.code).toBe('permission_denied');
    expect((await call('retailers.list', {})).total).toBe(1);
  });
});

describe('commission plans', () => {
  it('saves flat and tiered plans in basis points and refuses slabs out of order', async () => {
    const { call, refusal } = await retailerWorkspace();
    await call('commissionPlans.save', {
      code: 'flat-3',
      name: 'Flat 3%',
      rules: { defaultRate: { kind: 'flat', basisPoints: 300 } },
    });
    const tiered = await call('commissionPlans.save', {
      code: 'TIERED',
      name: 'Volume slabs',
      rules: {
        defaultRate: {
          kind: 'tiered',
          slabs: [
            { fromMonthlyVolumeMinor: 0, basisPoints: 200 },
            { fromMonthlyVolumeMinor: 1_000_000, basisPoints: 300 },
          ],
        },
        overrides: [
          { operatorId: 'mtn-ci', denominationMinor: 5_000, rate: { kind: 'flat', basisPoints: 450 } },
        ],
      },
    });
    expect(tiered.rules.overrides).toHaveLength(1);
    const disordered = await refusal('commissionPlans.save', {
      code: 'BAD',
      name: 'Bad slabs',
      rules: {
        defaultRate: {
          kind: 'tiered',
          slabs: [
            { fromMonthlyVolumeMinor: 0, basisPoints: 200 },
            { fromMonthlyVolumeMinor: 0, basisPoints: 300 },
          ],
        },
      },
    });
    expect(disordered.code).toBe('bad_input');
    expect(disordered.message).toMatch(/must be above the previous slab/);

    await call('retailers.add', { code: 'AWA', name: 'Awa Boutique', commissionPlanCode: 'FLAT-3' });
    const unknown = await refusal('retailers.add', { name: 'Plan-less', commissionPlanCode: 'NOPE' });
    expect(unknown).toMatchObject({ reason: 'unknown_plan' });
    const plans = await call('commissionPlans.list', {});
    expect(plans.map((plan) => [plan.code, plan.retailerCount])).toEqual([
      ['FLAT-3', 1],
      ['TIERED', 0],
    ]);
  });
});
