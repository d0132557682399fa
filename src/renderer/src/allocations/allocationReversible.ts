import type { AllocationView } from '../../../contract/allocationSchemas';

/** What of an allocation may still come back: what was allocated less what reversals already take. */
export function leftToReverseMinor(
  allocation: Pick<AllocationView, 'amountMinor' | 'reversedMinor'>,
): number {
  return allocation.amountMinor - allocation.reversedMinor;
}

/** Only what the operator confirmed can be reversed, and only while something of it is left. */
export function canReverse(
  allocation: Pick<AllocationView, 'status' | 'amountMinor' | 'reversedMinor'>,
): boolean {
  return allocation.status === 'confirmed' && leftToReverseMinor(allocation) > 0;
}
