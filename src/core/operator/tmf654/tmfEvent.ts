import { z } from 'zod';
import { AdjustBalance } from './adjustBalance';
import { TopupBalance } from './topupBalance';
import { TransferBalance } from './transferBalance';

/** The listener events TMF654 defines for the actions Airledger uses. There is no completion event. */
export const tmfEventTypes = [
  'TopupBalanceCreateEvent',
  'TopupBalanceCancelEvent',
  'TopupBalanceFailureEvent',
  'TransferBalanceCreateEvent',
  'TransferBalanceCancelEvent',
  'TransferBalanceFailureEvent',
  'AdjustBalanceCreateEvent',
  'AdjustBalanceCancelEvent',
  'AdjustBalanceFailureEvent',
] as const;
export const TmfEventType = z.enum(tmfEventTypes);
export type TmfEventType = z.infer<typeof TmfEventType>;

/** The envelope POSTed to a hub callback; `event` holds the action under its resource name. */
export const TmfEvent = z.looseObject({
  eventId: z.string(),
  eventTime: z.string(),
  eventType: TmfEventType,
  event: z.looseObject({
    topupBalance: TopupBalance.optional(),
    transferBalance: TransferBalance.optional(),
    adjustBalance: AdjustBalance.optional(),
  }),
});
export type TmfEvent = z.infer<typeof TmfEvent>;
