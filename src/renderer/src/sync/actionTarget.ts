import type { OperatorActionView, WalletView } from '../../../contract/operatorSchemas';
import { i18n } from '../i18n/i18n';

/** Where an action puts the airtime, as a clerk says it: a retailer, an end-user line or our own stock. */
export interface ActionTarget {
  /** "Awa Diallo", "2250799000001", "Wholesale stock" */
  label: string;
  /** The party id under a retailer's name. */
  detail: string | null;
  /** For sentences: "to Awa Diallo (R-0001)". */
  phrase: string;
}

export function actionTarget(
  action: OperatorActionView,
  walletsByParty: Map<string, WalletView>,
): ActionTarget {
  if ((action.kind === 'allocation' || action.kind === 'allocation_reversal') && action.partyId !== null) {
    const wallet = walletsByParty.get(action.partyId);
    // A reversal moves the stock the other way: from the retailer back to the wholesale stock.
    const reversal = action.kind === 'allocation_reversal';
    return wallet === undefined
      ? {
          label: action.partyId,
          detail: null,
          phrase: i18n.t(reversal ? 'sync:target.backFromRetailerId' : 'sync:target.toRetailerId', {
            partyId: action.partyId,
          }),
        }
      : {
          label: wallet.partyName,
          detail: action.partyId,
          phrase: i18n.t(reversal ? 'sync:target.backFromRetailer' : 'sync:target.toRetailer', {
            name: wallet.partyName,
            partyId: action.partyId,
          }),
        };
  }
  if (action.kind === 'direct_topup' && action.msisdn !== null) {
    return {
      label: action.msisdn,
      detail: null,
      phrase: i18n.t('sync:target.toLine', { msisdn: action.msisdn }),
    };
  }
  return {
    label: i18n.t('sync:target.wholesaleStock'),
    detail: null,
    phrase: i18n.t('sync:target.intoWholesaleStock'),
  };
}

/** "01977a3b…c2f0.2": a client reference short enough for a table, still telling references apart. */
export function shortReference(reference: string): string {
  return reference.length <= 18 ? reference : `${reference.slice(0, 8)}…${reference.slice(-7)}`;
}
