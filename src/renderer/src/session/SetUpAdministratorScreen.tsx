import { Alert, Button, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconAlertCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { passwordLengthMin, SetUpAdministratorInput, type SignInResult } from '../../../contract/userSchemas';
import type { WorkspaceSummary } from '../../../contract/workspaceSchemas';
import { useClient } from '../client/ClientContext';
import { useSubmission } from '../client/useSubmission';
import { localizedResolver } from '../i18n/localizedResolver';
import { repeatedPasswordIssue } from './repeatedPasswordIssue';
import { SignInFrame } from './SignInFrame';
import { useFocusOnMount } from './useFocusOnMount';

const validateSetUp = localizedResolver(SetUpAdministratorInput);

interface SetUpValues {
  username: string;
  displayName: string;
  password: string;
  repeatPassword: string;
}

/** A workspace with no users yet: whoever opened it creates its administrator, then is signed in. */
export function SetUpAdministratorScreen({
  workspace,
  onSignedIn,
}: {
  workspace: WorkspaceSummary;
  onSignedIn: (result: SignInResult) => void;
}) {
  const { t } = useTranslation('session');
  const client = useClient();
  const firstField = useFocusOnMount<HTMLInputElement>();
  const form = useForm<SetUpValues>({
    mode: 'controlled',
    initialValues: { username: '', displayName: '', password: '', repeatPassword: '' },
    // The contract's own checks, so the form and the core never disagree; the repeat is the form's.
    validate: (values) => {
      const repeatIssue = repeatedPasswordIssue(values.repeatPassword, values.password);
      return { ...validateSetUp(values), ...(repeatIssue === null ? {} : { repeatPassword: repeatIssue }) };
    },
  });
  const { busy, failure, run } = useSubmission((issues) => {
    for (const issue of issues) form.setFieldError(issue.path, issue.message);
  });

  const submit = (values: SetUpValues) =>
    run(async () => {
      onSignedIn(
        await client.call('auth.setUp', {
          username: values.username,
          displayName: values.displayName,
          password: values.password,
        }),
      );
    });

  return (
    <SignInFrame title={t('setUp.title')} subtitle={workspace.distributorName}>
      <Text size="sm">{t('setUp.intro')}</Text>
      {failure !== null && (
        <Alert color="red" icon={<IconAlertCircle />} title={t('setUp.notCreated')} role="alert">
          {failure.message}
        </Alert>
      )}
      <form noValidate aria-label={t('setUp.formLabel')} onSubmit={form.onSubmit(submit)}>
        <Stack>
          <TextInput
            ref={firstField}
            label={t('setUp.username')}
            description={t('setUp.usernameHint')}
            autoComplete="username"
            autoCapitalize="none"
            spellCheck={false}
            withAsterisk
            {...form.getInputProps('username')}
          />
          <TextInput
            label={t('setUp.fullName')}
            description={t('setUp.fullNameHint')}
            autoComplete="name"
            withAsterisk
            {...form.getInputProps('displayName')}
          />
          <PasswordInput
            label={t('setUp.password')}
            description={t('setUp.passwordHint', { min: passwordLengthMin })}
            autoComplete="new-password"
            withAsterisk
            {...form.getInputProps('password')}
          />
          <PasswordInput
            label={t('setUp.repeatPassword')}
            autoComplete="new-password"
            withAsterisk
            {...form.getInputProps('repeatPassword')}
          />
          <Button type="submit" loading={busy}>
            {t('setUp.submit')}
          </Button>
        </Stack>
      </form>
    </SignInFrame>
  );
}
