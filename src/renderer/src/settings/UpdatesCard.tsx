import {
  Alert,
  Badge,
  Button,
  Card,
  Group,
  Loader,
  Progress,
  SegmentedControl,
  Skeleton,
  Stack,
  Switch,
  Text,
  TextInput,
  Typography,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { IconDownload, IconRefresh, IconRotateClockwise } from '@tabler/icons-react';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { OfficeUpdateSettings, UpdateStatusView } from '../../../contract/updateSchemas';
import { useClient } from '../client/ClientContext';
import { useOperation } from '../client/useOperation';
import { useSubmission } from '../client/useSubmission';
import { formatCount } from '../format/formatCount';
import { formatInstant } from '../format/formatInstant';
import { localizeContractMessage } from '../i18n/contractMessages';
import { useCurrentUser } from '../session/CurrentUserContext';
import { OperationErrorAlert } from '../shell/OperationErrorAlert';

/** While something moves (a check, a download, the install) the panel follows it closely. */
const activeRefreshMs = 1_000;
const idleRefreshMs = 30_000;

/** Settings → Updates: this install's version, the office's update settings, check now, progress, restart. */
export function UpdatesCard() {
  const { t } = useTranslation('updates');
  const { canCall } = useCurrentUser();
  const status = useOperation('updates.status', {});
  const { reload, loading } = status;
  const active = status.data !== undefined && status.data.phase !== 'idle' && status.data.phase !== 'ready';
  useEffect(() => {
    if (loading) return;
    const timer = setTimeout(() => void reload(), active ? activeRefreshMs : idleRefreshMs);
    return () => clearTimeout(timer);
  }, [loading, active, reload]);
  // Arriving from the menu's "Check for updates" or the notification: this panel is what was asked for.
  const card = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (window.location.hash.includes('panel=updates')) card.current?.scrollIntoView({ block: 'start' });
  }, []);

  return (
    <Card withBorder padding="lg" radius="md" data-testid="updates-card" ref={card} id="updates">
      <Text fw={600}>{t('title')}</Text>
      <Text size="sm" c="dimmed" mb="md">
        {t('intro')}
      </Text>
      {status.error && (
        <OperationErrorAlert title={t('readFailed')} error={status.error} onRetry={() => void reload()} />
      )}
      {status.data === undefined && !status.error && <Skeleton height={80} />}
      {status.data !== undefined && (
        <Stack gap="md">
          <UpdateState status={status.data} onChanged={() => void reload()} />
          {canCall('settings.save') && (
            <OfficeUpdatesForm
              key={JSON.stringify(status.data.office)}
              office={status.data.office}
              onSaved={() => void reload()}
            />
          )}
        </Stack>
      )}
    </Card>
  );
}

function UpdateState({ status, onChanged }: { status: UpdateStatusView; onChanged: () => void }) {
  const { t } = useTranslation(['updates', 'common']);
  const client = useClient();
  const { busy, failure, run } = useSubmission();
  const checkNow = () =>
    run(async () => {
      await client.call('updates.check', {});
      onChanged();
    });
  const restart = () =>
    modals.openConfirmModal({
      title: t('restart.confirmTitle', { version: status.update?.version ?? '' }),
      children: <Text size="sm">{t('restart.confirmText')}</Text>,
      labels: { confirm: t('restart.confirm'), cancel: t('common:actions.cancel') },
      onConfirm: () =>
        void run(async () => {
          await client.call('updates.install', {});
          onChanged();
        }),
    });

  return (
    <Stack gap="sm">
      <Group gap="xs">
        <Text size="sm">{t('current', { version: status.currentVersion })}</Text>
        <Badge
          variant="light"
          color={status.office.channel === 'beta' ? 'grape' : 'blue'}
          data-testid="update-channel"
        >
          {t(`channel.${status.office.channel}`)}
        </Badge>
        {!status.office.enabled && (
          <Badge variant="light" color="gray">
            {t('off')}
          </Badge>
        )}
        {status.office.pinnedVersion !== null && (
          <Badge variant="light" color="orange">
            {t('pinnedBadge', { version: status.office.pinnedVersion })}
          </Badge>
        )}
      </Group>
      {!status.available ? (
        <Alert color="gray" data-testid="updates-unavailable">
          {t('unavailable')}
        </Alert>
      ) : (
        <>
          <Text size="sm" c="dimmed" data-testid="update-last-check">
            {status.lastCheckAt === null
              ? t('neverChecked')
              : t('lastCheck', { when: formatInstant(status.lastCheckAt) })}
            {status.nextCheckAt !== null &&
              ` · ${t('nextCheck', { when: formatInstant(status.nextCheckAt) })}`}
          </Text>
          {status.lastOutcome !== null && (
            <Text size="sm" data-testid="update-outcome" data-kind={status.lastOutcome.kind}>
              {localizeContractMessage(status.lastOutcome.message)}
            </Text>
          )}
          {status.phase === 'checking' && (
            <Group gap="xs">
              <Loader size="xs" />
              <Text size="sm">{t('checking')}</Text>
            </Group>
          )}
          {status.phase === 'downloading' && status.progress !== null && (
            <DownloadProgress version={status.update?.version ?? ''} progress={status.progress} />
          )}
          {(status.phase === 'ready' || status.phase === 'installing') && status.update !== null && (
            <Alert
              color="teal"
              icon={<IconDownload />}
              title={t('ready', { version: status.update.version })}
            >
              <Stack gap="sm">
                {status.update.releaseNotes !== null && (
                  <Typography>
                    <Text size="sm" style={{ whiteSpace: 'pre-line' }} data-testid="release-notes">
                      {status.update.releaseNotes}
                    </Text>
                  </Typography>
                )}
                <Group>
                  <Button
                    leftSection={<IconRotateClockwise size={16} />}
                    onClick={restart}
                    loading={busy || status.phase === 'installing'}
                  >
                    {t('restart.button')}
                  </Button>
                </Group>
              </Stack>
            </Alert>
          )}
          <Group>
            <Button
              variant="default"
              leftSection={<IconRefresh size={16} />}
              onClick={() => void checkNow()}
              loading={busy && status.phase === 'idle'}
              disabled={status.phase !== 'idle'}
            >
              {t('checkNow')}
            </Button>
          </Group>
        </>
      )}
      {failure !== null && <OperationErrorAlert title={t('actionFailed')} error={failure} />}
    </Stack>
  );
}

