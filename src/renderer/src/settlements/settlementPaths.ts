import { i18n } from '../i18n/i18n';
import { periodLabelText } from './periodLabelText';

/** Where the settlement screens live in the app's hash routes. */
export const settlementsPath = '/settlements';
/** One statement (its latest version, or `?version=N`). Listed before the period route, which it would not match anyway. */
export const settlementStatementRoute = '/settlements/statement/:statementId';
/** One operator's purchase statement of a closed period. */
export const settlementOperatorStatementRoute = '/settlements/:periodId/operators/:operatorId';
/** One closed period's statements. */
export const settlementPeriodRoute = '/settlements/:periodId';

export function settlementPeriodPath(periodId: string): string {
  return `/settlements/${encodeURIComponent(periodId)}`;
}

export function settlementStatementPath(statementId: string, version?: number): string {
  const path = `/settlements/statement/${encodeURIComponent(statementId)}`;
  return version === undefined ? path : `${path}?version=${version}`;
}

export function settlementOperatorStatementPath(periodId: string, operatorId: string): string {
  return `${settlementPeriodPath(periodId)}/operators/${encodeURIComponent(operatorId)}`;
}

/** The breadcrumbs' way back from a statement of a period: the settlements, then the period. */
export function settlementPeriodTrail(period: {
  periodId: string;
  periodLabel: string;
}): Array<{ label: string; href: string }> {
  return [
    { label: i18n.t('settlements:breadcrumbs.settlements'), href: settlementsPath },
    { label: periodLabelText(period.periodLabel), href: settlementPeriodPath(period.periodId) },
  ];
}
