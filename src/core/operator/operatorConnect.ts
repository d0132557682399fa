import type { ConnectionTest } from '../../contract/operatorSchemas';
import { AppError } from '../appError';
import type { Workspace } from '../workspace/workspace';
import type { OperatorConnection, OperatorConnectionSettings } from './operatorConnectionStore';
import { OperatorGateway } from './operatorGateway';

/** Reaches the operator: a token, then the wholesale bucket. Never throws for a network problem. */
export async function testConnection(connection: OperatorConnection): Promise<ConnectionTest> {
  return (await probeConnection(connection)).test;
}

/** The connection test, and the wholesale bucket's line it read on the way. */
export async function probeConnection(
  connection: OperatorConnection,
): Promise<{ test: ConnectionTest; wholesaleMsisdn: string | null }> {
  const failed = (message: string, started: number) => ({
    test: { ok: false, message, durationMs: Date.now() - started, wholesaleBalanceMinor: null },
    wholesaleMsisdn: null,
  });
  const started = Date.now();
  const gateway = new OperatorGateway(connection);
  const auth = await gateway.client.authenticate();
  if (auth.kind !== 'ok') return failed(auth.message, started);
  const bucket = await gateway.bucket(connection.wholesaleBucketId);
  if (bucket.kind !== 'ok') {
    return failed(
      `Signed in, but the wholesale bucket ${connection.wholesaleBucketId} could not be read: ${bucket.message}`,
      started,
    );
  }
  const remaining = gateway.minorOf(bucket.value.remainingValue);
  const reserved = bucket.value.reservedValue === undefined ? 0 : gateway.minorOf(bucket.value.reservedValue);
  if (typeof remaining === 'string' || typeof reserved === 'string') {
    return failed(
      `The wholesale bucket answered, but ${typeof remaining === 'string' ? remaining : reserved}.`,
      started,
    );
  }
  return {
    test: {
      ok: true,
      message: `Connected to ${connection.name}: signed in and read the wholesale bucket.`,
      durationMs: Date.now() - started,
      wholesaleBalanceMinor: remaining + reserved,
    },
    wholesaleMsisdn: bucket.value.logicalResource?.[0]?.id ?? null,
  };
}

/**
 * Tests the operator (unless told not to), then saves the connection with what the test read of
 * the wholesale bucket: its balance (the opening balance of a new link) and its line.
 */
export async function connectOperator(
  workspace: Workspace,
  settings: OperatorConnectionSettings,
  skipTest: boolean,
): Promise<{ connection: OperatorConnection; test: ConnectionTest | null }> {
  const probed = skipTest
    ? null
    : await probeConnection({ ...settings, assetCode: '', wholesaleMsisdn: null, embeddedSandbox: false });
  const test = probed?.test ?? null;
  if (test !== null && !test.ok) {
    const refused = test.message.includes('client id and secret');
    throw new AppError(
      refused ? 'business_rule' : 'operator_unreachable',
      refused
        ? `The connection was not saved: ${test.message}`
        : `The connection was not saved: ${test.message} If the operator is only unreachable today, save it without testing ("Save without testing" in the app, --offline on the command line).`,
      { reason: 'connection_test_failed' },
    );
  }
  const connection = workspace.operators.save(settings, {
    openingMinor: test?.wholesaleBalanceMinor ?? null,
    msisdn: probed?.wholesaleMsisdn ?? null,
  });
  if (test !== null || workspace.sync.connectionState === 'not_configured') {
    workspace.sync.connectionState = 'connected';
  }
  return { connection, test };
}
