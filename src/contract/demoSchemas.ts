import { z } from 'zod';

export const GrowDemoInput = z.object({
  /** Sub-distributors and retailers together (six of them are the regional sub-distributors). */
  retailers: z.number().int().min(6, 'must be at least 6').max(20_000, 'must be at most 20,000').default(200),
  seed: z.number().int().min(0).default(7),
  /** Days of retail sales simulated before today (the wallets are linked that long ago). */
  historyDays: z.number().int().min(0).max(180, 'must be at most 180').default(60),
  /** Demo operators inside the app: the first, and up to two more with a share of the wallets each. */
  operators: z.number().int().min(1).max(3, 'must be at most 3').default(2),
  /** Top-ups each retailer sells a day in the history, at each operator it sells for. */
  salesPerRetailerPerDay: z.number().int().min(1).max(50, 'must be at most 50').default(3),
});
export type GrowDemoInput = z.infer<typeof GrowDemoInput>;

export const DemoNetworkSummary = z.object({
  subDistributors: z.number().int(),
  retailers: z.number().int(),
  purchases: z.number().int(),
  allocations: z.number().int(),
  payments: z.number().int(),
  operators: z.number().int(),
  /** Sales the operator recorded over the simulated history (the next sync books them). */
  salesSimulated: z.number().int(),
  /** Sample users added, one per role, who sign in with `samplePassword`. */
  sampleUsers: z.array(z.string()),
  samplePassword: z.string(),
});
