import type { OpenAllocation } from '../../../contract/paymentSchemas';

export interface SettlementLine {
  allocation: OpenAllocation;
  /** What of the payment goes to this allocation. */
  appliedMinor: number;
}

/**
 * How a payment of `amountMinor` settles the retailer's open allocations, oldest first, as the core
 * applies it when the clerk names none; what is left over is paid in advance.
 */
export function settlementPreview(
  amountMinor: number,
  openAllocations: OpenAllocation[],
): { lines: SettlementLine[]; advanceMinor: number } {
  let leftMinor = amountMinor;
  const lines: SettlementLine[] = [];
  for (const allocation of openAllocations) {
    if (leftMinor <= 0) break;
    const appliedMinor = Math.min(leftMinor, allocation.outstandingMinor);
    if (appliedMinor <= 0) continue;
    lines.push({ allocation, appliedMinor });
    leftMinor -= appliedMinor;
  }
  return { lines, advanceMinor: leftMinor };
}
