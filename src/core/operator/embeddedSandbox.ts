import { join } from 'node:path';
import type { ConnectionTest } from '../../contract/operatorSchemas';
import { currencyScale } from '../money/currencyScale';
import { demoRetailers, demoTrafficRatePerMinute, startDemoSandbox } from '../operatorSandbox/demoSandbox';
import type { OperatorSandbox } from '../operatorSandbox/startOperatorSandbox';
import type { Workspace } from '../workspace/workspace';
import { connectOperator } from './operatorConnect';
import type { OperatorConnection } from './operatorConnectionStore';
import { OperatorGateway } from './operatorGateway';
import { linkRetailerWallet } from './retailerWalletLink';
import { distributorPartyAccountId, distributorPartyId, wholesaleBucketId } from './tmf654';

/** The demo operator's state, kept beside the workspace's database so the demo survives restarts. */
export const embeddedSandboxStateFile = 'operator-sandbox.json';
export const embeddedSandboxOperatorId = 'sandbox';
/** Demo retailers a first run gets, linked with their stock. */
export const embeddedSandboxRetailers = 3;
/** What each demo retailer may owe, in major units of the workspace currency. */
const demoCreditLimitMajor = 5_000_000;

/** Which demo operator inside the app, and the name its connection shows. */
export interface EmbeddedOperator {
  id: string;
  name: string;
}

export const firstEmbeddedOperator: EmbeddedOperator = {
  id: embeddedSandboxOperatorId,
  name: 'Demo operator (sandbox)',
};

/** Each demo operator keeps its own state file; the first one's name predates the others. */
export function embeddedSandboxStateFileOf(operatorId: string): string {
  return operatorId === embeddedSandboxOperatorId
    ? embeddedSandboxStateFile
    : `operator-sandbox-${operatorId}.json`;
}

/**
 * Starts one of the workspace's demo operators on a free loopback port, counting airtime in the
 * workspace's currency, from its state file if it has one (a world keeps the units it was made with).
 */
export function startEmbeddedSandbox(
  dataDir: string,
  currency: string,
  operatorId: string = embeddedSandboxOperatorId,
): Promise<OperatorSandbox> {
  return startDemoSandbox({
    port: 0,
    units: currency,
    scale: currencyScale(currency),
    retailers: embeddedSandboxRetailers,
    trafficRatePerMinute: demoTrafficRatePerMinute,
    stateFile: join(dataDir, embeddedSandboxStateFileOf(operatorId)),
  });
}

/**
 * A first run's operator: the sandbox inside the app, connected like a real operator (tested,
 * opening balances booked) with its demo retailers' wallets linked.
 */
export async function connectEmbeddedSandbox(
  workspace: Workspace,
  operator: EmbeddedOperator = firstEmbeddedOperator,
): Promise<{ connection: OperatorConnection; test: ConnectionTest | null }> {
  const sandbox = await workspace.embeddedSandbox(operator.id);
  const result = await connectOperator(
    workspace,
    {
      id: operator.id,
      name: operator.name,
      baseUrl: sandbox.tmfBaseUrl,
      tokenUrl: sandbox.tokenUrl,
      clientId: sandbox.clientId,
      clientSecret: sandbox.clientSecret,
      apiKey: null,
      requestTimeoutMs: 10_000,
      distributorPartyId,
      partyAccountId: distributorPartyAccountId,
      wholesaleBucketId,
      units: sandbox.units,
      scale: sandbox.scale,
    },
    false,
  );
  workspace.operators.markEmbedded(result.connection.id);
  const gateway = new OperatorGateway(result.connection);
  const currency = workspace.baseCurrency();
  for (const retailer of demoRetailers(embeddedSandboxRetailers)) {
    await linkRetailerWallet(
      workspace.sqlite,
      workspace.ledger,
      workspace.retailers,
      result.connection,
      gateway,
      retailer,
    );
    // Demo retailers buy on credit, so a newcomer can allocate to them straight away.
    const code = workspace.retailers.byOperatorParty(retailer.partyId)?.code;
    if (code !== undefined && workspace.retailers.row(code)?.terms === 'prepaid') {
      workspace.retailers.update({
        code,
        terms: 'postpaid',
        creditLimitMinor: demoCreditLimitMajor * 10 ** currencyScale(currency),
      });
    }
  }
  return { connection: workspace.operators.require(result.connection.id), test: result.test };
}

/**
 * Reopening a workspace whose operators include demo sandboxes starts each again (from its state
 * file) and points its connection at its new port.
 */
export async function resumeEmbeddedSandbox(workspace: Workspace): Promise<void> {
  for (const connection of workspace.operators.all()) {
    if (!connection.embeddedSandbox) continue;
    const sandbox = await workspace.embeddedSandbox(connection.id);
    workspace.operators.relocate(connection.id, sandbox.tmfBaseUrl, sandbox.tokenUrl);
  }
}
