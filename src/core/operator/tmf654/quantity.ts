import { z } from 'zod';

/** TMF654 `Quantity`: an amount in major units (a float on the wire) and its units (e.g. `XOF`). */
export const Quantity = z.looseObject({
  amount: z.number(),
  units: z.string().min(1),
});
export type Quantity = z.infer<typeof Quantity>;

/** TMF654 `Money` (transfer cost): note `unit` and `value`, not `units` and `amount`. */
export const Money = z.looseObject({
  unit: z.string().min(1),
  value: z.number(),
});
export type Money = z.infer<typeof Money>;
