import { Alert, Button, Code, Group, Stack } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { i18n } from '../i18n/i18n';

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
        <Alert color="red" title={i18n.t('shell:errorBoundary.title')} icon={<IconAlertTriangle />}>
          <Stack gap="sm">
            <span>{i18n.t('shell:errorBoundary.text')}</span>
            <Code block>{this.state.error.message}</Code>
            <Group>
              <Button variant="light" color="red" onClick={() => this.setState({ error: null })}>
                {i18n.t('common:actions.retry')}
              </Button>
              <Button variant="subtle" color="red" onClick={() => window.location.reload()}>
                {i18n.t('shell:errorBoundary.reload')}
              </Button>
            </Group>
          </Stack>
        </Alert>
      </Stack>
    );
  }
}
