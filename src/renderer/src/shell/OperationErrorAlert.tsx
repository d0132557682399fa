import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import type { ContractCallError } from '../../../contract/contractError';

/** A failed call, said in the core's own words, with a way to try again. */
export function OperationErrorAlert({
  title,
  error,
  onRetry,
}: {
  title: string;
  error: ContractCallError;
  onRetry?: () => void;
}) {
  return (
    <Alert color="red" icon={<IconAlertCircle />} title={title}>
      <Stack gap="xs">
        <Text size="sm">{error.message}</Text>
        {error.body.issues?.map((issue) => (
          <Text size="sm" key={issue.path}>
            {issue.path}: {issue.message}
          </Text>
        ))}
        {onRetry && (
          <Group>
            <Button size="xs" variant="light" color="red" onClick={onRetry}>
              Try again
            </Button>
          </Group>
        )}
      </Stack>
    </Alert>
  );
}
