import { useState } from 'react';
import type { AllocationView } from '../../../contract/allocationSchemas';

/**
 * The allocation a list has open in its drawer, as the list's latest page has it (so a reversal
 * shows as soon as the list reloads), or as it was opened once it is no longer on the page.
 */
export function useOpenedAllocation(rows: AllocationView[]): {
  opened: AllocationView | null;
  open: (allocation: AllocationView) => void;
  close: () => void;
} {
  const [openedAs, setOpenedAs] = useState<AllocationView | null>(null);
  const opened = openedAs === null ? null : (rows.find((row) => row.id === openedAs.id) ?? openedAs);
  return { opened, open: setOpenedAs, close: () => setOpenedAs(null) };
}
