import { z } from 'zod';

/** Status of a topup, transfer or adjust action: POST creates `created`; the operator completes or fails it. */
export const actionStatuses = ['created', 'completed', 'failed', 'cancelled'] as const;
export const ActionStatus = z.enum(actionStatuses);
export type ActionStatus = z.infer<typeof ActionStatus>;

/** Statuses after which an action never changes again. */
export const finalActionStatuses: readonly ActionStatus[] = ['completed', 'failed', 'cancelled'];

export const bucketStatuses = ['active', 'suspended', 'expired'] as const;
export const BucketStatus = z.enum(bucketStatuses);
export type BucketStatus = z.infer<typeof BucketStatus>;

export const usageTypes = ['monetary', 'voice', 'data', 'sms', 'other'] as const;
export const UsageType = z.enum(usageTypes);
export type UsageType = z.infer<typeof UsageType>;

export const adjustTypes = ['recurring', 'oneTime'] as const;
export const AdjustType = z.enum(adjustTypes);
export type AdjustType = z.infer<typeof AdjustType>;

/** Our extension on AdjustBalance: TMF654 amounts are positive, so the sign travels separately. */
export const adjustDirections = ['credit', 'debit'] as const;
export const AdjustDirection = z.enum(adjustDirections);
export type AdjustDirection = z.infer<typeof AdjustDirection>;
