/**
 * An invariant the ledger relies on. A failure is a bug, never user input: it aborts the write
 * (the transaction rolls back) rather than letting a wrong number reach the books.
 */
export function assertLedger(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(`ledger invariant broken: ${message}`);
}

export function assertMinor(value: number, what: string): void {
  // The message is built only on failure: this runs several times per transfer written.
  if (!Number.isSafeInteger(value))
    assertLedger(false, `${what} must be a safe integer of minor units, got ${value}`);
}
