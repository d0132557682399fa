import { Alert, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { RetailerStatus, RetailerView } from '../../../contract/retailerSchemas';
import { useClient } from '../client/ClientContext';
import { useSubmission } from '../client/useSubmission';
import { FormButtons } from '../shell/FormButtons';

const reasonLengthMin = 3;
const reasonLengthMax = 200;

/** Each change's colour; its words are under `statusChange.<status>` in the catalog. */
const colors: Record<RetailerStatus, string> = {
  suspended: 'orange',
  closed: 'red',
  active: 'teal',
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
  const { t } = useTranslation('retailers');
  return (
    <Modal
      opened={target !== null}
      onClose={onClose}
      title={target === null ? '' : t(`statusChange.${target}.title`, { name: retailer.name })}
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
  const { t } = useTranslation('retailers');
  const client = useClient();
  const reasonRequired = target !== 'active';
  const form = useForm({
    mode: 'controlled',
    initialValues: { reason: '' },
    validate: {
      reason: (reason) =>
        reasonRequired && reason.trim().length < reasonLengthMin
          ? t('statusChange.reasonTooShort', { min: reasonLengthMin })
          : null,
    },
  });
  const color = colors[target];
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
        color,
        title: t(`statusChange.${target}.done`, { name: changed.name }),
        message: changed.statusReason ?? t('statusChange.reactivated'),
      });
      onChanged(changed);
    });

  return (
    <form onSubmit={form.onSubmit((values) => void submit(values))} noValidate>
      <Stack gap="md">
        {target === 'closed' && (
          <Alert color="red" icon={<IconAlertTriangle />} title={t('statusChange.closingFinal')}>
            {t('statusChange.closingWarning', { name: retailer.name, code: retailer.code })}
          </Alert>
        )}
        {target === 'suspended' && <Text size="sm">{t('statusChange.suspendExplained')}</Text>}
        {target === 'active' && (
          <Text size="sm">{t('statusChange.reactivateExplained', { name: retailer.name })}</Text>
        )}
        <Textarea
          label={t('statusChange.reason')}
          description={reasonRequired ? t('statusChange.reasonHint') : t('statusChange.optional')}
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
          <Alert color="red" title={t('statusChange.notChanged')}>
            {failure.message}
          </Alert>
        )}
        <FormButtons
          submitLabel={t(`statusChange.${target}.button`)}
          color={color}
          busy={busy}
          onCancel={onCancel}
        />
      </Stack>
    </form>
  );
}
