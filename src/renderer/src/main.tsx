import '@mantine/core/styles.css';
import '@mantine/charts/styles.css';
import '@mantine/dates/styles.css';
import '@mantine/notifications/styles.css';
import { Alert, Center, Code, MantineProvider, Stack, Text } from '@mantine/core';
import { ModalsProvider } from '@mantine/modals';
import { Notifications } from '@mantine/notifications';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { Trans, useTranslation } from 'react-i18next';
import { App } from './App';
import { ClientProvider } from './client/ClientContext';
import { createContractClient } from './client/contractClient';
import './i18n/i18n';
import { LanguageProvider } from './i18n/LanguageProvider';
import { ErrorBoundary } from './shell/ErrorBoundary';
import { theme } from './theme';

function MissingSecret() {
  const { t } = useTranslation('shell');
  return (
    <Center mih="100vh" p="md">
      <Alert color="orange" title={t('missingSecret.title')} maw={560}>
        <Stack gap="xs">
          <Text size="sm">
            <Trans t={t} i18nKey="missingSecret.text" components={{ code: <Code /> }} />
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
