import { Agent, request } from 'node:http';
import { startOperatorSandbox } from '../src/core/operatorSandbox/startOperatorSandbox';

export interface SandboxRateOptions {
  /** How long to measure, after a short warm-up. */
  durationMs?: number;
  /** Requests in flight at once (each on its own keep-alive connection). */
  concurrency?: number;
}

const warmUpMs = 300;

/**
 * The sandbox's raw request rate: `GET /bucket/{id}` with a bearer token over keep-alive connections and bounded
 * concurrency, on a sandbox without faults. The baseline for the sync benchmarks (operations/s against it).
 */
export async function measureOperatorSandboxRate(options: SandboxRateOptions = {}): Promise<number> {
  const durationMs = options.durationMs ?? 3_000;
  const concurrency = options.concurrency ?? 16;
  const sandbox = await startOperatorSandbox();
  const agent = new Agent({ keepAlive: true, maxSockets: concurrency });
  try {
    const tokenResponse = await fetch(sandbox.tokenUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        grant_type: 'client_credentials',
        client_id: sandbox.clientId,
        client_secret: sandbox.clientSecret,
      }),
    });
    const { access_token: token } = (await tokenResponse.json()) as { access_token: string };
    const url = new URL(`${sandbox.tmfBaseUrl}/bucket/BKT-WHOLESALE`);
    const getOnce = () =>
      new Promise<void>((resolve, reject) => {
        const call = request(url, { agent, headers: { authorization: `Bearer ${token}` } }, (response) => {
          if (response.statusCode !== 200) reject(new Error(`sandbox answered ${response.statusCode}`));
          response.resume();
          response.on('end', resolve);
        });
        call.on('error', reject);
        call.end();
      });
    const run = async (untilMs: number): Promise<number> => {
      let completed = 0;
      await Promise.all(
        Array.from({ length: concurrency }, async () => {
          while (performance.now() < untilMs) {
            await getOnce();
            completed += 1;
          }
        }),
      );
      return completed;
    };
    await run(performance.now() + warmUpMs);
    const started = performance.now();
    const completed = await run(started + durationMs);
    return completed / ((performance.now() - started) / 1000);
  } finally {
    agent.destroy();
    await sandbox.close();
  }
}
