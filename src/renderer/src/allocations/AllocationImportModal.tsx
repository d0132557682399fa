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
import { useState } from 'react';
import { uuidv7 } from 'uuidv7';
import type { AllocationImportPreview } from '../../../contract/allocationSchemas';
import { retailerLimits } from '../../../contract/retailerSchemas';
import { asContractError } from '../client/asContractError';
import { useClient } from '../client/ClientContext';
import { useSubmission } from '../client/useSubmission';
import { type AmountAsset, formatMinor } from '../format/formatMinor';
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

const templateColumns = ['retailer_code', 'amount', 'note'];
const fileBytesMax = retailerLimits.importFileBytesMax;
const fileSizeMaxMb = fileBytesMax / 1024 / 1024;
const countFormat = new Intl.NumberFormat();

function downloadTemplate(): void {
  downloadTextFile('allocations-template.csv', csvDocument([templateColumns]), 'text/csv;charset=utf-8');
}

function previewColumns(airtime: AmountAsset): Array<VirtualColumn<ImportRow>> {
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
    { key: 'row', label: 'Row', width: '56px', alignRight: true, cell: (row) => text(String(row.rowNumber)) },
    { key: 'code', label: 'Retailer code', width: '130px', cell: (row) => text(row.retailerCode, true) },
    { key: 'name', label: 'Retailer', width: 'minmax(140px, 1fr)', cell: (row) => text(row.retailerName) },
    {
      key: 'amount',
      label: 'Amount',
      width: '130px',
      alignRight: true,
      cell: (row) =>
        row.amountMinor === null ? (
          text(null)
        ) : (
          <AmountText amountMinor={row.amountMinor} asset={airtime} size="sm" />
        ),
    },
    { key: 'note', label: 'Note', width: 'minmax(100px, 0.8fr)', cell: (row) => text(row.note) },
    {
      key: 'problems',
      label: 'Problems',
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
  return (
    <Modal opened={opened} onClose={onClose} title="Bulk allocation" size="80rem">
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
        asContractError(`${chosen.name} is larger than ${fileSizeMaxMb} MB: split it into smaller files.`),
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
        title: `${countFormat.format(result.queued)} allocations queued`,
        message: `${formatMinor(result.totalAmountMinor, airtime)} from ${content.fileName}; the next sync sends them to the operator.`,
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
          label="Allocation file"
          description={`CSV or Excel (.xlsx), one allocation per row, up to ${fileSizeMaxMb} MB`}
          placeholder="Choose a .csv or .xlsx file"
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
          Download a CSV template
        </Button>
      </Group>
      {preview === null && !checking.busy && failure === null && (
        <Text size="sm" c="dimmed">
          Columns: {templateColumns.join(', ')}. Amounts are airtime face value in {airtime.currency}, e.g.
          250000.{' '}
          <Anchor component="button" type="button" size="sm" onClick={downloadTemplate}>
            Get the template
          </Anchor>
          .
        </Text>
      )}
      {checking.busy && (
        <Text size="sm" c="dimmed">
          Checking every row of {file?.name}…
        </Text>
      )}
      {failure !== null && <OperationErrorAlert title="Not allocated" error={failure} />}
      {preview !== null && preview.fileError !== null && (
        <Alert color="red" icon={<IconAlertTriangle />} title={`${preview.fileName} cannot be allocated`}>
          {preview.fileError}
        </Alert>
      )}
      {preview !== null && preview.fileError === null && (
        <Stack gap="sm">
          <PreviewFigures preview={preview} airtime={airtime} />
          {preview.invalidCount > 0 && (
            <Switch
              label="Only the rows with problems"
              checked={onlyProblems}
              onChange={(event) => setOnlyProblems(event.currentTarget.checked)}
            />
          )}
          <VirtualTable
            label="Rows of the file"
            testId="allocation-preview-table"
            rowCount={shownRows.length}
            rowAt={(index) => shownRows[index]}
            rowKey={(row) => String(row.rowNumber)}
            rowData={(row) => ({
              'data-row-number': String(row.rowNumber),
              'data-problems': String(row.issues.length),
            })}
            rowClassName={(row) => (row.issues.length > 0 ? importClasses.problemRow : undefined)}
            columns={previewColumns(airtime)}
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
            ? 'Nothing is reserved or queued until you allocate.'
            : ready
              ? 'Every row is ready. Allocate queues all of them at once.'
              : preview.fileError !== null
                ? 'Fix the file and choose it again.'
                : `All or nothing: fix the ${countFormat.format(preview.invalidCount)} ${preview.invalidCount === 1 ? 'row' : 'rows'} with problems in the file, then choose it again.`}
        </Text>
        <FormButtons
          submitLabel={
            preview === null || preview.validCount === 0
              ? 'Allocate'
              : `Allocate ${countFormat.format(preview.validCount)} ${preview.validCount === 1 ? 'row' : 'rows'}`
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
  const leftMinor = preview.wholesaleAvailableMinor - preview.totalAmountMinor;
  const figures: Array<{ label: string; value: string; testId: string; color?: string }> = [
    { label: 'Rows', value: countFormat.format(preview.rowCount), testId: 'allocation-import-rows' },
    {
      label: 'Ready',
      value: countFormat.format(preview.validCount),
      testId: 'allocation-import-valid',
      color: 'teal',
    },
    {
      label: 'With problems',
      value: countFormat.format(preview.invalidCount),
      testId: 'allocation-import-invalid',
      color: preview.invalidCount > 0 ? 'red' : undefined,
    },
    {
      label: 'Total, ready rows',
      value: formatMinor(preview.totalAmountMinor, airtime),
      testId: 'allocation-import-total',
    },
    {
      label: 'Wholesale available',
      value: formatMinor(preview.wholesaleAvailableMinor, airtime),
      testId: 'allocation-import-wholesale',
    },
    {
      label: 'Left after the file',
      value: formatMinor(leftMinor, airtime),
      testId: 'allocation-import-left',
      color: leftMinor < 0 ? 'red' : undefined,
    },
  ];
  return (
    <SimpleGrid cols={{ base: 3, lg: 6 }} spacing="sm">
      {figures.map((figure) => (
        <div key={figure.label} className={importClasses.figure}>
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
