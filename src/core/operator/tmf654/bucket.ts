import { z } from 'zod';
import { LogicalResourceRef, PartyAccountRef, RelatedParty } from './entityRefs';
import { Quantity } from './quantity';
import { BucketStatus, UsageType } from './tmfEnums';

/**
 * TMF654 `Bucket`: a balance at the operator. `remainingValue` is what can still be spent (after reservations),
 * `reservedValue` what pending transfers hold.
 */
export const Bucket = z.looseObject({
  id: z.string(),
  href: z.string().optional(),
  name: z.string().optional(),
  status: BucketStatus.optional(),
  usageType: UsageType.optional(),
  remainingValue: Quantity,
  reservedValue: Quantity.optional(),
  partyAccount: PartyAccountRef.optional(),
  relatedParty: z.array(RelatedParty).optional(),
  logicalResource: z.array(LogicalResourceRef).optional(),
});
export type Bucket = z.infer<typeof Bucket>;
