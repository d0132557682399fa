import {
  Alert,
  Anchor,
  Badge,
  Breadcrumbs,
  Card,
  Center,
  Group,
  Loader,
  SimpleGrid,
  Skeleton,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useSessionStorage } from '@mantine/hooks';
import { IconAlertTriangle, IconInfoCircle } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { Link } from 'wouter';
import type { AccountStatement, AccountView, AssetView } from '../../../contract/ledgerSchemas';
import { useOperation } from '../client/useOperation';
import { formatDay } from '../format/formatInstant';
import { formatMinor } from '../format/formatMinor';
import { OperationErrorAlert } from '../shell/OperationErrorAlert';
import { AccountRuleBadges } from './AccountRuleBadges';
import { AmountText } from './AmountText';
import { EntryDrawer } from './EntryDrawer';
import { accountTypeLabels, ownerLabel } from './ledgerLabels';
import { ledgerPath } from './ledgerPaths';
import { StatementLines } from './StatementLines';
import { StatementPeriodPicker } from './StatementPeriodPicker';
import {
  defaultStatementPeriod,
  isStatementPeriod,
  periodInstants,
  type StatementPeriod,
} from './statementPeriod';
import { type LedgerChart, useLedgerChart } from './useLedgerChart';

/** One account's statement: opening balance, each posted movement with its running balance, closing. */
export function AccountStatementScreen({ accountId }: { accountId: string }) {
  // The period is kept for the session, so a clerk can walk through several accounts for one month.
  const [storedPeriod, setPeriod] = useSessionStorage<StatementPeriod>({
    key: 'airledger.statementPeriod',
    defaultValue: defaultStatementPeriod(),
    getInitialValueInEffect: false,
  });
  const period = isStatementPeriod(storedPeriod) ? storedPeriod : defaultStatementPeriod();
  const { from, to } = periodInstants(period);
  const statement = useOperation('ledger.statement', { accountId, from, to });
  const chart = useLedgerChart();
  const [entryTrail, setEntryTrail] = useState<string[]>([]);
  // Until the answer for this account and period arrives, an earlier one must not pass for it.
  const current =
    statement.data !== undefined && statement.data.account.id === accountId && !statement.loading
      ? statement.data
      : undefined;
  const account =
    statement.data?.account.id === accountId ? statement.data.account : chart.accountsById.get(accountId);

  return (
    <Stack gap="lg">
      <div>
        <Breadcrumbs mb={4}>
          <Anchor component={Link} href={ledgerPath} size="sm">
            Ledger
          </Anchor>
          <Text size="sm" c="dimmed">
            Statement
          </Text>
        </Breadcrumbs>
        <Title order={2}>
          {account === undefined ? 'Account statement' : `${account.code} · ${account.name}`}
        </Title>
        {account !== undefined && (
          <AccountFacts
            account={account}
            asset={statement.data?.asset ?? chart.assetsByCode.get(account.assetCode)}
          />
        )}
      </div>
      <Card withBorder padding="md" radius="md">
        <Group justify="space-between" align="flex-end" mb="md" wrap="wrap">
          <StatementPeriodPicker period={period} onChange={setPeriod} />
          {statement.loading && statement.data !== undefined && (
            <Group gap="xs">
              <Loader size="xs" />
              <Text size="sm" c="dimmed">
                Reading the statement…
              </Text>
            </Group>
          )}
        </Group>
        {statement.error ? (
          <OperationErrorAlert
            title="The statement could not be read"
            error={statement.error}
            onRetry={() => void statement.reload()}
          />
        ) : statement.data === undefined ? (
          <StatementSkeleton />
        ) : (
          <StatementBody
            statement={current ?? statement.data}
            chart={chart}
            onOpenEntry={(entryId) => setEntryTrail([entryId])}
            settled={current !== undefined}
          />
        )}
      </Card>
      <EntryDrawer trail={entryTrail} onTrailChange={setEntryTrail} chart={chart} />
    </Stack>
  );
}

function AccountFacts({ account, asset }: { account: AccountView; asset: AssetView | undefined }) {
  return (
    <Group gap="xs" mt={6}>
      <Badge variant="light" color="gray">
        {accountTypeLabels[account.type]}
      </Badge>
      <Badge variant="light" color="gray">
        {ownerLabel(account)}
      </Badge>
      <Badge variant="light" color={asset?.kind === 'airtime' ? 'cyan' : 'gray'} tt="none">
        {asset === undefined
          ? account.assetCode
          : asset.kind === 'airtime'
            ? `${asset.code} · airtime, face value in ${asset.currency}`
            : `${asset.code} · ${asset.name}`}
      </Badge>
      <AccountRuleBadges account={account} asset={asset} />
    </Group>
  );
}

function StatementSkeleton() {
  return (
    <Stack gap="sm" data-testid="statement-loading">
      <SimpleGrid cols={{ base: 2, md: 4 }}>
        {[0, 1, 2, 3].map((card) => (
          <Skeleton key={card} height={64} />
        ))}
      </SimpleGrid>
      <Skeleton height={240} />
    </Stack>
  );
}

