import { Modal, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import type { StatementView } from '../../../contract/settlementSchemas';
import { useClient } from '../client/ClientContext';
import { useSubmission } from '../client/useSubmission';
import { formatCount } from '../format/formatCount';
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
  const { t } = useTranslation('settlements');
  return (
    <Modal opened={opened} onClose={onClose} title={t('correct.title', { id: statement.id })}>
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
  const { t } = useTranslation('settlements');
  const client = useClient();
  const form = useForm({
    mode: 'controlled',
    initialValues: { reason: '' },
    validate: {
      reason: (value) => {
        const length = value.trim().length;
        if (length < reasonLengthMin)
          return t('form.errors.reasonTooShort', { min: formatCount(reasonLengthMin) });
        return length > reasonLengthMax
          ? t('form.errors.tooLong', { max: formatCount(reasonLengthMax) })
          : null;
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
        title: t('correct.doneTitle', { version: corrected.version }),
        message: t('correct.doneMessage', { previous: statement.version }),
      });
      onCorrected(corrected);
    });

  return (
    <form noValidate aria-label={t('correct.formLabel')} onSubmit={form.onSubmit(correct)}>
      <Stack gap="md">
        <Text size="sm">{t('correct.intro', { version: statement.version })}</Text>
        <Textarea
          label={t('correct.reason')}
          required
          autosize
          minRows={2}
          maxLength={reasonLengthMax}
          data-autofocus
          {...form.getInputProps('reason')}
        />
        {failure !== null && <OperationErrorAlert title={t('correct.failed')} error={failure} />}
        <FormButtons submitLabel={t('correct.submit')} busy={busy} onCancel={onCancel} />
      </Stack>
    </form>
  );
}
