import { Button, Menu, Modal, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconChevronDown, IconKey, IconLogout, IconUserCircle } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ChangePasswordForm } from './ChangePasswordForm';
import { useCurrentUser } from './CurrentUserContext';
import { rolesText } from './roleLabels';

/** Who is signed in on this window, in the header: their password, and signing out. */
export function AccountMenu() {
  const { t } = useTranslation('session');
  const { user, branch, signOut, replaceUser } = useCurrentUser();
  const [changingPassword, setChangingPassword] = useState(false);
  return (
    <>
      <Menu position="bottom-end" width={240} withinPortal>
        <Menu.Target>
          <Button
            variant="subtle"
            color="gray"
            aria-label={t('accountMenu.label')}
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
                t('accountMenu.wholeNetwork')
              ) : (
                <>
                  {branch.name === null
                    ? t('accountMenu.branch')
                    : t('accountMenu.namedBranch', { name: branch.name })}{' '}
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
            {t('accountMenu.changePassword')}
          </Menu.Item>
          <Menu.Item leftSection={<IconLogout size={16} />} onClick={() => void signOut()}>
            {t('accountMenu.signOut')}
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
      <Modal
        opened={changingPassword}
        onClose={() => setChangingPassword(false)}
        title={t('accountMenu.modalTitle')}
      >
        {changingPassword && (
          <ChangePasswordForm
            onCancel={() => setChangingPassword(false)}
            onChanged={(changed) => {
              setChangingPassword(false);
              replaceUser(changed);
              notifications.show({
                color: 'teal',
                title: t('accountMenu.passwordChanged.title'),
                message: t('accountMenu.passwordChanged.message'),
              });
            }}
          />
        )}
      </Modal>
    </>
  );
}
