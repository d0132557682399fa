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
import {
  type RetailerImportPreview,
  retailerLevels,
  retailerLimits,
  retailerTerms,
} from '../../../contract/retailerSchemas';
import { asContractError } from '../client/asContractError';
import { useClient } from '../client/ClientContext';
import { useSubmission } from '../client/useSubmission';
import { formatCount } from '../format/formatCount';
import { type AmountAsset, formatMinor } from '../format/formatMinor';
import { localizeContractMessage } from '../i18n/contractMessages';
import { AmountText } from '../ledger/AmountText';
import { FormButtons } from '../shell/FormButtons';
import { ImportRowProblems } from '../shell/ImportRowProblems';
import { OperationErrorAlert } from '../shell/OperationErrorAlert';
import { type VirtualColumn, VirtualTable } from '../shell/VirtualTable';
import { csvDocument } from '../sync/csvText';
import { downloadTextFile } from '../sync/downloadTextFile';
import classes from './RetailerImportModal.module.css';
import { readFileBase64 } from './readFileBase64';
import { retailerLevelLabel, retailerTermsLabel } from './retailerLabels';

type ImportRow = RetailerImportPreview['rows'][number];

/** The columns an import reads, in the order the template lists them. */
const templateColumns = [
  'code',
  'name',
  'level',
  'parent_code',
  'contact_name',
  'phone',
  'email',
  'region',
  'wallet_msisdn',
  'operator_party_id',
  'terms',
  'credit_limit',
  'daily_limit',
  'commission_plan',
];
const fileSizeMaxMb = retailerLimits.importFileBytesMax / 1024 / 1024;

function downloadTemplate(): void {
  downloadTextFile('retailers-template.csv', csvDocument([templateColumns]), 'text/csv;charset=utf-8');
}

/** A value from the file in words when it is one the core knows ("sub_distributor"), else as typed. */
function labelOf<Value extends string>(
  known: readonly Value[],
  label: (value: Value) => string,
  value: string | null,
): string | null {
  if (value === null) return null;
  const match = known.find((candidate) => candidate === value);
  return match === undefined ? value : label(match);
}

function previewColumns(asset: AmountAsset, t: TFunction<'retailers'>): Array<VirtualColumn<ImportRow>> {
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
    { key: 'code', label: t('import.columns.code'), width: '112px', cell: (row) => text(row.code, true) },
    {
      key: 'name',
      label: t('import.columns.name'),
      width: 'minmax(140px, 1.2fr)',
      cell: (row) => text(row.name),
    },
    {
      key: 'parent',
      label: t('import.columns.parent'),
      width: '112px',
      cell: (row) => text(row.parentCode, true),
    },
    {
      key: 'level',
      label: t('import.columns.level'),
      width: '124px',
      cell: (row) => text(labelOf(retailerLevels, retailerLevelLabel, row.level)),
    },
    {
      key: 'terms',
      label: t('import.columns.terms'),
      width: '84px',
      cell: (row) => text(labelOf(retailerTerms, retailerTermsLabel, row.terms)),
    },
    {
      key: 'creditLimit',
      label: t('import.columns.creditLimit'),
      width: '130px',
      alignRight: true,
      cell: (row) =>
        row.creditLimitMinor === null ? (
          text(null)
        ) : (
          <AmountText amountMinor={row.creditLimitMinor} asset={asset} size="sm" />
        ),
    },
    {
      key: 'problems',
      label: t('import.columns.problems'),
      width: 'minmax(220px, 2fr)',
      cell: (row) => <ImportRowProblems issues={row.issues} />,
    },
  ];
}

/**
 * Onboards many retailers from a CSV or Excel file: the core checks every row first and the clerk
 * sees each problem by row and column. The import is all or nothing, so it waits until the file
 * has no problem left.
 */
export function RetailerImportModal({
  opened,
  onClose,
  asset,
  onImported,
}: {
  opened: boolean;
  onClose: () => void;
  asset: AmountAsset;
  onImported: () => void;
}) {
  const { t } = useTranslation('retailers');
  return (
    <Modal opened={opened} onClose={onClose} title={t('import.title')} size="80rem">
      <RetailerImport asset={asset} onImported={onImported} onCancel={onClose} />
    </Modal>
  );
}

