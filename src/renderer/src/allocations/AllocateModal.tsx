import { Modal, Skeleton } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { OperatorConnectionView } from '../../../contract/operatorSchemas';
import type { RetailerView } from '../../../contract/retailerSchemas';
import type { AmountAsset } from '../format/formatMinor';
import { useWholesaleStock } from '../purchases/useWholesaleStock';
import { operatorAmountAsset } from '../sync/operatorAmountAsset';
import { AllocateForm } from './AllocateForm';

/** The Allocate form over another screen (a retailer's page), the retailer already chosen. */
export function AllocateModal({
  opened,
  connection,
  retailer,
  money,
  onClose,
  onAllocated,
}: {
  opened: boolean;
  connection: OperatorConnectionView | null | undefined;
  retailer: Pick<RetailerView, 'code' | 'name'>;
  money: AmountAsset;
  onClose: () => void;
  onAllocated: () => void;
}) {
  const { t } = useTranslation('allocations');
  return (
    <Modal opened={opened} onClose={onClose} title={t('modal.title', { retailer: retailer.name })} size="xl">
      {connection == null ? (
        <Skeleton height={240} />
      ) : (
        <AllocateIn
          connection={connection}
          retailer={retailer}
          money={money}
          onClose={onClose}
          onAllocated={onAllocated}
        />
      )}
    </Modal>
  );
}

function AllocateIn({
  connection,
  retailer,
  money,
  onClose,
  onAllocated,
}: {
  connection: OperatorConnectionView;
  retailer: Pick<RetailerView, 'code' | 'name'>;
  money: AmountAsset;
  onClose: () => void;
  onAllocated: () => void;
}) {
  const airtime = useMemo(() => operatorAmountAsset(connection), [connection]);
  const wholesale = useWholesaleStock(connection.assetCode);
  return (
    <AllocateForm
      airtimeAssetCode={connection.assetCode}
      airtime={airtime}
      money={money}
      wholesaleAvailableMinor={wholesale.availableMinor}
      initialRetailer={retailer}
      onAllocated={onAllocated}
      onCancel={onClose}
    />
  );
}
