import { Alert, Button, Code, Group, Stack } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { Component, type ErrorInfo, type ReactNode } from 'react';

interface State {
  error: Error | null;
}

/** A screen that fails to render shows what happened instead of a blank window. */
export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('Screen failed to render', error, info.componentStack);
  }

  override render() {
    if (this.state.error === null) return this.props.children;
    return (
      <Stack p="xl" maw={720}>
        <Alert color="red" title="This screen could not be shown" icon={<IconAlertTriangle />}>
          <Stack gap="sm">
            <span>
              Nothing was changed: your workspace is safe. Try again, and if it keeps happening, send this
              message to support.
            </span>
            <Code block>{this.state.error.message}</Code>
            <Group>
              <Button variant="light" color="red" onClick={() => this.setState({ error: null })}>
                Try again
              </Button>
              <Button variant="subtle" color="red" onClick={() => window.location.reload()}>
                Reload the app
              </Button>
            </Group>
          </Stack>
        </Alert>
      </Stack>
    );
  }
}
