import { z } from 'zod';
import { balanceActionCreateShape, balanceActionShape } from './balanceAction';
import { BucketRef } from './entityRefs';
import { Quantity } from './quantity';
import { AdjustDirection, AdjustType, UsageType } from './tmfEnums';

/**
 * TMF654 `AdjustBalance_Create`: `amount` is positive; the extension `direction` says credit (default) or debit.
 * Applied at once (status `completed` in the answer).
 */
export const AdjustBalanceCreate = z.object({
  ...balanceActionCreateShape,
  amount: Quantity,
  usageType: UsageType,
  bucket: BucketRef,
  adjustType: AdjustType.optional(),
  direction: AdjustDirection.optional(),
});
export type AdjustBalanceCreate = z.infer<typeof AdjustBalanceCreate>;

export const AdjustBalance = z.looseObject({
  ...balanceActionShape,
  adjustType: AdjustType.optional(),
  direction: AdjustDirection.optional(),
  /** Extension: the id of the sale (TopupBalance) this adjustment reverses. */
  reversesActionId: z.string().optional(),
});
export type AdjustBalance = z.infer<typeof AdjustBalance>;
