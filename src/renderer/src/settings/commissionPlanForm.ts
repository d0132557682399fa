import type { FormErrors } from '@mantine/form';
import type {
  CommissionPlanView,
  CommissionRate,
  SaveCommissionPlanInput,
} from '../../../contract/retailerSchemas';
import { minorToDecimalString } from '../format/formatMinor';
import { parseMajorAmount } from '../format/parseMajorAmount';
import { basisPointsToPercentText, parsePercentBasisPoints } from '../format/parsePercentBasisPoints';
import { i18n } from '../i18n/i18n';
import type { settings } from '../i18n/locales/en/settings';

type PlanErrorKey = keyof typeof settings.commissionPlan.errors;

/** A rate as the clerk types it: a percentage ("2.5"), or slabs of monthly volume (major units) and percentage. */
export interface RateValues {
  kind: 'flat' | 'tiered';
  percent: string;
  slabs: Array<{ key: string; from: string; percent: string }>;
}

export interface OverrideValues {
  key: string;
  operatorId: string | null;
  /** Face value of the top-up in major units; empty: every denomination. */
  denomination: string;
  rate: RateValues;
}

export interface PlanValues {
  code: string;
  name: string;
  defaultRate: RateValues;
  overrides: OverrideValues[];
}

let keyCounter = 0;
/** A stable key for a row the clerk adds or removes. */
export function rowKey(): string {
  keyCounter += 1;
  return `row-${keyCounter}`;
}

export function emptySlab(): RateValues['slabs'][number] {
  return { key: rowKey(), from: '', percent: '' };
}

function rateValuesOf(rate: CommissionRate | undefined, scale: number): RateValues {
  if (rate === undefined) return { kind: 'flat', percent: '', slabs: [{ ...emptySlab(), from: '0' }] };
  if (rate.kind === 'flat') {
    return {
      kind: 'flat',
      percent: basisPointsToPercentText(rate.basisPoints),
      slabs: [{ ...emptySlab(), from: '0' }],
    };
  }
  return {
    kind: 'tiered',
    percent: '',
    slabs: rate.slabs.map((slab) => ({
      key: rowKey(),
      from: minorToDecimalString(slab.fromMonthlyVolumeMinor, scale),
      percent: basisPointsToPercentText(slab.basisPoints),
    })),
  };
}

export function emptyOverride(scale: number): OverrideValues {
  return { key: rowKey(), operatorId: null, denomination: '', rate: rateValuesOf(undefined, scale) };
}

export function planValuesOf(plan: CommissionPlanView | null, scale: number): PlanValues {
  return {
    code: plan?.code ?? '',
    name: plan?.name ?? '',
    defaultRate: rateValuesOf(plan?.rules.defaultRate, scale),
    overrides: (plan?.rules.overrides ?? []).map((override) => ({
      key: rowKey(),
      operatorId: override.operatorId ?? null,
      denomination:
        override.denominationMinor === undefined
          ? ''
          : minorToDecimalString(override.denominationMinor, scale),
      rate: rateValuesOf(override.rate, scale),
    })),
  };
}

/**
 * The form as the contract takes it, amounts and percentages read exactly (text to integers, no
 * float), with every problem named by its form path.
 */
export function planInputOf(
  values: PlanValues,
  scale: number,
): { input: SaveCommissionPlanInput; errors: FormErrors } {
  const errors: FormErrors = {};
  // The form's own checks, in the current language.
  const issue = (key: PlanErrorKey) => i18n.t(`settings:commissionPlan.errors.${key}`);
  const percent = (path: string, text: string): number => {
    const parsed = parsePercentBasisPoints(text);
    if (!parsed.ok) {
      errors[path] = text.trim() === '' ? issue('required') : parsed.message;
      return 0;
    }
    if (parsed.basisPoints > 10_000) errors[path] = issue('percentMax');
    return parsed.basisPoints;
  };
  const amount = (path: string, text: string): number => {
    const parsed = parseMajorAmount(text, scale);
    if (!parsed.ok) {
      errors[path] = text.trim() === '' ? issue('required') : parsed.message;
      return 0;
    }
    return parsed.amountMinor;
  };
  const rate = (path: string, value: RateValues): CommissionRate => {
    if (value.kind === 'flat')
      return { kind: 'flat', basisPoints: percent(`${path}.percent`, value.percent) };
    const slabs = value.slabs.map((slab, index) => ({
      // The first slab starts at nothing sold; the form shows it fixed at 0.
      fromMonthlyVolumeMinor: index === 0 ? 0 : amount(`${path}.slabs.${index}.from`, slab.from),
      basisPoints: percent(`${path}.slabs.${index}.percent`, slab.percent),
    }));
    for (let index = 1; index < slabs.length; index += 1) {
      const previous = slabs[index - 1];
      const slab = slabs[index];
      const fromPath = `${path}.slabs.${index}.from`;
      if (previous !== undefined && slab !== undefined && errors[fromPath] === undefined) {
        if (slab.fromMonthlyVolumeMinor <= previous.fromMonthlyVolumeMinor)
          errors[fromPath] = issue('slabAbovePrevious');
      }
    }
    return { kind: 'tiered', slabs };
  };
  const overrides = values.overrides.map((override, index) => {
    const path = `overrides.${index}`;
    const denominationMinor =
      override.denomination.trim() === '' ? undefined : amount(`${path}.denomination`, override.denomination);
    if (denominationMinor === 0 && errors[`${path}.denomination`] === undefined)
      errors[`${path}.denomination`] = issue('denominationPositive');
    if (override.operatorId === null && denominationMinor === undefined)
      errors[`${path}.denomination`] = issue('denominationOrOperator');
    return {
      ...(override.operatorId === null ? {} : { operatorId: override.operatorId }),
      ...(denominationMinor === undefined ? {} : { denominationMinor }),
      rate: rate(`${path}.rate`, override.rate),
    };
  });
  if (values.code.trim() === '') errors.code = issue('codeRequired');
  else if (!/^[A-Za-z0-9][A-Za-z0-9-]{1,31}$/.test(values.code.trim())) errors.code = issue('codeFormat');
  if (values.name.trim().length < 2) errors.name = issue('nameTooShort');
  return {
    input: {
      code: values.code.trim().toUpperCase(),
      name: values.name.trim(),
      rules: { defaultRate: rate('defaultRate', values.defaultRate), overrides },
    },
    errors,
  };
}
