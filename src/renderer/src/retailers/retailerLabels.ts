import type { MantineColor } from '@mantine/core';
import {
  type RetailerStatus,
  type RetailerView,
  retailerLevels,
  retailerStatuses,
  retailerTerms,
} from '../../../contract/retailerSchemas';
import { i18n } from '../i18n/i18n';

type RetailerLevel = RetailerView['level'];
type RetailerTerms = RetailerView['terms'];

/** A level in the screens' language, read when called so a change of language reaches it. */
export function retailerLevelLabel(level: RetailerLevel): string {
  return i18n.t(`retailers:labels.level.${level}`);
}

export function retailerTermsLabel(terms: RetailerTerms): string {
  return i18n.t(`retailers:labels.terms.${terms}`);
}

export function retailerStatusLabel(status: RetailerStatus): string {
  return i18n.t(`retailers:labels.status.${status}`);
}

export const retailerStatusColors: Record<RetailerStatus, MantineColor> = {
  active: 'teal',
  suspended: 'orange',
  closed: 'gray',
};

export function retailerLevelOptions(): Array<{ value: RetailerLevel; label: string }> {
  return retailerLevels.map((value) => ({ value, label: retailerLevelLabel(value) }));
}

export function retailerTermsOptions(): Array<{ value: RetailerTerms; label: string }> {
  return retailerTerms.map((value) => ({ value, label: retailerTermsLabel(value) }));
}

export function retailerStatusOptions(): Array<{ value: RetailerStatus; label: string }> {
  return retailerStatuses.map((value) => ({ value, label: retailerStatusLabel(value) }));
}
