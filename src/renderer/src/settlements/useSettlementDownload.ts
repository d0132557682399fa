import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import type { OperationInput } from '../../../contract/operations';
import { asContractError } from '../client/asContractError';
import { useClient } from '../client/ClientContext';
import { downloadBase64File } from '../sync/downloadBase64File';

/**
 * Asks the core for a period's settlement workbook (every reseller, or one) and hands it to the
 * download; a notification stays up while it is made, since a large period takes a while.
 */
export function useSettlementDownload(): {
  busy: boolean;
  download: (request: OperationInput<'settlements.export'>) => Promise<void>;
} {
  const client = useClient();
  const [busy, setBusy] = useState(false);
  const download = async (request: OperationInput<'settlements.export'>) => {
    setBusy(true);
    const id = notifications.show({
      loading: true,
      autoClose: false,
      withCloseButton: false,
      title: 'Making the settlement workbook',
      message:
        request.retailerCode === undefined ? 'Every reseller of the period…' : `${request.retailerCode}…`,
    });
    try {
      const file = await client.call('settlements.export', request);
      downloadBase64File(file.fileName, file.contentBase64, file.mediaType);
      notifications.update({
        id,
        loading: false,
        autoClose: 4_000,
        withCloseButton: true,
        color: 'teal',
        title: `${file.fileName} downloaded`,
        message: `${file.rows.toLocaleString()} rows`,
      });
    } catch (caught) {
      notifications.update({
        id,
        loading: false,
        autoClose: false,
        withCloseButton: true,
        color: 'red',
        title: 'The workbook could not be made',
        message: asContractError(caught).message,
      });
    } finally {
      setBusy(false);
    }
  };
  return { busy, download };
}
