import { z } from 'zod';

/** The reference shapes TMF654 uses to point at buckets, parties, accounts, channels and lines. */
const refShape = {
  id: z.string().min(1),
  href: z.string().optional(),
  name: z.string().optional(),
  '@referredType': z.string().optional(),
};

export const BucketRef = z.looseObject(refShape);
export type BucketRef = z.infer<typeof BucketRef>;

/** `@referredType` is required by the spec (e.g. `Organization`). */
export const RelatedParty = z.looseObject({
  ...refShape,
  role: z.string().optional(),
  '@referredType': z.string().min(1),
});
export type RelatedParty = z.infer<typeof RelatedParty>;

export const PartyAccountRef = z.looseObject({ ...refShape, description: z.string().optional() });
export type PartyAccountRef = z.infer<typeof PartyAccountRef>;

export const ChannelRef = z.looseObject(refShape);
export type ChannelRef = z.infer<typeof ChannelRef>;

/** A line or wallet: `{id: <msisdn>, name: 'MSISDN', '@referredType': 'MSISDN'}`. */
export const LogicalResourceRef = z.looseObject(refShape);
export type LogicalResourceRef = z.infer<typeof LogicalResourceRef>;

export function msisdnResource(msisdn: string): LogicalResourceRef {
  return { id: msisdn, name: 'MSISDN', '@referredType': 'MSISDN' };
}
