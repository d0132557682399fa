import { Alert, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconAlertCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { AllocationApprovalView } from '../../../contract/allocationSchemas';
import { useClient } from '../client/ClientContext';
import { useSubmission } from '../client/useSubmission';
import { type AmountAsset, formatMinor } from '../format/formatMinor';
import { localizeContractMessage } from '../i18n/contractMessages';
import { FormButtons } from '../shell/FormButtons';

export type ApprovalDecision = 'approve' | 'reject';

const noteLengthMax = 200;
const rejectReasonLengthMin = 3;

/**
 * The checker's decision on a held allocation: approving runs every check again and queues it (an
 * optional note); rejecting needs the reason. A refusal (the maker approving their own request, a
 * check that no longer passes) is shown in the core's words and the request stays as it was.
 */
export function ApprovalDecisionModal({
  approval,
  decision,
  airtime,
  onClose,
  onDecided,
}: {
  approval: AllocationApprovalView | null;
  decision: ApprovalDecision;
  airtime: AmountAsset;
  onClose: () => void;
  onDecided: () => void;
}) {
  const { t } = useTranslation('allocations');
  const approving = decision === 'approve';
  const titleValues =
    approval === null
      ? null
      : { amount: formatMinor(approval.amountMinor, airtime), retailer: approval.retailerName };
  const title =
    titleValues === null
      ? ''
      : approving
        ? t('decision.approveTitle', titleValues)
        : t('decision.rejectTitle', titleValues);
  return (
    <Modal opened={approval !== null} onClose={onClose} title={title} size="lg">
      {approval !== null && (
        <DecisionForm
          key={`${approval.id}-${decision}`}
          approval={approval}
          decision={decision}
          onClose={onClose}
          onDecided={onDecided}
          airtime={airtime}
        />
      )}
    </Modal>
  );
}

function DecisionForm({
  approval,
  decision,
  airtime,
  onClose,
  onDecided,
}: {
  approval: AllocationApprovalView;
  decision: ApprovalDecision;
  airtime: AmountAsset;
  onClose: () => void;
  onDecided: () => void;
}) {
  const { t } = useTranslation('allocations');
  const client = useClient();
  const approving = decision === 'approve';
  const form = useForm({
    mode: 'controlled',
    initialValues: { note: '' },
    validate: {
      note: (text: string) => {
        const note = text.trim();
        if (note.length > noteLengthMax) return t('decision.errors.noteTooLong', { max: noteLengthMax });
        if (!approving && note.length < rejectReasonLengthMin)
          return t('decision.errors.reasonRequired', { min: rejectReasonLengthMin });
        return null;
      },
    },
  });
  const { busy, failure, run } = useSubmission((issues) => {
    for (const issue of issues) form.setFieldError(issue.path, issue.message);
  });
  const amount = formatMinor(approval.amountMinor, airtime);

  const submit = (values: { note: string }) =>
    run(async () => {
      const note = values.note.trim();
      if (approving) {
        await client.call('allocations.approve', { id: approval.id, ...(note === '' ? {} : { note }) });
        notifications.show({
          color: 'teal',
          title: t('decision.approvedTitle', { amount, retailer: approval.retailerName }),
          message: t('decision.approvedMessage'),
        });
      } else {
        await client.call('allocations.reject', { id: approval.id, note });
        notifications.show({
          color: 'gray',
          title: t('decision.rejectedTitle', { amount, retailer: approval.retailerName }),
          message: t('decision.rejectedMessage'),
        });
      }
      onDecided();
    });

  return (
    <form
      noValidate
      aria-label={approving ? t('decision.approve') : t('decision.reject')}
      onSubmit={form.onSubmit(submit)}
    >
      <Stack gap="md">
        <Text size="sm">
          {t('decision.askedBy', {
            name: approval.requestedByName,
            retailer: approval.retailerName,
            code: approval.retailerCode,
          })}{' '}
          {localizeContractMessage(approval.explanation)}
        </Text>
        <Text size="sm" c="dimmed">
          {approving ? t('decision.approveHint') : t('decision.rejectHint')}
        </Text>
        <Textarea
          label={approving ? t('decision.note') : t('decision.reason')}
          description={approving ? t('decision.noteDescription') : t('decision.reasonDescription')}
          withAsterisk={!approving}
          autosize
          minRows={2}
          data-autofocus
          {...form.getInputProps('note')}
        />
        {failure !== null && (
          <Alert
            color="red"
            icon={<IconAlertCircle />}
            title={approving ? t('decision.notApproved') : t('decision.notRejected')}
            data-testid="approval-refusal"
          >
            {failure.message}
          </Alert>
        )}
        <FormButtons
          submitLabel={approving ? t('decision.approve') : t('decision.reject')}
          color={approving ? 'teal' : 'red'}
          busy={busy}
          onCancel={onClose}
        />
      </Stack>
    </form>
  );
}
