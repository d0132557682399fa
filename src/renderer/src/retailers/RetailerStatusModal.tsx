import { Alert, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle } from '@tabler/icons-react';
import type { RetailerStatus, RetailerView } from '../../../contract/retailerSchemas';
import { useClient } from '../client/ClientContext';
import { useSubmission } from '../client/useSubmission';
import { FormButtons } from '../shell/FormButtons';

const reasonLengthMin = 3;
const reasonLengthMax = 200;

const wording: Record<RetailerStatus, { title: string; button: string; color: string; done: string }> = {
  suspended: { title: 'Suspend', button: 'Suspend', color: 'orange', done: 'suspended' },
  closed: { title: 'Close', button: 'Close for good', color: 'red', done: 'closed' },
  active: { title: 'Reactivate', button: 'Reactivate', color: 'teal', done: 'active again' },
};

/**
 * Asks before a retailer's status changes: a reason to suspend or close (kept with the retailer
 * for whoever looks later), and a plain warning that closing cannot be undone.
 */
export function RetailerStatusModal({
  retailer,
  target,
  onClose,
  onChanged,
}: {
  retailer: RetailerView;
  target: RetailerStatus | null;
  onClose: () => void;
  onChanged: (retailer: RetailerView) => void;
}) {
  return (
    <Modal
      opened={target !== null}
      onClose={onClose}
      title={target === null ? '' : `${wording[target].title} ${retailer.name}?`}
      size="md"
    >
      {target !== null && (
        <StatusForm retailer={retailer} target={target} onCancel={onClose} onChanged={onChanged} />
      )}
    </Modal>
  );
}

function StatusForm({
  retailer,
  target,
  onCancel,
  onChanged,
}: {
  retailer: RetailerView;
  target: RetailerStatus;
  onCancel: () => void;
  onChanged: (retailer: RetailerView) => void;
}) {
  const client = useClient();
  const reasonRequired = target !== 'active';
  const form = useForm({
    mode: 'controlled',
    initialValues: { reason: '' },
    validate: {
      reason: (reason) =>
        reasonRequired && reason.trim().length < reasonLengthMin
          ? `Say why, in at least ${reasonLengthMin} characters`
          : null,
    },
  });
  const words = wording[target];
  const { busy, failure, run } = useSubmission((issues) => {
    for (const issue of issues) form.setFieldError(issue.path, issue.message);
  });

  const submit = ({ reason }: { reason: string }) =>
    run(async () => {
      const changed = await client.call('retailers.setStatus', {
        code: retailer.code,
        status: target,
        ...(reason.trim() === '' ? {} : { reason: reason.trim() }),
      });
      notifications.show({
        color: words.color,
        title: `${changed.name} is ${words.done}`,
        message: changed.statusReason ?? 'It can be allocated stock again.',
      });
      onChanged(changed);
    });

  return (
    <form onSubmit={form.onSubmit((values) => void submit(values))} noValidate>
      <Stack gap="md">
        {target === 'closed' && (
          <Alert color="red" icon={<IconAlertTriangle />} title="Closing is final">
            {retailer.name} ({retailer.code}) can never be reactivated, and its code is never given to anyone
            else. What it owes stays in the ledger until it is paid.
          </Alert>
        )}
        {target === 'suspended' && (
          <Text size="sm">
            A suspended retailer receives no allocations until it is reactivated. Its balances are kept.
          </Text>
        )}
        {target === 'active' && (
          <Text size="sm">{retailer.name} may be allocated stock again from now on.</Text>
        )}
        <Textarea
          label="Reason"
          description={reasonRequired ? 'Kept with the retailer, for whoever looks later' : 'Optional'}
          required={reasonRequired}
          maxLength={reasonLengthMax}
          autosize
          minRows={2}
          data-autofocus
          onKeyDown={(event) => {
            // Enter confirms, as in any other field; Shift+Enter starts a new line.
            if (event.key === 'Enter' && !event.shiftKey) {
              event.preventDefault();
              event.currentTarget.form?.requestSubmit();
            }
          }}
          {...form.getInputProps('reason')}
        />
        {failure !== null && failure.body.issues === undefined && (
          <Alert color="red" title="Not changed">
            {failure.message}
          </Alert>
        )}
        <FormButtons submitLabel={words.button} color={words.color} busy={busy} onCancel={onCancel} />
      </Stack>
    </form>
  );
}
