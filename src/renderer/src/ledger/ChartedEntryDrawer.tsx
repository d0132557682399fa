import { EntryDrawer } from './EntryDrawer';
import { useLedgerChart } from './useLedgerChart';

/** The ledger's entry drawer opened from another screen's detail; it reads the chart it names accounts by. */
export function ChartedEntryDrawer(props: { trail: string[]; onTrailChange: (trail: string[]) => void }) {
  const chart = useLedgerChart();
  return <EntryDrawer {...props} chart={chart} />;
}
