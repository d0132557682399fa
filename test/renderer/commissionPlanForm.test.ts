import { describe, expect, it } from 'vitest';
import { planInputOf, planValuesOf } from '../../src/renderer/src/settings/commissionPlanForm';
import { commissionRateSummary } from '../../src/renderer/src/settings/commissionRateSummary';

describe('commission plans as the clerk types and reads them', () => {
  it('summarises a flat rate and volume slabs in major units', () => {
    expect(commissionRateSummary({ kind: 'flat', basisPoints: 300 }, 0)).toBe('Flat 3%');
    expect(
      commissionRateSummary(
        {
          kind: 'tiered',
          slabs: [
            { fromMonthlyVolumeMinor: 0, basisPoints: 200 },
            { fromMonthlyVolumeMinor: 2_000_000, basisPoints: 300 },
            { fromMonthlyVolumeMinor: 10_000_000, basisPoints: 400 },
          ],
        },
        0,
      ),
    ).toBe('2% → 3% from 2,000,000 → 4% from 10,000,000');
    expect(
      commissionRateSummary(
        {
          kind: 'tiered',
          slabs: [
            { fromMonthlyVolumeMinor: 0, basisPoints: 250 },
            { fromMonthlyVolumeMinor: 150_050, basisPoints: 275 },
          ],
        },
        2,
      ),
    ).toBe('2.5% → 2.75% from 1,500.5');
  });

  it('reads 2.5% and 1,500,000 exactly into basis points and minor units, slabs from 0 and increasing', () => {
    const values = planValuesOf(null, 2);
    values.code = 'vol-2';
    values.name = 'Volume two';
    values.defaultRate = {
      kind: 'tiered',
      percent: '',
      slabs: [
        { key: 'a', from: '0', percent: '2.5' },
        { key: 'b', from: '1,500,000.10', percent: '3.05' },
      ],
    };
    const { input, errors } = planInputOf(values, 2);
    expect(errors).toEqual({});
    expect(input).toEqual({
      code: 'VOL-2',
      name: 'Volume two',
      rules: {
        defaultRate: {
          kind: 'tiered',
          slabs: [
            { fromMonthlyVolumeMinor: 0, basisPoints: 250 },
            { fromMonthlyVolumeMinor: 150_000_010, basisPoints: 305 },
          ],
        },
        overrides: [],
      },
    });
  });

  it('names each problem on its field: a slab not above the previous, a rate with three decimals, an override naming nothing', () => {
    const values = planValuesOf(null, 0);
    values.code = 'BAD';
    values.name = 'Bad plan';
    values.defaultRate = {
      kind: 'tiered',
      percent: '',
      slabs: [
        { key: 'a', from: '0', percent: '2' },
        { key: 'b', from: '0', percent: '2.125' },
      ],
    };
    values.overrides = [
      { key: 'o', operatorId: null, denomination: '', rate: { kind: 'flat', percent: '4', slabs: [] } },
    ];
    const { errors } = planInputOf(values, 0);
    expect(errors['defaultRate.slabs.1.from']).toBe('must be above the previous slab');
    expect(errors['defaultRate.slabs.1.percent']).toMatch(/at most 2 decimals/);
    expect(errors['overrides.0.denomination']).toMatch(/denomination, an operator or both/);
  });

  it('opens an existing plan with its rates as typed', () => {
    const values = planValuesOf(
      {
        code: 'DATA-PLUS',
        name: 'Data bundles plus',
        rules: {
          defaultRate: { kind: 'flat', basisPoints: 250 },
          overrides: [{ denominationMinor: 5_000, rate: { kind: 'flat', basisPoints: 450 } }],
        },
        retailerCount: 3,
        updatedAt: '2026-01-01T00:00:00.000Z',
      },
      0,
    );
    expect(values.defaultRate.percent).toBe('2.5');
    expect(values.overrides[0]?.denomination).toBe('5000');
    expect(values.overrides[0]?.rate.percent).toBe('4.5');
  });
});
