import { z } from 'zod';
import { BucketRef, ChannelRef, LogicalResourceRef, PartyAccountRef, RelatedParty } from './entityRefs';
import { Quantity } from './quantity';
import { clientReferencePattern } from './tmfConstants';
import { ActionStatus, UsageType } from './tmfEnums';

/** Our extension: the caller's idempotency reference (also accepted as header `X-Client-Reference`). */
export const ClientReference = z
  .string()
  .regex(clientReferencePattern, 'must be 1 to 128 visible ASCII characters without spaces');

/** Fields every topup, transfer and adjust action answers with (the spec requires only `status`). */
export const balanceActionShape = {
  id: z.string(),
  href: z.string().optional(),
  status: ActionStatus,
  requestedDate: z.string().optional(),
  confirmationDate: z.string().optional(),
  amount: Quantity.optional(),
  usageType: UsageType.optional(),
  bucket: BucketRef.optional(),
  channel: ChannelRef.optional(),
  logicalResource: z.array(LogicalResourceRef).optional(),
  partyAccount: PartyAccountRef.optional(),
  relatedParty: z.array(RelatedParty).optional(),
  requestor: RelatedParty.optional(),
  reason: z.string().optional(),
  description: z.string().optional(),
  /** Extension: the reference the action was created with. */
  clientReference: ClientReference.optional(),
  /** Extension: why a `failed` (or `cancelled`) action ended so, as a sentence. */
  statusReason: z.string().optional(),
};

/** Fields a create request may carry besides its own (all optional here). */
export const balanceActionCreateShape = {
  description: z.string().optional(),
  reason: z.string().optional(),
  channel: ChannelRef.optional(),
  logicalResource: z.array(LogicalResourceRef).optional(),
  requestor: RelatedParty.optional(),
  clientReference: ClientReference.optional(),
};

/** The only update the sandbox (and Airledger) uses: `PATCH {status: 'cancelled'}` while `created`. */
export const BalanceActionCancel = z.object({ status: z.literal('cancelled') });
export type BalanceActionCancel = z.infer<typeof BalanceActionCancel>;
