import { paymentMethods } from '../../../contract/paymentSchemas';
import type { StatementView } from '../../../contract/settlementSchemas';
import { i18n } from '../i18n/i18n';
import { paymentMethodLabel } from '../payments/paymentLabels';
import { purchasePaymentLabel } from '../purchases/purchaseLabels';

const states: ReadonlyArray<StatementView['state']> = ['draft', 'approved', 'paid', 'superseded'];

/** A statement's state in words: draft, approved, paid or superseded; a state it does not know, as sent. */
export function statementStateLabel(state: string): string {
  const known = states.find((candidate) => candidate === state);
  return known === undefined ? state : i18n.t(`settlements:states.${known}`);
}

/**
 * How money moved, in a clerk's words: a commission offset (the settlement's own), or the words the
 * payment and purchase screens use for cash, bank transfer, mobile money and on credit. A method
 * this screen does not know is shown as its code.
 */
export function methodLabel(method: string): string {
  if (method === 'offset') return i18n.t('settlements:methods.offset');
  if (method === 'credit') return purchasePaymentLabel('credit');
  const payment = paymentMethods.find((candidate) => candidate === method);
  return payment === undefined ? method : paymentMethodLabel(payment);
}