function DownloadProgress({
  version,
  progress,
}: {
  version: string;
  progress: NonNullable<UpdateStatusView['progress']>;
}) {
  const { t } = useTranslation('updates');
  const percent =
    progress.totalBytes === 0 ? 0 : Math.round((progress.transferredBytes / progress.totalBytes) * 100);
  const megabytes = (bytes: number) => formatCount(Math.round(bytes / 1_000_000));
  return (
    <Stack gap={4}>
      <Text size="sm">
        {t('downloading', {
          version,
          done: megabytes(progress.transferredBytes),
          total: megabytes(progress.totalBytes),
        })}
      </Text>
      <Progress value={percent} animated aria-label={t('downloadProgress')} />
    </Stack>
  );
}

interface OfficeValues {
  enabled: boolean;
  channel: OfficeUpdateSettings['channel'];
  pinnedVersion: string;
}

const releaseVersion = /^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?$/;

/** What an administrator decides for this office: updates on or off, the channel, a pinned version. */
function OfficeUpdatesForm({ office, onSaved }: { office: OfficeUpdateSettings; onSaved: () => void }) {
  const { t } = useTranslation('updates');
  const client = useClient();
  const form = useForm<OfficeValues>({
    mode: 'controlled',
    initialValues: {
      enabled: office.enabled,
      channel: office.channel,
      pinnedVersion: office.pinnedVersion ?? '',
    },
    validate: {
      pinnedVersion: (value) =>
        value.trim() === '' || releaseVersion.test(value.trim()) ? null : t('office.pinInvalid'),
    },
  });
  const { busy, failure, run } = useSubmission((issues) => {
    for (const issue of issues) form.setFieldError(issue.path.replace(/^updates\./, ''), issue.message);
  });
  const save = (values: OfficeValues) =>
    run(async () => {
      const pinned = values.pinnedVersion.trim();
      await client.call('settings.save', {
        updates: {
          enabled: values.enabled,
          channel: values.channel,
          pinnedVersion: pinned === '' ? null : pinned,
        },
      });
      notifications.show({ color: 'teal', title: t('office.saved'), message: t('office.savedText') });
      onSaved();
    });
  return (
    <form noValidate aria-label={t('office.formLabel')} onSubmit={form.onSubmit(save)}>
      <Stack gap="sm">
        <Text fw={500} size="sm">
          {t('office.title')}
        </Text>
        <Switch label={t('office.enabled')} {...form.getInputProps('enabled', { type: 'checkbox' })} />
        <div>
          <Text size="sm" fw={500} mb={4}>
            {t('office.channel')}
          </Text>
          <SegmentedControl
            aria-label={t('office.channel')}
            data={[
              { value: 'stable', label: t('channel.stable') },
              { value: 'beta', label: t('channel.beta') },
            ]}
            {...form.getInputProps('channel')}
          />
        </div>
        <TextInput
          label={t('office.pin')}
          description={t('office.pinHelp')}
          placeholder="1.4.0"
          w={320}
          {...form.getInputProps('pinnedVersion')}
        />
        <Group>
          <Button type="submit" loading={busy} disabled={!form.isDirty()}>
            {t('office.submit')}
          </Button>
        </Group>
        {failure !== null && <OperationErrorAlert title={t('office.notSaved')} error={failure} />}
      </Stack>
    </form>
  );
}
