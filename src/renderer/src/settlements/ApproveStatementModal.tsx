import { Modal, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import type { StatementView } from '../../../contract/settlementSchemas';
import { useClient } from '../client/ClientContext';
import { useSubmission } from '../client/useSubmission';
import { FormButtons } from '../shell/FormButtons';
import { OperationErrorAlert } from '../shell/OperationErrorAlert';

/** The contract's bound on an approval note. */
const noteLengthMax = 200;

/** The checker's approval of a draft statement, with an optional note; never by who made the version. */
export function ApproveStatementModal({
  statement,
  opened,
  onClose,
  onDone,
}: {
  statement: StatementView;
  opened: boolean;
  onClose: () => void;
  onDone: () => void;
}) {
  return (
    <Modal opened={opened} onClose={onClose} title={`Approve ${statement.id} v${statement.version}`}>
      {opened && <ApproveForm statement={statement} onCancel={onClose} onDone={onDone} />}
    </Modal>
  );
}

function ApproveForm({
  statement,
  onCancel,
  onDone,
}: {
  statement: StatementView;
  onCancel: () => void;
  onDone: () => void;
}) {
  const client = useClient();
  const form = useForm({
    mode: 'controlled',
    initialValues: { note: '' },
    validate: {
      note: (value) =>
        value.trim().length > noteLengthMax ? `is longer than ${noteLengthMax} characters` : null,
    },
  });
  const { busy, failure, run } = useSubmission((issues) => {
    for (const issue of issues) form.setFieldError(issue.path, issue.message);
  });
  const approve = (values: { note: string }) =>
    run(async () => {
      const note = values.note.trim();
      await client.call('settlements.approve', {
        statementId: statement.id,
        version: statement.version,
        ...(note === '' ? {} : { note }),
      });
      notifications.show({
        color: 'teal',
        title: 'Statement approved',
        message: `${statement.retailerCode}'s statement for ${statement.periodLabel} can now be paid.`,
      });
      onDone();
    });

  return (
    <form noValidate aria-label="Approve statement" onSubmit={form.onSubmit(approve)}>
      <Stack gap="md">
        <Text size="sm">
          You approve {statement.retailerName}'s statement for {statement.periodLabel} as it stands (version{' '}
          {statement.version}), made by {statement.createdBy}.
        </Text>
        <Textarea
          label="Note (optional)"
          autosize
          minRows={2}
          maxLength={noteLengthMax}
          data-autofocus
          {...form.getInputProps('note')}
        />
        {failure !== null && <OperationErrorAlert title="Not approved" error={failure} />}
        <FormButtons submitLabel="Approve" busy={busy} onCancel={onCancel} />
      </Stack>
    </form>
  );
}
