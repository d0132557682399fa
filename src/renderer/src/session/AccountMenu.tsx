import { Button, Menu, Modal, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconChevronDown, IconKey, IconLogout, IconUserCircle } from '@tabler/icons-react';
import { useState } from 'react';
import { ChangePasswordForm } from './ChangePasswordForm';
import { useCurrentUser } from './CurrentUserContext';
import { rolesText } from './roleLabels';

/** Who is signed in on this window, in the header: their password, and signing out. */
export function AccountMenu() {
  const { user, branch, signOut, replaceUser } = useCurrentUser();
  const [changingPassword, setChangingPassword] = useState(false);
  return (
    <>
      <Menu position="bottom-end" width={240} withinPortal>
        <Menu.Target>
          <Button
            variant="subtle"
            color="gray"
            aria-label="Account menu"
            leftSection={<IconUserCircle size={18} />}
            rightSection={<IconChevronDown size={14} />}
          >
            {user.displayName}
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Label>
            <Text size="sm" fw={600} c="var(--mantine-color-text)" data-testid="account-username">
              {user.username}
            </Text>
            <Text size="xs" c="dimmed" data-testid="account-roles">
              {rolesText(user.roles)}
            </Text>
            <Text size="xs" c="dimmed" data-testid="account-branch">
              {branch === null ? (
                'Whole network'
              ) : (
                <>
                  {branch.name === null ? 'Branch' : `${branch.name} — branch`}{' '}
                  {/* A code breaks at its dash otherwise. */}
                  <Text span inherit style={{ whiteSpace: 'nowrap' }}>
                    {branch.code}
                  </Text>
                </>
              )}
            </Text>
          </Menu.Label>
          <Menu.Divider />
          <Menu.Item leftSection={<IconKey size={16} />} onClick={() => setChangingPassword(true)}>
            Change password
          </Menu.Item>
          <Menu.Item leftSection={<IconLogout size={16} />} onClick={() => void signOut()}>
            Sign out
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
      <Modal opened={changingPassword} onClose={() => setChangingPassword(false)} title="Change password">
        {changingPassword && (
          <ChangePasswordForm
            onCancel={() => setChangingPassword(false)}
            onChanged={(changed) => {
              setChangingPassword(false);
              replaceUser(changed);
              notifications.show({
                color: 'teal',
                title: 'Password changed',
                message: 'Use the new password the next time you sign in.',
              });
            }}
          />
        )}
      </Modal>
    </>
  );
}
