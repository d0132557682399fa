import { Alert, Button, Group, Progress, Stack, Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { IconFileSpreadsheet } from '@tabler/icons-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OperationInput } from '../../../contract/operations';
import type { ExportJobView } from '../../../contract/settlementSchemas';
import { asContractError } from '../client/asContractError';
import type { AirledgerClient } from '../client/contractClient';
import { formatCount } from '../format/formatCount';
import { formatPercent } from '../format/formatPercent';
import { currentLanguage, i18n } from '../i18n/i18n';
import { downloadBase64File } from '../sync/downloadBase64File';

/** How often the modal asks the core how far the export is. */
const pollEveryMs = 300;

export type SettlementExportRequest = OperationInput<'settlements.export'>;
export type SettlementExportOutcome = 'downloaded' | 'cancelled' | 'failed';

/**
 * Makes a period's settlement workbook (every reseller, or one) in a modal: the core writes it as a
 * background job, the modal shows the rows written and offers to cancel, and once it is done hands
 * the file to the download (Electron asks where to save it). Resolves when the modal closes.
 */
export function openSettlementExportModal(
  client: AirledgerClient,
  request: SettlementExportRequest,
): Promise<SettlementExportOutcome> {
  // Made once, here: starting the same job id again (a remount) is the same export.
  const jobId = crypto.randomUUID();
  const modalId = `settlement-export-${jobId}`;
  return new Promise((resolve) => {
    let outcome: SettlementExportOutcome = 'cancelled';
    modals.open({
      modalId,
      title: i18n.t('settlements:export.title'),
      closeOnClickOutside: false,
      closeOnEscape: false,
      withCloseButton: false,
      onClose: () => resolve(outcome),
      // The modals live outside the client's provider: the client comes along as a prop.
      children: (
        <SettlementExportProgress
          client={client}
          jobId={jobId}
          request={request}
          onClose={(settled) => {
            outcome = settled;
            modals.close(modalId);
          }}
        />
      ),
    });
  });
}

type Phase = 'following' | 'cancelling' | 'cancelled' | 'failed';

function SettlementExportProgress({
  client,
  jobId,
  request,
  onClose,
}: {
  client: AirledgerClient;
  jobId: string;
  request: SettlementExportRequest;
  onClose: (outcome: SettlementExportOutcome) => void;
}) {
  const { t } = useTranslation(['settlements', 'common']);
  const [job, setJob] = useState<ExportJobView | null>(null);
  const [phase, setPhase] = useState<Phase>('following');
  const [failure, setFailure] = useState<string | null>(null);
  // Read by the running poll, which must not download what the person has just cancelled.
  const cancelRequested = useRef(false);

  useEffect(() => {
    let stopped = false;
    const fail = (message: string) => {
      setFailure(message);
      setPhase('failed');
    };
    const follow = async () => {
      let current = await client.call('settlements.exportStart', {
        jobId,
        ...request,
        language: currentLanguage(),
      });
      while (!stopped && current.state === 'running') {
        setJob(current);
        await new Promise((resolve) => setTimeout(resolve, pollEveryMs));
        if (stopped) return;
        current = await client.call('settlements.exportJob', { jobId });
      }
      if (stopped || cancelRequested.current) return;
      setJob(current);
      if (current.state === 'failed')
        return fail(current.error?.message ?? i18n.t('settlements:export.writeFailed'));
      if (current.state === 'cancelled') return setPhase('cancelled');
      const file = await client.call('settlements.exportFile', { jobId });
      if (stopped || cancelRequested.current) return;
      downloadBase64File(file.fileName, file.contentBase64, file.mediaType);
      notifications.show({
        color: 'teal',
        title: i18n.t('settlements:export.downloaded', { file: file.fileName }),
        message: i18n.t('settlements:export.downloadedRows', {
          count: file.rows,
          number: formatCount(file.rows),
        }),
      });
      onClose('downloaded');
    };
    follow().catch((caught: unknown) => {
      if (!stopped && !cancelRequested.current) fail(asContractError(caught).message);
    });
    return () => {
      stopped = true;
    };
  }, [client, jobId, request, onClose]);

  const cancel = async () => {
    cancelRequested.current = true;
    setPhase('cancelling');
    try {
      const view = await client.call('settlements.exportCancel', { jobId });
      setJob(view);
      if (view.state === 'failed') {
        setFailure(view.error?.message ?? t('export.writeFailed'));
        setPhase('failed');
      } else {
        setPhase('cancelled');
      }
    } catch (caught) {
      setFailure(asContractError(caught).message);
      setPhase('failed');
    }
  };

  const running = phase === 'following' || phase === 'cancelling';
  const counted = job !== null && job.rowsTotal > 0;
  const percent = counted ? Math.min(100, (job.rowsWritten / job.rowsTotal) * 100) : 0;
  const state =
    phase !== 'following' ? phase : job === null ? 'starting' : job.state === 'done' ? 'saving' : 'running';
  const rowsTotal = job?.rowsTotal ?? 0;
  const rows = {
    count: rowsTotal,
    written: formatCount(job?.rowsWritten ?? 0),
    total: formatCount(rowsTotal),
  };
  const rowsText = {
    starting: t('export.starting'),
    running: counted
      ? t('export.progress', { ...rows, percent: formatPercent(Math.floor(percent) / 100) })
      : t('export.counting'),
    saving: t('export.saving', { ...rows, percent: formatPercent(1) }),
    cancelling: t('export.cancelling'),
    cancelled: t('export.cancelled'),
    failed: t('export.failed'),
  }[state];

  return (
    <Stack gap="sm" data-testid="settlement-export" data-state={state}>
      <Group gap="xs" wrap="nowrap">
        <IconFileSpreadsheet size={18} />
        <Text fw={500} size="sm" style={{ wordBreak: 'break-all' }} data-testid="settlement-export-file">
          {job?.fileName ?? t('period.workbook')}
        </Text>
      </Group>
      <Text size="sm" c="dimmed">
        {request.retailerCode === undefined
          ? t('export.everyReseller')
          : t('export.oneReseller', { code: request.retailerCode })}
      </Text>
      <Progress
        value={state === 'saving' ? 100 : counted ? percent : running ? 100 : 0}
        animated={running && !counted}
        striped={running}
        color={phase === 'failed' ? 'red' : phase === 'cancelled' ? 'gray' : undefined}
        size="lg"
        aria-label={t('export.rowsWritten')}
      />
      <Text size="sm" data-testid="settlement-export-rows" style={{ fontVariantNumeric: 'tabular-nums' }}>
        {rowsText}
      </Text>
      {failure !== null && (
        <Alert color="red" title={t('export.failedTitle')}>
          {failure}
        </Alert>
      )}
      <Group justify="flex-end">
        {running ? (
          <Button color="red" variant="light" loading={phase === 'cancelling'} onClick={() => void cancel()}>
            {t('common:actions.cancel')}
          </Button>
        ) : (
          <Button variant="default" onClick={() => onClose(phase === 'failed' ? 'failed' : 'cancelled')}>
            {t('common:actions.close')}
          </Button>
        )}
      </Group>
    </Stack>
  );
}
