import '@mantine/core/styles.css';
import '@mantine/charts/styles.css';
import '@mantine/dates/styles.css';
import '@mantine/notifications/styles.css';
import { Alert, Center, Code, MantineProvider, Stack, Text } from '@mantine/core';
import { ModalsProvider } from '@mantine/modals';
import { Notifications } from '@mantine/notifications';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { ClientProvider } from './client/ClientContext';
import { createContractClient } from './client/contractClient';
import './i18n/i18n';
import { LanguageProvider } from './i18n/LanguageProvider';
import { ErrorBoundary } from './shell/ErrorBoundary';
import { theme } from './theme';

function MissingSecret() {
  return (
    <Center mih="100vh" p="md">
      <Alert color="orange" title="Open Airledger from the address it printed" maw={560}>
        <Stack gap="xs">
          <Text size="sm">
            Browser mode only answers the tab opened from the address that <Code>airledger serve</Code> (or{' '}
            <Code>npm start</Code>) printed, because that address carries this launch's secret.
          </Text>
        </Stack>
      </Alert>
    </Center>
  );
}

const client = createContractClient();
const root = document.getElementById('root');
if (root === null) throw new Error('index.html has no #root');

createRoot(root).render(
  <StrictMode>
    <MantineProvider theme={theme} defaultColorScheme="auto">
      <LanguageProvider>
        <ModalsProvider>
          <Notifications position="top-right" />
          <ErrorBoundary>
            {'missingSecret' in client ? (
              <MissingSecret />
            ) : (
              <ClientProvider client={client}>
                <App />
              </ClientProvider>
            )}
          </ErrorBoundary>
        </ModalsProvider>
      </LanguageProvider>
    </MantineProvider>
  </StrictMode>,
);
