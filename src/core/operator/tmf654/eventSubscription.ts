import { z } from 'zod';

/** Body of `POST /hub`: where the operator posts events. */
export const EventSubscriptionInput = z.object({
  callback: z.url(),
  query: z.string().optional(),
});
export type EventSubscriptionInput = z.infer<typeof EventSubscriptionInput>;

export const EventSubscription = z.looseObject({
  id: z.string(),
  callback: z.string(),
  query: z.string().optional(),
});
export type EventSubscription = z.infer<typeof EventSubscription>;
