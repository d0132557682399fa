import type { OperatorSandboxOptions } from './sandboxOptions';
import { type OperatorSandbox, startOperatorSandbox } from './startOperatorSandbox';

/** A demo world's starting stock (major units): the wholesale bucket and each demo retailer's wallet. */
export const demoWholesaleStock = 5_000_000;
export const demoRetailerStock = 200_000;
/** Background sales per minute in a demo world. */
export const demoTrafficRatePerMinute = 30;

export interface DemoRetailer {
  partyId: string;
  name: string;
  msisdn: string;
}

/** The demo retailers a fresh world gets: `R-0001`, `R-0002`, ... with wallets in Senegal's numbering. */
export function demoRetailers(count: number): DemoRetailer[] {
  return Array.from({ length: count }, (_, index) => ({
    partyId: `R-${String(index + 1).padStart(4, '0')}`,
    name: `Demo retailer ${index + 1}`,
    msisdn: `2217755${String(index + 1).padStart(5, '0')}`,
  }));
}

/**
 * Starts a sandbox for demos and first runs: stocked wholesale and retailer wallets and retail
 * traffic in a fresh world (a world loaded from its state file keeps what it has).
 */
export async function startDemoSandbox(
  options: OperatorSandboxOptions & { retailers: number },
): Promise<OperatorSandbox> {
  const { retailers, ...sandboxOptions } = options;
  const sandbox = await startOperatorSandbox({
    wholesaleInitialBalance: retailers > 0 ? demoWholesaleStock : 0,
    ...sandboxOptions,
  });
  if (sandbox.stats().retailers === 0) {
    for (const retailer of demoRetailers(retailers)) {
      sandbox.addRetailer({ ...retailer, initialBalance: demoRetailerStock });
    }
  }
  return sandbox;
}
