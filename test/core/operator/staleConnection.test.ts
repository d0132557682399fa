import { createServer, request, type Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { Bucket, TopupBalance, wholesaleBucketId } from '../../../src/core/operator/tmf654';
import { Tmf654Client } from '../../../src/core/operator/tmf654Client';
import {
  type OperatorSandbox,
  startOperatorSandbox,
} from '../../../src/core/operatorSandbox/startOperatorSandbox';

/**
 * A proxy in front of the real sandbox that, when told to, closes a kept-alive connection just as
 * the next request arrives on it: what the client sees when a server's keep-alive timeout fires
 * while the client's event loop was busy.
 */
class ConnectionDroppingProxy {
  dropNextReuse = false;
  readonly dropped: string[] = [];
  readonly forwarded: string[] = [];
  private readonly served = new WeakMap<Socket, number>();
  private server: Server | undefined;

  constructor(private readonly target: URL) {}

  async start(): Promise<string> {
    this.server = createServer((incoming, outgoing) => {
      const line = `${incoming.method} ${incoming.url}`;
      const socket = incoming.socket;
      const servedBefore = this.served.get(socket) ?? 0;
      this.served.set(socket, servedBefore + 1);
      if (this.dropNextReuse && servedBefore > 0) {
        this.dropNextReuse = false;
        this.dropped.push(line);
        socket.destroy();
        return;
      }
      this.forwarded.push(line);
      const upstream = request(
        {
          host: this.target.hostname,
          port: this.target.port,
          method: incoming.method,
          path: incoming.url,
          headers: { ...incoming.headers, connection: 'close' },
        },
        (answer) => {
          // Hop-by-hop headers stay between the proxy and the sandbox: the client keeps its connection alive.
          const { connection: _connection, 'keep-alive': _keepAlive, ...headers } = answer.headers;
          outgoing.writeHead(answer.statusCode ?? 502, headers);
          answer.pipe(outgoing);
        },
      );
      incoming.pipe(upstream);
    });
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async close(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise((resolve) => this.server?.close(resolve));
  }
}

/** Lets the client's pool take the finished connection back, as it has between two sync cycles. */
const idle = () => new Promise((resolve) => setTimeout(resolve, 50));

let sandbox: OperatorSandbox;
let proxy: ConnectionDroppingProxy;
let client: Tmf654Client;

let proxyUrl: string;

beforeAll(async () => {
  sandbox = await startOperatorSandbox({ port: 0, wholesaleInitialBalance: 1_000_000 });
  proxy = new ConnectionDroppingProxy(new URL(sandbox.url));
  proxyUrl = await proxy.start();
});

afterAll(async () => {
  await proxy.close();
  await sandbox.close();
});

beforeEach(() => {
  client = new Tmf654Client({
    baseUrl: sandbox.tmfBaseUrl.replace(sandbox.url, proxyUrl),
    tokenUrl: sandbox.tokenUrl.replace(sandbox.url, proxyUrl),
    clientId: sandbox.clientId,
    clientSecret: sandbox.clientSecret,
    apiKey: null,
    requestTimeoutMs: 5_000,
  });
  proxy.dropped.length = 0;
  proxy.forwarded.length = 0;
});

describe('a kept-alive connection the operator closed as it was reused', () => {
  it('costs a read nothing: the client sends it once more on a new connection', async () => {
    expect((await client.authenticate()).kind).toBe('ok');
    await idle();
    proxy.dropNextReuse = true;
    const bucket = await client.get(`/bucket/${wholesaleBucketId}`, Bucket);
    expect(bucket.kind).toBe('ok');
    expect(proxy.dropped).toEqual([expect.stringMatching(/^GET .*\/bucket\//)]);
    expect(proxy.forwarded.filter((line) => line.startsWith('GET'))).toHaveLength(1);
  });

  it('costs a token request nothing either: asking twice is harmless', async () => {
    expect((await client.authenticate()).kind).toBe('ok');
    await idle();
    proxy.dropNextReuse = true;
    expect((await client.authenticate()).kind).toBe('ok');
    expect(proxy.dropped).toEqual([expect.stringMatching(/^POST .*token/)]);
  });

  it('never resends an action: a top-up whose connection dropped is an unknown outcome, sent once', async () => {
    expect((await client.authenticate()).kind).toBe('ok');
    await idle();
    proxy.dropNextReuse = true;
    const topup = await client.post(
      '/topupBalance',
      {
        clientReference: 'stale-connection-topup-1',
        amount: { amount: 500, units: sandbox.units },
        usageType: 'monetary',
        bucket: { id: wholesaleBucketId },
      },
      TopupBalance,
      { clientReference: 'stale-connection-topup-1' },
    );
    expect(topup).toMatchObject({ kind: 'unknown' });
    expect(proxy.dropped).toEqual([expect.stringMatching(/^POST .*\/topupBalance/)]);
    expect(proxy.forwarded.filter((line) => line.includes('/topupBalance'))).toHaveLength(0);
  });
});
