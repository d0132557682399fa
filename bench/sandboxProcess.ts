/*
 * The operator sandbox in a process of its own, for the sync benchmarks: the operator is another
 * system, so its CPU must not count against the client's. Options come as JSON in argv[2]; it
 * prints its addresses as one JSON line and serves until killed.
 */
import { startOperatorSandbox } from '../src/core/operatorSandbox/startOperatorSandbox';

async function serve(): Promise<void> {
  const sandbox = await startOperatorSandbox(JSON.parse(process.argv[2] ?? '{}'));
  process.stdout.write(
    `${JSON.stringify({
      url: sandbox.url,
      tmfBaseUrl: sandbox.tmfBaseUrl,
      tokenUrl: sandbox.tokenUrl,
      adminUrl: sandbox.adminUrl,
      clientId: sandbox.clientId,
      clientSecret: sandbox.clientSecret,
      units: sandbox.units,
      scale: sandbox.scale,
    })}\n`,
  );
  process.once('SIGTERM', () => {
    sandbox.close().then(() => process.exit(0));
  });
}

serve().catch((error: unknown) => {
  process.stderr.write(`${(error as Error)?.stack ?? String(error)}\n`);
  process.exit(1);
});
