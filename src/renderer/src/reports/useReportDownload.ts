import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OperationInput } from '../../../contract/operations';
import { asContractError } from '../client/asContractError';
import { useClient } from '../client/ClientContext';
import { formatCount } from '../format/formatCount';
import { currentLanguage } from '../i18n/i18n';
import { downloadBase64File } from '../sync/downloadBase64File';

export type ReportExport = OperationInput<'reports.export'>;

/** Asks the core for a report file and hands it to the download; says so when the core refuses. */
export function useReportDownload(): { busy: boolean; download: (request: ReportExport) => Promise<void> } {
  const { t } = useTranslation('reports');
  const client = useClient();
  const [busy, setBusy] = useState(false);
  const download = async (request: ReportExport) => {
    setBusy(true);
    try {
      const file = await client.call('reports.export', { ...request, language: currentLanguage() });
      downloadBase64File(file.fileName, file.contentBase64, file.mediaType);
      notifications.show({
        color: 'teal',
        title: t('download.done', { fileName: file.fileName }),
        message: t('download.rows', { count: file.rows, countText: formatCount(file.rows) }),
      });
    } catch (caught) {
      notifications.show({
        color: 'red',
        title: t('download.failed'),
        message: asContractError(caught).message,
      });
    } finally {
      setBusy(false);
    }
  };
  return { busy, download };
}