function Figure({
  label,
  amountMinor,
  asset,
  signed = false,
  testId,
  hint,
}: {
  label: string;
  amountMinor: number | bigint;
  asset: AssetView;
  signed?: boolean;
  testId: string;
  hint: string;
}) {
  return (
    <Card withBorder padding="sm" radius="md" data-testid={testId}>
      <Text size="xs" tt="uppercase" fw={700} c="dimmed">
        {label}
      </Text>
      <AmountText
        amountMinor={amountMinor}
        asset={asset}
        signed={signed}
        size="lg"
        fw={600}
        display="block"
        ta="left"
        data-testid={`${testId}-amount`}
      />
      <Text size="xs" c="dimmed">
        {hint}
      </Text>
    </Card>
  );
}

function movementCount(count: number): string {
  return `${count.toLocaleString()} ${count === 1 ? 'movement' : 'movements'}`;
}

function StatementBody({
  statement,
  chart,
  onOpenEntry,
  settled,
}: {
  statement: AccountStatement;
  chart: LedgerChart;
  onOpenEntry: (entryId: string) => void;
  settled: boolean;
}) {
  const { asset, lines } = statement;
  // Sums in BigInt: fifty thousand large amounts must still add up exactly.
  const totals = useMemo(() => {
    let increasesMinor = 0n;
    let decreasesMinor = 0n;
    for (const line of lines) {
      if (line.amountMinor > 0) increasesMinor += BigInt(line.amountMinor);
      else decreasesMinor += BigInt(line.amountMinor);
    }
    return { increasesMinor, decreasesMinor };
  }, [lines]);
  const addsUp =
    statement.truncated ||
    BigInt(statement.openingBalanceMinor) + totals.increasesMinor + totals.decreasesMinor ===
      BigInt(statement.closingBalanceMinor);
  const fromDay = formatDay(statement.from);
  const toDay = formatDay(statement.to);

  return (
    <Stack gap="md" style={{ opacity: settled ? 1 : 0.6 }} data-testid="statement" data-settled={settled}>
      <SimpleGrid cols={{ base: 2, md: 4 }}>
        <Figure
          label="Opening balance"
          amountMinor={statement.openingBalanceMinor}
          asset={asset}
          testId="statement-opening"
          hint={`before ${fromDay}`}
        />
        <Figure
          label="Increases"
          amountMinor={totals.increasesMinor}
          asset={asset}
          signed
          testId="statement-increases"
          hint={movementCount(lines.filter((line) => line.amountMinor > 0).length)}
        />
        <Figure
          label="Decreases"
          amountMinor={totals.decreasesMinor}
          asset={asset}
          signed
          testId="statement-decreases"
          hint={movementCount(lines.filter((line) => line.amountMinor < 0).length)}
        />
        <Figure
          label="Closing balance"
          amountMinor={statement.closingBalanceMinor}
          asset={asset}
          testId="statement-closing"
          hint={`at the end of ${toDay}`}
        />
      </SimpleGrid>
      {statement.truncated && (
        <Alert
          color="yellow"
          icon={<IconInfoCircle />}
          title="Not every movement is listed"
          data-testid="statement-truncated"
        >
          This period holds more movements than one statement shows: the first {lines.length.toLocaleString()}{' '}
          are listed. The closing balance is still the balance at the end of the period. Choose a shorter
          period to see the rest.
        </Alert>
      )}
      {!addsUp && (
        <Alert color="red" icon={<IconAlertTriangle />} title="The movements do not add up">
          Opening balance plus the movements listed differs from the closing balance. Run “Verify now” on the
          Ledger screen to find out why.
        </Alert>
      )}
      {lines.length === 0 ? (
        <Center py="xl" data-testid="statement-empty">
          <Stack gap={4} align="center" maw={560}>
            <Text fw={600}>
              No posted movements from {fromDay} to {toDay}
            </Text>
            <Text c="dimmed" ta="center" size="sm">
              {statement.account.code} recorded no posted movement in this period, so its balance stayed at{' '}
              {formatMinor(statement.closingBalanceMinor, asset)}. Pending reservations appear here only once
              the operator confirms them. Choose a longer period to see earlier movements.
            </Text>
          </Stack>
        </Center>
      ) : (
        <StatementLines lines={lines} asset={asset} chart={chart} onOpenEntry={onOpenEntry} />
      )}
      {lines.length > 0 && (
        <Text size="xs" c="dimmed">
          {movementCount(lines.length)} posted from {fromDay} to {toDay}, signed on the account's{' '}
          {statement.account.normalSide} side
          {asset.kind === 'airtime' ? `, airtime at face value in ${asset.currency}` : ''}. Click a line or
          press Enter to open its entry; arrow keys move between lines.
        </Text>
      )}
    </Stack>
  );
}
