import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { IconAlertCircle, IconLock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ContractCallError } from '../../../contract/contractError';
import { BranchRetailersButton } from './BranchRetailersButton';

/**
 * A failed call, said in the core's own words, with a way to try again. A partner-office user
 * refused something outside their branch (a bookmarked address, a link from elsewhere) is told so:
 * trying again would not help.
 */
export function OperationErrorAlert({
  title,
  error,
  onRetry,
}: {
  title: string;
  error: ContractCallError;
  onRetry?: () => void;
}) {
  const { t } = useTranslation(['shell', 'common']);
  const outsideBranch = error.body.reason === 'outside_branch';
  return (
    <Alert
      color={outsideBranch ? 'orange' : 'red'}
      icon={outsideBranch ? <IconLock /> : <IconAlertCircle />}
      title={outsideBranch ? t('branch.outsideTitle') : title}
      data-reason={error.body.reason}
    >
      <Stack gap="xs">
        <Text size="sm">{error.message}</Text>
        {error.body.issues?.map((issue) => (
          <Text size="sm" key={issue.path}>
            {issue.path}: {issue.message}
          </Text>
        ))}
        {onRetry && (
          <Group>
            {outsideBranch ? (
              <BranchRetailersButton />
            ) : (
              <Button size="xs" variant="light" color="red" onClick={onRetry}>
                {t('common:actions.retry')}
              </Button>
            )}
          </Group>
        )}
      </Stack>
    </Alert>
  );
}
