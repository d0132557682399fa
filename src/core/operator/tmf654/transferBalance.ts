import { z } from 'zod';
import { balanceActionCreateShape, balanceActionShape } from './balanceAction';
import { BucketRef, ChannelRef, LogicalResourceRef, RelatedParty } from './entityRefs';
import { Money, Quantity } from './quantity';
import { UsageType } from './tmfEnums';

/**
 * TMF654 `TransferBalance_Create` with the fields the spec requires: an allocation moves `amount` from `bucket`
 * (wholesale) to `receiverBucket` (a retailer's), whose wallet is `receiverLogicalResource`.
 * `logicalResource` names the source's line: for the wholesale bucket, the distributor's wallet as
 * `GET /bucket/BKT-WHOLESALE` gives it. The swagger requires at least one item; the sandbox also accepts none.
 */
export const TransferBalanceCreate = z.object({
  ...balanceActionCreateShape,
  reason: z.string().min(1),
  channel: ChannelRef,
  logicalResource: z.array(LogicalResourceRef),
  amount: Quantity,
  usageType: UsageType,
  bucket: BucketRef,
  receiverBucket: BucketRef,
  receiverBucketUsageType: UsageType,
  receiverLogicalResource: LogicalResourceRef,
  receiver: RelatedParty.optional(),
  transferCost: Money.optional(),
});
export type TransferBalanceCreate = z.infer<typeof TransferBalanceCreate>;

export const TransferBalance = z.looseObject({
  ...balanceActionShape,
  receiverBucket: BucketRef.optional(),
  receiverBucketUsageType: UsageType.optional(),
  receiverLogicalResource: LogicalResourceRef.optional(),
  receiver: RelatedParty.optional(),
  /** Extension: what the transfer holds on its source bucket while `created` (zero once final). */
  reservedValue: Quantity.optional(),
});
export type TransferBalance = z.infer<typeof TransferBalance>;
