import { z } from 'zod';
import { balanceActionShape } from './balanceAction';
import { BucketRef, LogicalResourceRef } from './entityRefs';
import { AdjustDirection, AdjustType } from './tmfEnums';

export const historyActionTypes = ['TopupBalance', 'TransferBalance', 'AdjustBalance'] as const;
export const HistoryActionType = z.enum(historyActionTypes);
export type HistoryActionType = z.infer<typeof HistoryActionType>;

/**
 * One item of the sales feed `GET /balanceActionHistory`: a final action (completed, failed, cancelled) or an
 * adjustment. Its `id` is the action's id, so re-pulling a window dedupes by id.
 */
export const BalanceActionHistory = z.looseObject({
  ...balanceActionShape,
  '@type': HistoryActionType,
  confirmationDate: z.string(),
  receiverBucket: BucketRef.optional(),
  receiverLogicalResource: LogicalResourceRef,
  adjustType: AdjustType.optional(),
  direction: AdjustDirection.optional(),
  reversesActionId: z.string().optional(),
});
export type BalanceActionHistory = z.infer<typeof BalanceActionHistory>;
