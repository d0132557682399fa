import { Anchor, Group, Text } from '@mantine/core';
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
  const firstField = useFocusOnMount<HTMLInputElement>();
  return (
    <SignInFrame title="Choose a new password" subtitle={`${user.displayName} (${user.username})`}>
      <Text size="sm">
        Your password was set by an administrator. Type it once more, then choose one only you know.
      </Text>
      <ChangePasswordForm firstFieldRef={firstField} onChanged={onChanged} />
      <Group justify="center">
        <Anchor component="button" type="button" size="sm" onClick={onSignOut}>
          Not {user.displayName}? Sign out
        </Anchor>
      </Group>
    </SignInFrame>
  );
}
