import { Button, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { useOperation } from '../client/useOperation';

const pollMs = 60_000;

/**
 * Tells whoever is at the desk, once per version, that a downloaded update is ready, with its
 * release notes and the way to restart. Silent where the app does not update itself.
 */
export function UpdateReadyNotifier() {
  const { t } = useTranslation('updates');
  const [, navigate] = useLocation();
  const status = useOperation('updates.status', {});
  const { reload, loading, data } = status;
  const told = useRef<string | null>(null);
  useEffect(() => {
    if (loading || data?.available === false) return;
    const timer = setTimeout(() => void reload(), pollMs);
    return () => clearTimeout(timer);
  }, [loading, data?.available, reload]);

  const ready = data?.phase === 'ready' ? data.update : null;
  useEffect(() => {
    if (ready === null || ready === undefined || told.current === ready.version) return;
    told.current = ready.version;
    notifications.show({
      id: `update-${ready.version}`,
      color: 'teal',
      autoClose: false,
      title: t('ready', { version: ready.version }),
      message: (
        <Stack gap={6}>
          {ready.releaseNotes !== null && (
            <Text size="sm" lineClamp={4} style={{ whiteSpace: 'pre-line' }}>
              {ready.releaseNotes}
            </Text>
          )}
          <Button
            size="xs"
            onClick={() => {
              notifications.hide(`update-${ready.version}`);
              navigate('/settings?panel=updates');
            }}
          >
            {t('restart.open')}
          </Button>
        </Stack>
      ),
    });
  }, [ready, t, navigate]);
  return null;
}
