import { Badge, Button, Card, Group, Skeleton, Table, Text } from '@mantine/core';
import { IconKey, IconPencil, IconUserPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UserView } from '../../../contract/userSchemas';
import { useOperation } from '../client/useOperation';
import { formatInstantCompact } from '../format/formatInstant';
import { useCurrentUser } from '../session/CurrentUserContext';
import { roleLabel } from '../session/roleLabels';
import { OperationErrorAlert } from '../shell/OperationErrorAlert';
import { AddUserModal } from './AddUserModal';
import { EditUserModal } from './EditUserModal';
import { ResetPasswordModal } from './ResetPasswordModal';
import { userStateColors, userStateText } from './userStateText';

/** Who may sign in to this workspace and with which roles; administrators add, edit, disable and reset. */
export function UsersCard() {
  const { t } = useTranslation('settings');
  const users = useOperation('users.list', {});
  const { user: me, reload: reloadMe } = useCurrentUser();
  const [adding, setAdding] = useState(false);
  const [editing, setEditing] = useState<UserView | null>(null);
  const [resetting, setResetting] = useState<UserView | null>(null);

  return (
    <Card withBorder padding="lg" radius="md" data-testid="users-card">
      <Group justify="space-between" align="flex-start" mb="md">
        <div>
          <Text fw={600}>{t('users.title')}</Text>
          <Text size="sm" c="dimmed">
            {t('users.intro')}
          </Text>
        </div>
        <Button leftSection={<IconUserPlus size={16} />} onClick={() => setAdding(true)}>
          {t('users.add')}
        </Button>
      </Group>
      {users.error && (
        <OperationErrorAlert
          title={t('users.readFailed')}
          error={users.error}
          onRetry={() => void users.reload()}
        />
      )}
      {users.data === undefined && !users.error && <Skeleton height={120} />}
      {users.data !== undefined && (
        <Table.ScrollContainer minWidth={880}>
          <Table fz="sm" verticalSpacing="xs" data-testid="users">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('users.columns.username')}</Table.Th>
                <Table.Th>{t('users.columns.name')}</Table.Th>
                <Table.Th>{t('users.columns.roles')}</Table.Th>
                <Table.Th style={{ whiteSpace: 'nowrap' }}>{t('users.columns.worksOn')}</Table.Th>
                <Table.Th>{t('users.columns.state')}</Table.Th>
                <Table.Th style={{ whiteSpace: 'nowrap' }}>{t('users.columns.lastSignIn')}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {users.data.map((user) => (
                <Table.Tr key={user.id} data-user={user.username} data-state={user.state}>
                  <Table.Td ff="monospace">{user.username}</Table.Td>
                  <Table.Td>
                    {user.displayName}
                    {user.id === me.id && (
                      <Text span size="xs" c="dimmed">
                        {' '}
                        {t('users.you')}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Group gap={4}>
                      {user.roles.map((role) => (
                        <Badge
                          key={role}
                          variant="light"
                          // The table sizes columns by content: a badge must not shrink to an ellipsis.
                          styles={{ label: { overflow: 'visible' } }}
                          style={{ textTransform: 'none' }}
                        >
                          {roleLabel(role)}
                        </Badge>
                      ))}
                    </Group>
                  </Table.Td>
                  <Table.Td data-testid="user-branch">
                    {user.branchCode === null ? (
                      <Text span size="sm" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                        {t('users.wholeNetwork')}
                      </Text>
                    ) : (
                      <Badge
                        color="orange"
                        variant="light"
                        title={t('users.branchTitle', { code: user.branchCode })}
                        styles={{ label: { overflow: 'visible' } }}
                        style={{ textTransform: 'none' }}
                      >
                        {t('users.branch', { code: user.branchCode })}
                      </Badge>
                    )}
                  </Table.Td>
                  <Table.Td style={{ minWidth: 150 }}>
                    <Group gap={4}>
                      <Badge
                        color={userStateColors[user.state]}
                        variant="light"
                        style={{ textTransform: 'none' }}
                        data-testid="user-state"
                      >
                        {userStateText(user)}
                      </Badge>
                      {user.mustChangePassword && (
                        <Badge
                          color="yellow"
                          variant="outline"
                          title={t('users.temporaryPasswordTitle')}
                          style={{ textTransform: 'none', flexShrink: 0 }}
                        >
                          {t('users.temporaryPassword')}
                        </Badge>
                      )}
                    </Group>
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    {user.lastSignInAt === null ? (
                      <Text span size="sm" c="dimmed">
                        {t('users.never')}
                      </Text>
                    ) : (
                      formatInstantCompact(user.lastSignInAt)
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Group gap={4} justify="flex-end" wrap="nowrap">
                      <Button
                        size="xs"
                        variant="subtle"
                        leftSection={<IconPencil size={14} />}
                        onClick={() => setEditing(user)}
                      >
                        {t('users.edit')}
                      </Button>
                      <Button
                        size="xs"
                        variant="subtle"
                        leftSection={<IconKey size={14} />}
                        onClick={() => setResetting(user)}
                      >
                        {t('users.resetPassword')}
                      </Button>
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <AddUserModal
        opened={adding}
        onClose={() => setAdding(false)}
        onAdded={() => {
          setAdding(false);
          void users.reload();
        }}
      />
      <EditUserModal
        user={editing}
        isSelf={editing?.id === me.id}
        onClose={() => setEditing(null)}
        onSaved={(saved) => {
          setEditing(null);
          void users.reload();
          // One's own roles changed: the screens follow at once rather than at the next sign-in.
          if (saved.id === me.id) void reloadMe();
        }}
      />
      <ResetPasswordModal
        user={resetting}
        onClose={() => setResetting(null)}
        onReset={() => {
          setResetting(null);
          void users.reload();
        }}
      />
    </Card>
  );
}
