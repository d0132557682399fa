import { Button, Card, Group, NumberInput, Skeleton, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { useClient } from '../client/ClientContext';
import { useOperation } from '../client/useOperation';
import { useSubmission } from '../client/useSubmission';
import { OperationErrorAlert } from '../shell/OperationErrorAlert';

/** The contract's bounds on the idle lock: a minute, up to a working day's 8 hours. */
const sessionIdleMinutesMin = 1;
const sessionIdleMinutesMax = 480;

/** How long a session may sit unused before its user must sign in again. */
export function SessionSecurityCard() {
  const { t } = useTranslation('settings');
  const settings = useOperation('settings.get', {});
  return (
    <Card withBorder padding="lg" radius="md" data-testid="session-security-card">
      <Text fw={600}>{t('sessionSecurity.title')}</Text>
      <Text size="sm" c="dimmed" mb="md">
        {t('sessionSecurity.intro')}
      </Text>
      {settings.error && (
        <OperationErrorAlert
          title={t('sessionSecurity.readFailed')}
          error={settings.error}
          onRetry={() => void settings.reload()}
        />
      )}
      {settings.data === undefined && !settings.error && <Skeleton height={60} />}
      {settings.data !== undefined && (
        <IdleLockForm
          key={settings.data.sessionIdleMinutes}
          sessionIdleMinutes={settings.data.sessionIdleMinutes}
          onSaved={() => void settings.reload()}
        />
      )}
    </Card>
  );
}

function IdleLockForm({ sessionIdleMinutes, onSaved }: { sessionIdleMinutes: number; onSaved: () => void }) {
  const { t } = useTranslation('settings');
  const client = useClient();
  const form = useForm<{ sessionIdleMinutes: number | string }>({
    mode: 'controlled',
    initialValues: { sessionIdleMinutes },
    validate: {
      sessionIdleMinutes: (value) => {
        const minutes = Number(value);
        return value !== '' &&
          Number.isInteger(minutes) &&
          minutes >= sessionIdleMinutesMin &&
          minutes <= sessionIdleMinutesMax
          ? null
          : t('sessionSecurity.errors.range', { min: sessionIdleMinutesMin, max: sessionIdleMinutesMax });
      },
    },
  });
  const { busy, failure, run } = useSubmission((issues) => {
    for (const issue of issues) form.setFieldError(issue.path, issue.message);
  });

  const save = (values: { sessionIdleMinutes: number | string }) =>
    run(async () => {
      const saved = await client.call('settings.save', {
        sessionIdleMinutes: Number(values.sessionIdleMinutes),
      });
      notifications.show({
        color: 'teal',
        title: t('sessionSecurity.saved.title'),
        message: t('sessionSecurity.saved.message', { count: saved.sessionIdleMinutes }),
      });
      onSaved();
    });

  return (
    <form noValidate aria-label={t('sessionSecurity.formLabel')} onSubmit={form.onSubmit(save)}>
      <Stack gap="md">
        <Group align="flex-end" gap="md">
          <NumberInput
            label={t('sessionSecurity.lockAfter')}
            min={sessionIdleMinutesMin}
            max={sessionIdleMinutesMax}
            allowDecimal={false}
            allowNegative={false}
            w={240}
            {...form.getInputProps('sessionIdleMinutes')}
          />
          <Button type="submit" loading={busy} disabled={!form.isDirty()}>
            {t('sessionSecurity.submit')}
          </Button>
        </Group>
        {failure !== null && <OperationErrorAlert title={t('shared.notSaved')} error={failure} />}
      </Stack>
    </form>
  );
}
