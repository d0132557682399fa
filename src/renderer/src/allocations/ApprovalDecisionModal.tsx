import { Alert, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconAlertCircle } from '@tabler/icons-react';
import type { AllocationApprovalView } from '../../../contract/allocationSchemas';
import { useClient } from '../client/ClientContext';
import { useSubmission } from '../client/useSubmission';
import { type AmountAsset, formatMinor } from '../format/formatMinor';
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
  const approving = decision === 'approve';
  const title =
    approval === null
      ? ''
      : `${approving ? 'Approve' : 'Reject'} ${formatMinor(approval.amountMinor, airtime)} to ${approval.retailerName}?`;
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
  const client = useClient();
  const approving = decision === 'approve';
  const form = useForm({
    mode: 'controlled',
    initialValues: { note: '' },
    validate: {
      note: (text: string) => {
        const note = text.trim();
        if (note.length > noteLengthMax) return `is longer than ${noteLengthMax} characters`;
        if (!approving && note.length < rejectReasonLengthMin)
          return `is required to reject (at least ${rejectReasonLengthMin} characters)`;
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
          title: `${amount} to ${approval.retailerName} approved`,
          message: 'Every check passed again; it is reserved and queued for the next sync.',
        });
      } else {
        await client.call('allocations.reject', { id: approval.id, note });
        notifications.show({
          color: 'gray',
          title: `${amount} to ${approval.retailerName} rejected`,
          message: 'Nothing was reserved or sent. The clerk can ask for a new allocation.',
        });
      }
      onDecided();
    });

  return (
    <form noValidate aria-label={approving ? 'Approve' : 'Reject'} onSubmit={form.onSubmit(submit)}>
      <Stack gap="md">
        <Text size="sm">
          Asked by {approval.requestedByName} for {approval.retailerName} ({approval.retailerCode}).{' '}
          {approval.explanation}
        </Text>
        <Text size="sm" c="dimmed">
          {approving
            ? 'Approving runs every check again (stock, credit, daily limit, status) and queues it for the operator.'
            : 'Rejecting closes the request: nothing is reserved or sent.'}
        </Text>
        <Textarea
          label={approving ? 'Note' : 'Reason'}
          description={
            approving ? 'Optional, kept with the decision' : 'Kept with the decision; the clerk sees it'
          }
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
            title={approving ? 'Not approved' : 'Not rejected'}
            data-testid="approval-refusal"
          >
            {failure.message}
          </Alert>
        )}
        <FormButtons
          submitLabel={approving ? 'Approve' : 'Reject'}
          color={approving ? 'teal' : 'red'}
          busy={busy}
          onCancel={onClose}
        />
      </Stack>
    </form>
  );
}
