import type { StatementView } from '../../../contract/settlementSchemas';
import { i18n } from '../i18n/i18n';

const states: ReadonlyArray<StatementView['state']> = ['draft', 'approved', 'paid', 'superseded'];

/** A statement's state in words: draft, approved, paid or superseded; a state it does not know, as sent. */
export function statementStateLabel(state: string): string {
  const known = states.find((candidate) => candidate === state);
  return known === undefined ? state : i18n.t(`settlements:states.${known}`);
}

const methodKeys = {
  offset: 'offset',
  cash: 'cash',
  bank_transfer: 'bankTransfer',
  mobile_money: 'mobileMoney',
  credit: 'credit',
} as const;

type KnownMethod = keyof typeof methodKeys;

function isKnownMethod(method: string): method is KnownMethod {
  return Object.hasOwn(methodKeys, method);
}

/**
 * How money moved, in a clerk's words: a commission offset, cash, a bank transfer, mobile money, or
 * (a purchase) on credit. A method this screen does not know is shown as its code.
 */
export function methodLabel(method: string): string {
  return isKnownMethod(method) ? i18n.t(`settlements:methods.${methodKeys[method]}`) : method;
}
