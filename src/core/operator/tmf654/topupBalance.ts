import { z } from 'zod';
import { balanceActionCreateShape, balanceActionShape } from './balanceAction';
import { BucketRef, PartyAccountRef } from './entityRefs';
import { Quantity } from './quantity';
import { UsageType } from './tmfEnums';

/**
 * TMF654 `TopupBalance_Create`. On bucket `BKT-WHOLESALE` it is a purchase of bulk credit; on `SUB-<msisdn>` (with
 * `logicalResource` the MSISDN) an end-user top-up paid from the requestor's bucket.
 */
export const TopupBalanceCreate = z.object({
  ...balanceActionCreateShape,
  amount: Quantity,
  usageType: UsageType,
  bucket: BucketRef,
  partyAccount: PartyAccountRef,
});
export type TopupBalanceCreate = z.infer<typeof TopupBalanceCreate>;

export const TopupBalance = z.looseObject({ ...balanceActionShape });
export type TopupBalance = z.infer<typeof TopupBalance>;
