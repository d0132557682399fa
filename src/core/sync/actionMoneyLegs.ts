import type { AppError } from '../appError';
import type { TransferRequest } from '../ledger/ledgerRequests';
import type { OperatorActionKind } from './operatorActionRows';

/** An operator action as the money side sees it. */
export interface MoneyLegRequest {
  id: string;
  operatorId: string;
  kind: OperatorActionKind;
  partyId: string | null;
  amountMinor: number;
}

/**
 * The money side of operator actions: the transfers in the workspace currency that ride in the
 * same ledger entry as the airtime (a retailer charged for an allocation, the operator paid or owed
 * for a purchase). The outbox posts them with the airtime, in proportion when the operator
 * confirms less, and voids them with it.
 */
export interface ActionMoneyLegs {
  /** The rules a new action (or a retry) meets, then its money transfers; throws a refusal. */
  forNewAction(request: MoneyLegRequest, context: { nowMs: number; retry: boolean }): TransferRequest[];
  /** The money transfers of what the operator already did, whatever the rules say now. */
  forConfirmedAction(request: MoneyLegRequest): TransferRequest[];
  /** When the ledger refused a reservation: the refusal in business terms, if the money legs were short. */
  refusalOf(request: MoneyLegRequest, transfers: TransferRequest[]): AppError | undefined;
}

/** Each action kind's money side, from the module that owns it. */
export class MoneyLegsByKind implements ActionMoneyLegs {
  constructor(private readonly byKind: Partial<Record<OperatorActionKind, ActionMoneyLegs>>) {}

  forNewAction(request: MoneyLegRequest, context: { nowMs: number; retry: boolean }): TransferRequest[] {
    return this.byKind[request.kind]?.forNewAction(request, context) ?? [];
  }

  forConfirmedAction(request: MoneyLegRequest): TransferRequest[] {
    return this.byKind[request.kind]?.forConfirmedAction(request) ?? [];
  }

  refusalOf(request: MoneyLegRequest, transfers: TransferRequest[]): AppError | undefined {
    return this.byKind[request.kind]?.refusalOf(request, transfers);
  }
}
