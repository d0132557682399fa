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
import { periodLabelText } from './periodLabelText';

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
  const { t } = useTranslation('settlements');
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t('approve.title', { id: statement.id, version: statement.version })}
    >
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
  const { t } = useTranslation('settlements');
  const client = useClient();
  const form = useForm({
    mode: 'controlled',
    initialValues: { note: '' },
    validate: {
      note: (value) =>
        value.trim().length > noteLengthMax
          ? t('form.errors.tooLong', { max: formatCount(noteLengthMax) })
          : null,
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
        title: t('approve.doneTitle'),
        message: t('approve.doneMessage', {
          code: statement.retailerCode,
          period: periodLabelText(statement.periodLabel),
        }),
      });
      onDone();
    });

  return (
    <form noValidate aria-label={t('approve.formLabel')} onSubmit={form.onSubmit(approve)}>
      <Stack gap="md">
        <Text size="sm">
          {t('approve.intro', {
            name: statement.retailerName,
            period: periodLabelText(statement.periodLabel),
            version: statement.version,
            by: statement.createdBy,
          })}
        </Text>
        <Textarea
          label={t('approve.note')}
          autosize
          minRows={2}
          maxLength={noteLengthMax}
          data-autofocus
          {...form.getInputProps('note')}
        />
        {failure !== null && <OperationErrorAlert title={t('approve.failed')} error={failure} />}
        <FormButtons submitLabel={t('approve.submit')} busy={busy} onCancel={onCancel} />
      </Stack>
    </form>
  );
}
