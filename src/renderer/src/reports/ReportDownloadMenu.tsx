import { ActionIcon, Menu } from '@mantine/core';
import { IconDownload, IconFileSpreadsheet, IconFileText } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { type ReportExport, useReportDownload } from './useReportDownload';

/** A card's download: its table as CSV, or as an Excel workbook with numbers kept as numbers. */
export function ReportDownloadMenu({
  title,
  csv,
  xlsx,
}: {
  /** What is downloaded, said by the button: "Download Top resellers". */
  title: string;
  /** The export each item asks for, without its format. */
  csv: Omit<ReportExport, 'format'>;
  xlsx: Omit<ReportExport, 'format'>;
}) {
  const { t } = useTranslation('reports');
  const { busy, download } = useReportDownload();
  const label = t('download.label', { title });
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <ActionIcon variant="subtle" color="gray" aria-label={label} title={label} loading={busy}>
          <IconDownload size={16} />
        </ActionIcon>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item
          leftSection={<IconFileText size={14} />}
          onClick={() => void download({ ...csv, format: 'csv' })}
        >
          {t('download.csv')}
        </Menu.Item>
        <Menu.Item
          leftSection={<IconFileSpreadsheet size={14} />}
          onClick={() => void download({ ...xlsx, format: 'xlsx' })}
        >
          {t('download.excel')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
