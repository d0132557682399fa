import { randomUUID } from 'node:crypto';
import type { TmfEvent, TmfEventType } from '../operator/tmf654';
import type { FaultInjector } from './faultInjector';
import {
  eventDeliveryAttemptsMax,
  eventDeliveryRetryDelayMs,
  eventDeliveryTimeoutMs,
} from './sandboxOptions';
import type { SandboxWorld } from './sandboxWorld';

const resourceKeyByPrefix: [string, 'topupBalance' | 'transferBalance' | 'adjustBalance'][] = [
  ['TopupBalance', 'topupBalance'],
  ['TransferBalance', 'transferBalance'],
  ['AdjustBalance', 'adjustBalance'],
];

/**
 * Posts events to the listeners registered on `/hub`: best effort, a few retries, never in the way of an answer.
 * A `duplicate-event` fault sends the same event (same eventId) twice.
 */
export class EventHub {
  private readonly inFlight = new Set<Promise<void>>();
  private closed = false;

  constructor(
    private readonly world: SandboxWorld,
    private readonly faults: FaultInjector,
  ) {}

  publish(eventType: TmfEventType, resource: Record<string, unknown>): void {
    if (this.closed || this.world.subscriptions.size === 0) return;
    const key = resourceKeyByPrefix.find(([prefix]) => eventType.startsWith(prefix))?.[1] ?? 'topupBalance';
    const event: TmfEvent = {
      eventId: randomUUID(),
      eventTime: new Date().toISOString(),
      eventType,
      event: { [key]: resource },
    };
    const body = JSON.stringify(event);
    for (const subscription of this.world.subscriptions.values()) {
      const copies = this.faults.duplicateEvent() ? 2 : 1;
      for (let copy = 0; copy < copies; copy += 1) this.track(this.deliver(subscription.callback, body));
    }
  }

  /** Waits (up to the per-attempt timeout) for deliveries under way, then refuses new ones. */
  async close(): Promise<void> {
    this.closed = true;
    await Promise.allSettled([...this.inFlight]);
  }

  private track(delivery: Promise<void>): void {
    this.inFlight.add(delivery);
    void delivery.finally(() => this.inFlight.delete(delivery));
  }

  private async deliver(callback: string, body: string): Promise<void> {
    for (let attempt = 1; attempt <= eventDeliveryAttemptsMax && !this.closed; attempt += 1) {
      try {
        const response = await fetch(callback, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body,
          signal: AbortSignal.timeout(eventDeliveryTimeoutMs),
        });
        await response.arrayBuffer().catch(() => undefined);
        if (response.ok) return;
      } catch {
        // The listener is down or slow: try again after a pause, then give up (events are hints).
      }
      await new Promise((resolve) => setTimeout(resolve, eventDeliveryRetryDelayMs * attempt));
    }
  }
}