function RetailerImport({
  asset,
  onImported,
  onCancel,
}: {
  asset: AmountAsset;
  onImported: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation('retailers');
  const client = useClient();
  const [file, setFile] = useState<File | null>(null);
  const [content, setContent] = useState<{ fileName: string; contentBase64: string } | null>(null);
  const [preview, setPreview] = useState<RetailerImportPreview | null>(null);
  const [onlyProblems, setOnlyProblems] = useState(true);
  const checking = useSubmission();
  const applying = useSubmission();
  const failure = checking.failure ?? applying.failure;

  const choose = (chosen: File | null) => {
    setFile(chosen);
    setPreview(null);
    setContent(null);
    applying.setFailure(null);
    if (chosen !== null && chosen.size > retailerLimits.importFileBytesMax) {
      checking.setFailure(
        asContractError(t('import.tooLarge', { file: chosen.name, size: formatCount(fileSizeMaxMb) })),
      );
      return;
    }
    return checking.run(async () => {
      if (chosen === null) return;
      const read = { fileName: chosen.name, contentBase64: await readFileBase64(chosen) };
      const checked = await client.call('retailers.importPreview', read);
      setContent(read);
      setPreview(checked);
    });
  };

  const apply = () =>
    applying.run(async () => {
      if (content === null) return;
      const result = await client.call('retailers.importApply', content);
      notifications.show({
        color: 'teal',
        title: t('import.imported.title', { count: result.imported, total: formatCount(result.imported) }),
        message: t('import.imported.message', { file: content.fileName }),
      });
      onImported();
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
          label={t('import.file')}
          description={t('import.fileHint', {
            rows: formatCount(retailerLimits.importRowsMax),
            size: formatCount(fileSizeMaxMb),
          })}
          placeholder={t('import.filePlaceholder')}
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
            i18nKey="import.columnsHelp"
            values={{ columns: templateColumns.join(', '), currency: asset.currency }}
            components={{
              template: <Anchor component="button" type="button" size="sm" onClick={downloadTemplate} />,
            }}
          />
        </Text>
      )}
      {checking.busy && (
        <Text size="sm" c="dimmed">
          {t('import.checking', { file: file?.name ?? '' })}
        </Text>
      )}
      {failure !== null && <OperationErrorAlert title={t('import.notImported')} error={failure} />}

      {preview !== null && preview.fileError !== null && (
        <Alert
          color="red"
          icon={<IconAlertTriangle />}
          title={t('import.cannotImport', { file: preview.fileName })}
        >
          {localizeContractMessage(preview.fileError)}
        </Alert>
      )}
      {preview !== null && preview.fileError === null && (
        <ImportPreviewSummary
          preview={preview}
          asset={asset}
          rows={shownRows}
          onlyProblems={onlyProblems}
          onOnlyProblemsChange={setOnlyProblems}
        />
      )}

      <Group justify="space-between" align="center">
        <Text size="sm" c={preview !== null && !ready ? 'red' : 'dimmed'} data-testid="import-explanation">
          {preview === null
            ? t('import.explanation.idle')
            : ready
              ? t('import.explanation.ready')
              : preview.fileError !== null
                ? t('import.explanation.fixFile')
                : t('import.explanation.fixRows', {
                    count: preview.invalidCount,
                    rows: formatCount(preview.invalidCount),
                  })}
        </Text>
        <FormButtons
          submitLabel={
            preview === null || preview.validCount === 0
              ? t('import.submit')
              : t('import.submitCount', { count: preview.validCount, total: formatCount(preview.validCount) })
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

function ImportPreviewSummary({
  preview,
  asset,
  rows,
  onlyProblems,
  onOnlyProblemsChange,
}: {
  preview: RetailerImportPreview;
  asset: AmountAsset;
  rows: ImportRow[];
  onlyProblems: boolean;
  onOnlyProblemsChange: (only: boolean) => void;
}) {
  const { t } = useTranslation('retailers');
  const figures: Array<{ label: string; value: string; testId: string; color?: string }> = [
    { label: t('import.figures.rows'), value: formatCount(preview.rowCount), testId: 'import-rows' },
    {
      label: t('import.figures.ready'),
      value: formatCount(preview.validCount),
      testId: 'import-valid',
      color: 'teal',
    },
    {
      label: t('import.figures.withProblems'),
      value: formatCount(preview.invalidCount),
      testId: 'import-invalid',
      color: preview.invalidCount > 0 ? 'red' : undefined,
    },
    {
      // Of the ready rows: a row with a problem is not counted until it is fixed.
      label: t('import.figures.creditLimits'),
      value: formatMinor(preview.totalCreditLimitMinor, asset),
      testId: 'import-credit',
    },
  ];
  return (
    <Stack gap="sm">
      <SimpleGrid cols={4} spacing="sm">
        {figures.map((figure) => (
          <div key={figure.testId} className={classes.figure}>
            <Text size="xs" tt="uppercase" fw={700} c="dimmed">
              {figure.label}
            </Text>
            <Text size="lg" fw={600} c={figure.color} data-testid={figure.testId}>
              {figure.value}
            </Text>
          </div>
        ))}
      </SimpleGrid>
      {preview.unknownColumns.length > 0 && (
        <Text size="sm" c="orange">
          {t('import.unknownColumns', { columns: preview.unknownColumns.join(', ') })}
        </Text>
      )}
      {preview.invalidCount > 0 && (
        <Switch
          label={t('import.onlyProblems')}
          checked={onlyProblems}
          onChange={(event) => onOnlyProblemsChange(event.currentTarget.checked)}
        />
      )}
      <VirtualTable
        label={t('import.tableLabel')}
        testId="import-preview-table"
        rowCount={rows.length}
        rowAt={(index) => rows[index]}
        rowKey={(row) => String(row.rowNumber)}
        rowData={(row) => ({
          'data-row-number': String(row.rowNumber),
          'data-problems': String(row.issues.length),
        })}
        rowClassName={(row) => (row.issues.length > 0 ? classes.problemRow : undefined)}
        columns={previewColumns(asset, t)}
        tableWidthMinPx={1000}
        viewportOffsetPx={480}
      />
    </Stack>
  );
}
