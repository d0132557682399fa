import {
  Alert,
  Badge,
  Button,
  Code,
  Collapse,
  Drawer,
  Group,
  Skeleton,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconAlertTriangle, IconBan } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { type AuditField, auditFields, auditValueText } from '../../../contract/auditChanges';
import type { AuditEventView } from '../../../contract/auditSchemas';
import { useOperation } from '../client/useOperation';
import { formatCount } from '../format/formatCount';
import { formatInstantPrecise } from '../format/formatInstant';
import { localizeContractMessage } from '../i18n/contractMessages';
import { rolesText } from '../session/roleLabels';
import { CopyableValue, DetailTable } from '../shell/DetailTable';
import { OperationErrorAlert } from '../shell/OperationErrorAlert';
import { auditOutcomeColors, auditOutcomeLabel, operationSummary, transportLabel } from './auditLabels';

/** One audit event in full: who, when, what, from where, and what it changed, before and after. */
export function AuditEventDrawer({ seq, onClose }: { seq: number | null; onClose: () => void }) {
  const { t } = useTranslation('audit');
  return (
    <Drawer
      opened={seq !== null}
      onClose={onClose}
      position="right"
      size={720}
      title={<Title order={3}>{seq === null ? t('event.title') : t('event.titleWithSeq', { seq })}</Title>}
    >
      {seq !== null && <AuditEventDetail key={seq} seq={seq} />}
    </Drawer>
  );
}

function AuditEventDetail({ seq }: { seq: number }) {
  const { t } = useTranslation('audit');
  const event = useOperation('audit.event', { seq });
  if (event.error) {
    return (
      <OperationErrorAlert
        title={t('event.readError')}
        error={event.error}
        onRetry={() => void event.reload()}
      />
    );
  }
  if (event.data === undefined) return <Skeleton height={320} />;
  const view = event.data;
  return (
    <Stack gap="md" data-testid="audit-event" data-seq={view.seq}>
      <Text fw={500}>{localizeContractMessage(view.summary)}</Text>
      {view.refusal !== null && (
        <Alert color="red" icon={<IconBan />} title={t('event.refused')}>
          {localizeContractMessage(view.refusal.message)} <Code>{view.refusal.code}</Code>
        </Alert>
      )}
      {view.outcome === 'interrupted' && (
        <Alert color="orange" icon={<IconAlertTriangle />} title={t('event.interrupted.title')}>
          {t('event.interrupted.body')}
        </Alert>
      )}
      <DetailTable
        rows={[
          [t('event.rows.when'), formatInstantPrecise(view.at)],
          [
            t('event.rows.who'),
            <span key="who">
              {view.actor.displayName}{' '}
              <Text span size="xs" c="dimmed">
                {view.actor.roles.length === 0 ? t('event.notSignedIn') : rolesText(view.actor.roles)} ·{' '}
                {view.actor.userId}
              </Text>
            </span>,
          ],
          [t('event.rows.transport'), transportLabel(view.transport)],
          [
            t('event.rows.operation'),
            <span key="operation">
              <Code>{view.operation}</Code>{' '}
              <Text span size="xs" c="dimmed">
                {operationSummary(view.operation)}
              </Text>
            </span>,
          ],
          [
            t('event.rows.outcome'),
            <Badge key="outcome" color={auditOutcomeColors[view.outcome]} variant="light">
              {auditOutcomeLabel(view.outcome)}
            </Badge>,
          ],
          [
            t('event.rows.subject'),
            view.subject === null ? '—' : `${view.subject.kind} · ${view.subject.id}`,
          ],
        ]}
      />
      <ChangesSection event={view} />
      <JsonSection title={t('event.input.show')} value={view.input} testId="audit-input" />
      <DetailTable
        rows={[
          [t('event.rows.previousHash'), <CopyableValue key="previous" value={view.previousHash} />],
          [t('event.rows.hash'), <CopyableValue key="hash" value={view.hash} />],
        ]}
      />
    </Stack>
  );
}

const wrapAnywhere = { overflowWrap: 'anywhere' } as const;

function ValueCell({ value, changed }: { value: unknown; changed: boolean }) {
  if (value === undefined) {
    return (
      <Text size="sm" c="dimmed">
        —
      </Text>
    );
  }
  return (
    <Text size="sm" ff="monospace" c={changed ? undefined : 'dimmed'} style={wrapAnywhere}>
      {auditValueText(value)}
    </Text>
  );
}

/** Changed fields stand out (`highlight`: not when everything is new); unchanged ones are dimmed. */
function FieldRows({ fields, highlight }: { fields: AuditField[]; highlight: boolean }) {
  return fields.map((field) => (
    <Table.Tr
      key={field.path}
      data-field={field.path}
      data-changed={field.changed}
      bg={highlight && field.changed ? 'var(--mantine-color-yellow-light)' : undefined}
    >
      <Table.Td>
        <Text size="sm" ff="monospace" fw={field.changed ? 600 : undefined} style={wrapAnywhere}>
          {field.path}
        </Text>
      </Table.Td>
      <Table.Td>
        <ValueCell value={field.before} changed={field.changed} />
      </Table.Td>
      <Table.Td>
        <ValueCell value={field.after} changed={field.changed} />
      </Table.Td>
    </Table.Tr>
  ));
}

/** The subject's fields side by side: those the call changed, then (folded) those it left alone. */
function ChangesSection({ event }: { event: AuditEventView }) {
  const { t } = useTranslation('audit');
  const [unchangedOpen, { toggle }] = useDisclosure(false);
  if (event.outcome === 'refused') return null;
  const fields = auditFields(event.before, event.after);
  const changed = fields.filter((field) => field.changed);
  const unchanged = fields.filter((field) => !field.changed);
  return (
    <Stack gap="xs">
      <Text fw={600}>{event.before === null ? t('event.changes.created') : t('event.changes.changed')}</Text>
      {fields.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('event.changes.noSubject')}
        </Text>
      ) : (
        <Table withTableBorder fz="sm" layout="fixed" data-testid="audit-changes">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w="38%">{t('event.changes.columns.field')}</Table.Th>
              <Table.Th>{t('event.changes.columns.before')}</Table.Th>
              <Table.Th>{t('event.changes.columns.after')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {changed.length === 0 ? (
              <Table.Tr>
                <Table.Td colSpan={3}>
                  <Text size="sm" c="dimmed">
                    {t('event.changes.nothingChanged')}
                  </Text>
                </Table.Td>
              </Table.Tr>
            ) : (
              <FieldRows fields={changed} highlight={event.before !== null} />
            )}
            {unchangedOpen && <FieldRows fields={unchanged} highlight={false} />}
          </Table.Tbody>
        </Table>
      )}
      {unchanged.length > 0 && (
        <Group>
          <Button variant="subtle" size="compact-sm" onClick={toggle}>
            {unchangedOpen
              ? t('event.changes.hideUnchanged')
              : t('event.changes.showUnchanged', {
                  count: unchanged.length,
                  countText: formatCount(unchanged.length),
                })}
          </Button>
        </Group>
      )}
    </Stack>
  );
}

function JsonSection({ title, value, testId }: { title: string; value: unknown; testId: string }) {
  const { t } = useTranslation('audit');
  const [open, { toggle }] = useDisclosure(false);
  return (
    <Stack gap={4}>
      <Group>
        <Button variant="subtle" size="compact-sm" onClick={toggle} px={0}>
          {open ? t('event.input.hide') : title}
        </Button>
      </Group>
      <Collapse expanded={open}>
        <Code block data-testid={testId}>
          {JSON.stringify(value, null, 2)}
        </Code>
      </Collapse>
    </Stack>
  );
}
