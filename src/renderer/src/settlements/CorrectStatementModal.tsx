import { Modal, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import type { StatementView } from '../../../contract/settlementSchemas';
import { useClient } from '../client/ClientContext';
import { useSubmission } from '../client/useSubmission';
import { FormButtons } from '../shell/FormButtons';
import { OperationErrorAlert } from '../shell/OperationErrorAlert';

/** The contract's bounds on a correction's reason. */
const reasonLengthMin = 5;
const reasonLengthMax = 300;

/** Issues a new version of a statement, read from the ledger as it stands now; the old one stays readable. */
export function CorrectStatementModal({
  statement,
  opened,
  onClose,
  onCorrected,
}: {
  statement: StatementView;
  opened: boolean;
  onClose: () => void;
  onCorrected: (corrected: StatementView) => void;
}) {
  return (
    <Modal opened={opened} onClose={onClose} title={`Correct ${statement.id}`}>
      {opened && <CorrectForm statement={statement} onCancel={onClose} onCorrected={onCorrected} />}
    </Modal>
  );
}

function CorrectForm({
  statement,
  onCancel,
  onCorrected,
}: {
  statement: StatementView;
  onCancel: () => void;
  onCorrected: (corrected: StatementView) => void;
}) {
  const client = useClient();
  const form = useForm({
    mode: 'controlled',
    initialValues: { reason: '' },
    validate: {
      reason: (value) => {
        const length = value.trim().length;
        if (length < reasonLengthMin) return `must say why, in at least ${reasonLengthMin} characters`;
        return length > reasonLengthMax ? `is longer than ${reasonLengthMax} characters` : null;
      },
    },
  });
  const { busy, failure, run } = useSubmission((issues) => {
    for (const issue of issues) form.setFieldError(issue.path, issue.message);
  });
  const correct = (values: { reason: string }) =>
    run(async () => {
      const corrected = await client.call('settlements.correct', {
        statementId: statement.id,
        reason: values.reason.trim(),
      });
      notifications.show({
        color: 'teal',
        title: `Version ${corrected.version} issued`,
        message: `Version ${statement.version} stays readable, marked superseded; the new one needs approving.`,
      });
      onCorrected(corrected);
    });

  return (
    <form noValidate aria-label="Correct statement" onSubmit={form.onSubmit(correct)}>
      <Stack gap="md">
        <Text size="sm">
          A new version is read from the ledger as it stands now and starts as a draft to approve again.
          Version {statement.version} is kept, marked superseded.
        </Text>
        <Textarea
          label="Reason"
          required
          autosize
          minRows={2}
          maxLength={reasonLengthMax}
          data-autofocus
          {...form.getInputProps('reason')}
        />
        {failure !== null && <OperationErrorAlert title="Not corrected" error={failure} />}
        <FormButtons submitLabel="Issue new version" busy={busy} onCancel={onCancel} />
      </Stack>
    </form>
  );
}
