import { randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { OperatorGateway } from '../operator/operatorGateway';
import { EventSubscription, TmfEvent } from '../operator/tmf654';

/** What an event says about one action: only a reason to look at it sooner, never its outcome. */
export interface EventHint {
  eventType: string;
  operatorActionId: string;
  clientReference: string | null;
}

/** Event bodies above this are refused: an event carries one action. */
const eventBodyBytesMax = 64 * 1024;

/**
 * Receives the operator's TMF654 events (create, cancel, failure; there is no completion event) on
 * a loopback port and turns each into a hint. Events are unauthenticated and may be duplicated or
 * forged, so a hint only makes the sync look at an action sooner: the outcome is always read back
 * from the operator. The callback path carries a per-listener secret.
 */
export class OperatorEventListener {
  private server: Server | null = null;
  private subscriptionId: string | null = null;
  private readonly secret = randomBytes(16).toString('hex');

  constructor(
    private readonly gateway: OperatorGateway,
    private readonly onHint: (hint: EventHint) => void,
  ) {}

  /** Listens on 127.0.0.1 and registers the callback at the operator's hub. Returns the callback URL. */
  async start(): Promise<string> {
    const server = createServer((request, response) => {
      if (request.method !== 'POST' || request.url !== `/operator-events/${this.secret}`) {
        response.writeHead(404).end();
        return;
      }
      const chunks: Buffer[] = [];
      let size = 0;
      request.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > eventBodyBytesMax) request.destroy();
        else chunks.push(chunk);
      });
      request.on('end', () => {
        response.writeHead(204).end();
        this.receive(Buffer.concat(chunks).toString('utf8'));
      });
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(0, '127.0.0.1', resolve);
    });
    this.server = server;
    const callback = `http://127.0.0.1:${(server.address() as AddressInfo).port}/operator-events/${this.secret}`;
    const registered = await this.gateway.client.post('/hub', { callback }, EventSubscription);
    if (registered.kind !== 'ok') {
      await this.stop();
      throw new Error(`the operator's hub refused the listener: ${registered.message}`);
    }
    this.subscriptionId = registered.value.id;
    return callback;
  }

  async stop(): Promise<void> {
    const subscriptionId = this.subscriptionId;
    this.subscriptionId = null;
    if (subscriptionId !== null) await this.gateway.unsubscribe(subscriptionId);
    const server = this.server;
    this.server = null;
    if (server !== null) await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  private receive(body: string): void {
    let parsed: ReturnType<typeof TmfEvent.safeParse>;
    try {
      parsed = TmfEvent.safeParse(JSON.parse(body));
    } catch {
      return; // not JSON: nothing to hint at
    }
    if (!parsed.success) return;
    const action = parsed.data.event.topupBalance ?? parsed.data.event.transferBalance;
    if (action === undefined) return;
    this.onHint({
      eventType: parsed.data.eventType,
      operatorActionId: action.id,
      clientReference: action.clientReference ?? null,
    });
  }
}
