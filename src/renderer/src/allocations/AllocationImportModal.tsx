import {
  Alert,
  Anchor,
  Button,
  FileInput,
  Group,
  Modal,
  SimpleGrid,
  Stack,
  Switch,
  Text,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle, IconDownload, IconFileSpreadsheet } from '@tabler/icons-react';
import type { TFunction } from 'i18next';
import { useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { uuidv7 } from 'uuidv7';
import type { AllocationImportPreview } from '../../../contract/allocationSchemas';
import { retailerLimits } from '../../../contract/retailerSchemas';
import { asContractError } from '../client/asContractError';
import { useClient } from '../client/ClientContext';
import { useSubmission } from '../client/useSubmission';
import { formatCount } from '../format/formatCount';
import { type AmountAsset, formatMinor } from '../format/formatMinor';
import { localizeContractMessage } from '../i18n/contractMessages';
import { AmountText } from '../ledger/AmountText';
import importClasses from '../retailers/RetailerImportModal.module.css';
import { readFileBase64 } from '../retailers/readFileBase64';
import { FormButtons } from '../shell/FormButtons';
import { ImportRowProblems } from '../shell/ImportRowProblems';
import { OperationErrorAlert } from '../shell/OperationErrorAlert';
import { type VirtualColumn, VirtualTable } from '../shell/VirtualTable';
import { csvDocument } from '../sync/csvText';
import { downloadTextFile } from '../sync/downloadTextFile';

type ImportRow = AllocationImportPreview['rows'][number];

/** The file's column names, as the core reads them: not translated. */
const templateColumns = ['retailer_code', 'amount', 'note'];
const fileBytesMax = retailerLimits.importFileBytesMax;
const fileSizeMaxMb = fileBytesMax / 1024 / 1024;

function downloadTemplate(): void {
  downloadTextFile('allocations-template.csv', csvDocument([templateColumns]), 'text/csv;charset=utf-8');
}

function previewColumns(airtime: AmountAsset, t: TFunction<'allocations'>): Array<VirtualColumn<ImportRow>> {
  const text = (value: string | null, monospace = false) => (
    <Text
      size="sm"
      truncate
      c={value === null ? 'dimmed' : undefined}
      ff={monospace && value !== null ? 'monospace' : undefined}
    >
      {value ?? '—'}
    </Text>
  );
  return [
    {
      key: 'row',
      label: t('import.columns.row'),
      width: '56px',
      alignRight: true,
      cell: (row) => text(String(row.rowNumber)),
    },
    {
      key: 'code',
      label: t('import.columns.retailerCode'),
      width: '130px',
      cell: (row) => text(row.retailerCode, true),
    },
    {
      key: 'name',
      label: t('import.columns.retailer'),
      width: 'minmax(140px, 1fr)',
      cell: (row) => text(row.retailerName),
    },
    {
      key: 'amount',
      label: t('import.columns.amount'),
      width: '130px',
      alignRight: true,
      cell: (row) =>
        row.amountMinor === null ? (
          text(null)
        ) : (
          <AmountText amountMinor={row.amountMinor} asset={airtime} size="sm" />
        ),
    },
    {
      key: 'note',
      label: t('import.columns.note'),
      width: 'minmax(100px, 0.8fr)',
      cell: (row) => text(row.note),
    },
    {
      key: 'problems',
      label: t('import.columns.problems'),
      width: 'minmax(240px, 2fr)',
      cell: (row) => <ImportRowProblems issues={row.issues} />,
    },
  ];
}

/**
 * Allocates to many retailers from a CSV or Excel file. The core checks every row, with the rows
 * above it, against the retailer's status, wallet, daily limit, credit or prepaid balance and the
 * wholesale stock; the file is queued whole or not at all, so it waits until no problem is left.
 * One batch id per chosen file makes a retried apply queue nothing twice.
 */
export function AllocationImportModal({
  opened,
  onClose,
  airtime,
  onApplied,
}: {
  opened: boolean;
  onClose: () => void;
  airtime: AmountAsset;
  onApplied: () => void;
}) {
  const { t } = useTranslation('allocations');
  return (
    <Modal opened={opened} onClose={onClose} title={t('import.title')} size="80rem">
      <AllocationImport airtime={airtime} onApplied={onApplied} onCancel={onClose} />
    </Modal>
  );
}

interface ChosenFile {
  fileName: string;
  contentBase64: string;
  batchId: string;
}

function AllocationImport({
  airtime,
  onApplied,
  onCancel,
}: {
  airtime: AmountAsset;
  onApplied: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation('allocations');
  const client = useClient();
  const [file, setFile] = useState<File | null>(null);
  const [content, setContent] = useState<ChosenFile | null>(null);
  const [preview, setPreview] = useState<AllocationImportPreview | null>(null);
  const [onlyProblems, setOnlyProblems] = useState(false);
  const checking = useSubmission();
  const applying = useSubmission();
  const failure = checking.failure ?? applying.failure;

  const choose = (chosen: File | null) => {
    setFile(chosen);
    setPreview(null);
    setContent(null);
    applying.setFailure(null);
    if (chosen !== null && chosen.size > fileBytesMax) {
      checking.setFailure(
        asContractError(t('import.fileTooLarge', { file: chosen.name, size: fileSizeMaxMb })),
      );
      return;
    }
    return checking.run(async () => {
      if (chosen === null) return;
      const read = { fileName: chosen.name, contentBase64: await readFileBase64(chosen) };
      const checked = await client.call('allocations.importPreview', read);
      // Minted once for this file: applying it again after a lost answer queues nothing twice.
      setContent({ ...read, batchId: uuidv7() });
      setPreview(checked);
    });
  };

  const apply = () =>
    applying.run(async () => {
      if (content === null) return;
      const result = await client.call('allocations.importApply', content);
      notifications.show({
        color: 'teal',
        title: t('import.queuedTitle', { count: result.queued }),
        message: t('import.queuedMessage', {
          amount: formatMinor(result.totalAmountMinor, airtime),
          file: content.fileName,
        }),
      });
      onApplied();
    });

  const ready =
    preview !== null && preview.fileError === null && preview.invalidCount === 0 && preview.rowCount > 0;
  const shownRows =
    preview === null
      ? []
      : onlyProblems && preview.invalidCount > 0
        ? preview.rows.filter((row) => row.issues.length > 0)
        : preview.rows;

  return (
    <Stack gap="md">
      <Group align="flex-end" justify="space-between">
        <FileInput
          label={t('import.file.label')}
          description={t('import.file.description', { size: fileSizeMaxMb })}
          placeholder={t('import.file.placeholder')}
          accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          leftSection={<IconFileSpreadsheet size={16} />}
          value={file}
          onChange={(chosen) => void choose(chosen)}
          clearable
          data-autofocus
          style={{ flex: 1 }}
          disabled={checking.busy || applying.busy}
        />
        <Button variant="subtle" leftSection={<IconDownload size={16} />} onClick={downloadTemplate}>
          {t('import.downloadTemplate')}
        </Button>
      </Group>
      {preview === null && !checking.busy && failure === null && (
        <Text size="sm" c="dimmed">
          <Trans
            t={t}
            i18nKey="import.hint"
            values={{ columns: templateColumns.join(', '), currency: airtime.currency }}
            components={{
              download: <Anchor component="button" type="button" size="sm" onClick={downloadTemplate} />,
            }}
          />
        </Text>
      )}
      {checking.busy && (
        <Text size="sm" c="dimmed">
          {t('import.checking', { file: file?.name ?? '' })}
        </Text>
      )}
      {failure !== null && <OperationErrorAlert title={t('import.refusalTitle')} error={failure} />}
      {preview !== null && preview.fileError !== null && (
        <Alert
          color="red"
          icon={<IconAlertTriangle />}
          title={t('import.fileError', { file: preview.fileName })}
        >
          {localizeContractMessage(preview.fileError)}
        </Alert>
      )}
      {preview !== null && preview.fileError === null && (
        <Stack gap="sm">
          <PreviewFigures preview={preview} airtime={airtime} />
          {preview.invalidCount > 0 && (
            <Switch
              label={t('import.onlyProblems')}
              checked={onlyProblems}
              onChange={(event) => setOnlyProblems(event.currentTarget.checked)}
            />
          )}
          <VirtualTable
            label={t('import.tableLabel')}
            testId="allocation-preview-table"
            rowCount={shownRows.length}
            rowAt={(index) => shownRows[index]}
            rowKey={(row) => String(row.rowNumber)}
            rowData={(row) => ({
              'data-row-number': String(row.rowNumber),
              'data-problems': String(row.issues.length),
            })}
            rowClassName={(row) => (row.issues.length > 0 ? importClasses.problemRow : undefined)}
            columns={previewColumns(airtime, t)}
            tableWidthMinPx={960}
            viewportOffsetPx={480}
          />
        </Stack>
      )}
      <Group justify="space-between" align="center">
        <Text
          size="sm"
          c={preview !== null && !ready ? 'red' : 'dimmed'}
          data-testid="allocation-import-explanation"
        >
          {preview === null
            ? t('import.explanation.nothingYet')
            : ready
              ? t('import.explanation.ready')
              : preview.fileError !== null
                ? t('import.explanation.fixFile')
                : t('import.explanation.fixRows', { count: preview.invalidCount })}
        </Text>
        <FormButtons
          submitLabel={
            preview === null || preview.validCount === 0
              ? t('import.submit')
              : t('import.submitRows', { count: preview.validCount })
          }
          busy={applying.busy}
          disabled={!ready}
          onCancel={onCancel}
          onSubmit={() => void apply()}
        />
      </Group>
    </Stack>
  );
}

function PreviewFigures({ preview, airtime }: { preview: AllocationImportPreview; airtime: AmountAsset }) {
  const { t } = useTranslation('allocations');
  const leftMinor = preview.wholesaleAvailableMinor - preview.totalAmountMinor;
  const figures: Array<{ label: string; value: string; testId: string; color?: string }> = [
    {
      label: t('import.figures.rows'),
      value: formatCount(preview.rowCount),
      testId: 'allocation-import-rows',
    },
    {
      label: t('import.figures.ready'),
      value: formatCount(preview.validCount),
      testId: 'allocation-import-valid',
      color: 'teal',
    },
    {
      label: t('import.figures.withProblems'),
      value: formatCount(preview.invalidCount),
      testId: 'allocation-import-invalid',
      color: preview.invalidCount > 0 ? 'red' : undefined,
    },
    {
      label: t('import.figures.total'),
      value: formatMinor(preview.totalAmountMinor, airtime),
      testId: 'allocation-import-total',
    },
    {
      label: t('import.figures.wholesale'),
      value: formatMinor(preview.wholesaleAvailableMinor, airtime),
      testId: 'allocation-import-wholesale',
    },
    {
      label: t('import.figures.left'),
      value: formatMinor(leftMinor, airtime),
      testId: 'allocation-import-left',
      color: leftMinor < 0 ? 'red' : undefined,
    },
  ];
  return (
    <SimpleGrid cols={{ base: 3, lg: 6 }} spacing="sm">
      {figures.map((figure) => (
        <div key={figure.testId} className={importClasses.figure}>
          <Text size="xs" tt="uppercase" fw={700} c="dimmed">
            {figure.label}
          </Text>
          <Text size="lg" fw={600} c={figure.color} data-testid={figure.testId}>
            {figure.value}
          </Text>
        </div>
      ))}
    </SimpleGrid>
  );
}
