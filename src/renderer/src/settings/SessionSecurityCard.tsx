import { Button, Card, Group, NumberInput, Skeleton, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useClient } from '../client/ClientContext';
import { useOperation } from '../client/useOperation';
import { useSubmission } from '../client/useSubmission';
import { OperationErrorAlert } from '../shell/OperationErrorAlert';

/** The contract's bounds on the idle lock: a minute, up to a working day's 8 hours. */
const sessionIdleMinutesMin = 1;
const sessionIdleMinutesMax = 480;

/** How long a session may sit unused before its user must sign in again. */
export function SessionSecurityCard() {
  const settings = useOperation('settings.get', {});
  return (
    <Card withBorder padding="lg" radius="md" data-testid="session-security-card">
      <Text fw={600}>Sign-in security</Text>
      <Text size="sm" c="dimmed" mb="md">
        A window left unused this long asks for its user's password again. Screens refreshing on their own do
        not count as use.
      </Text>
      {settings.error && (
        <OperationErrorAlert
          title="The setting could not be read"
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
          : `must be a whole number of minutes from ${sessionIdleMinutesMin} to ${sessionIdleMinutesMax}`;
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
        title: 'Sign-in security saved',
        message: `Sessions lock after ${saved.sessionIdleMinutes} minutes without use.`,
      });
      onSaved();
    });

  return (
    <form noValidate aria-label="Sign-in security" onSubmit={form.onSubmit(save)}>
      <Stack gap="md">
        <Group align="flex-end" gap="md">
          <NumberInput
            label="Lock a session after (minutes)"
            min={sessionIdleMinutesMin}
            max={sessionIdleMinutesMax}
            allowDecimal={false}
            allowNegative={false}
            w={240}
            {...form.getInputProps('sessionIdleMinutes')}
          />
          <Button type="submit" loading={busy} disabled={!form.isDirty()}>
            Save session lock
          </Button>
        </Group>
        {failure !== null && <OperationErrorAlert title="Not saved" error={failure} />}
      </Stack>
    </form>
  );
}
