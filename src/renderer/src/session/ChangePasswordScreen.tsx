import { Anchor, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SignedInUser } from '../../../contract/userSchemas';
import { ChangePasswordForm } from './ChangePasswordForm';
import { SignInFrame } from './SignInFrame';
import { useFocusOnMount } from './useFocusOnMount';

/**
 * After an administrator set a temporary password, the core refuses everything else until its
 * owner chooses their own: this screen is all they see until then.
 */
export function ChangePasswordScreen({
  user,
  onChanged,
  onSignOut,
}: {
  user: SignedInUser;
  onChanged: (user: SignedInUser) => void;
  onSignOut: () => void;
}) {
  const { t } = useTranslation('session');
  const firstField = useFocusOnMount<HTMLInputElement>();
  return (
    <SignInFrame
      title={t('changePasswordScreen.title')}
      subtitle={t('changePasswordScreen.subtitle', {
        displayName: user.displayName,
        username: user.username,
      })}
    >
      <Text size="sm">{t('changePasswordScreen.explanation')}</Text>
      <ChangePasswordForm firstFieldRef={firstField} onChanged={onChanged} />
      <Group justify="center">
        <Anchor component="button" type="button" size="sm" onClick={onSignOut}>
          {t('changePasswordScreen.notYou', { displayName: user.displayName })}
        </Anchor>
      </Group>
    </SignInFrame>
  );
}
