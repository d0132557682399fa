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
import { type AuditField, auditFields, auditValueText } from '../../../contract/auditChanges';
import type { AuditEventView } from '../../../contract/auditSchemas';
import { useOperation } from '../client/useOperation';
import { formatInstantPrecise } from '../format/formatInstant';
import { rolesText } from '../session/roleLabels';
import { CopyableValue, DetailTable } from '../shell/DetailTable';
import { OperationErrorAlert } from '../shell/OperationErrorAlert';
import { auditOutcomeColors, auditOutcomeLabels, operationSummary, transportLabels } from './auditLabels';

/** One audit event in full: who, when, what, from where, and what it changed, before and after. */
export function AuditEventDrawer({ seq, onClose }: { seq: number | null; onClose: () => void }) {
  return (
    <Drawer
      opened={seq !== null}
      onClose={onClose}
      position="right"
      size={720}
      title={<Title order={3}>{seq === null ? 'Audit event' : `Audit event #${seq}`}</Title>}
    >
      {seq !== null && <AuditEventDetail key={seq} seq={seq} />}
    </Drawer>
  );
}

function AuditEventDetail({ seq }: { seq: number }) {
  const event = useOperation('audit.event', { seq });
  if (event.error) {
    return (
      <OperationErrorAlert
        title="The event could not be read"
        error={event.error}
        onRetry={() => void event.reload()}
      />
    );
  }
  if (event.data === undefined) return <Skeleton height={320} />;
  const view = event.data;
  return (
    <Stack gap="md" data-testid="audit-event" data-seq={view.seq}>
      <Text fw={500}>{view.summary}</Text>
      {view.refusal !== null && (
        <Alert color="red" icon={<IconBan />} title="Refused: nothing changed">
          {view.refusal.message} <Code>{view.refusal.code}</Code>
        </Alert>
      )}
      {view.outcome === 'interrupted' && (
        <Alert color="orange" icon={<IconAlertTriangle />} title="Interrupted">
          The app stopped while this ran: whether it changed anything is not known. Check the subject below as
          it stands now.
        </Alert>
      )}
      <DetailTable
        rows={[
          ['When', formatInstantPrecise(view.at)],
          [
            'Who',
            <span key="who">
              {view.actor.displayName}{' '}
              <Text span size="xs" c="dimmed">
                {view.actor.roles.length === 0 ? 'not signed in' : rolesText(view.actor.roles)} ·{' '}
                {view.actor.userId}
              </Text>
            </span>,
          ],
          ['Transport', transportLabels[view.transport]],
          [
            'Operation',
            <span key="operation">
              <Code>{view.operation}</Code>{' '}
              <Text span size="xs" c="dimmed">
                {operationSummary(view.operation)}
              </Text>
            </span>,
          ],
          [
            'Outcome',
            <Badge key="outcome" color={auditOutcomeColors[view.outcome]} variant="light">
              {auditOutcomeLabels[view.outcome]}
            </Badge>,
          ],
          ['Subject', view.subject === null ? '—' : `${view.subject.kind} · ${view.subject.id}`],
        ]}
      />
      <ChangesSection event={view} />
      <JsonSection title="Input, as given (secrets redacted)" value={view.input} testId="audit-input" />
      <DetailTable
        rows={[
          ['Previous hash', <CopyableValue key="previous" value={view.previousHash} />],
          ['Hash', <CopyableValue key="hash" value={view.hash} />],
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
  const [unchangedOpen, { toggle }] = useDisclosure(false);
  if (event.outcome === 'refused') return null;
  const fields = auditFields(event.before, event.after);
  const changed = fields.filter((field) => field.changed);
  const unchanged = fields.filter((field) => !field.changed);
  return (
    <Stack gap="xs">
      <Text fw={600}>{event.before === null ? 'What it created' : 'What it changed'}</Text>
      {fields.length === 0 ? (
        <Text size="sm" c="dimmed">
          This call records no subject of its own.
        </Text>
      ) : (
        <Table withTableBorder fz="sm" layout="fixed" data-testid="audit-changes">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w="38%">Field</Table.Th>
              <Table.Th>Before</Table.Th>
              <Table.Th>After</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {changed.length === 0 ? (
              <Table.Tr>
                <Table.Td colSpan={3}>
                  <Text size="sm" c="dimmed">
                    Nothing changed.
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
              ? 'Hide the unchanged fields'
              : `Show ${unchanged.length} unchanged ${unchanged.length === 1 ? 'field' : 'fields'}`}
          </Button>
        </Group>
      )}
    </Stack>
  );
}

function JsonSection({ title, value, testId }: { title: string; value: unknown; testId: string }) {
  const [open, { toggle }] = useDisclosure(false);
  return (
    <Stack gap={4}>
      <Group>
        <Button variant="subtle" size="compact-sm" onClick={toggle} px={0}>
          {open ? `Hide the input` : title}
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
