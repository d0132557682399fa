import { useState } from 'react';
import { useClient } from '../client/ClientContext';
import { openSettlementExportModal, type SettlementExportRequest } from './SettlementExportModal';

/**
 * Makes a period's settlement workbook (every reseller, or one) and hands it to the download, in a
 * modal that shows its progress and can cancel it; `busy` while the modal is open.
 */
export function useSettlementDownload(): {
  busy: boolean;
  download: (request: SettlementExportRequest) => Promise<void>;
} {
  const client = useClient();
  const [busy, setBusy] = useState(false);
  const download = async (request: SettlementExportRequest) => {
    setBusy(true);
    try {
      await openSettlementExportModal(client, request);
    } finally {
      setBusy(false);
    }
  };
  return { busy, download };
}
