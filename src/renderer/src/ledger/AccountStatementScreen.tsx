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
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { AccountStatement, AccountView, AssetView } from '../../../contract/ledgerSchemas';
import { useOperation } from '../client/useOperation';
import { formatCount } from '../format/formatCount';
import { formatDay } from '../format/formatInstant';
import { formatMinor } from '../format/formatMinor';
import { OperationErrorAlert } from '../shell/OperationErrorAlert';
import { AccountRuleBadges } from './AccountRuleBadges';
import { AmountText } from './AmountText';
import { EntryDrawer } from './EntryDrawer';
import { accountTypeLabel, ownerLabel } from './ledgerLabels';
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
  const { t } = useTranslation('ledger');
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
            {t('screen.title')}
          </Anchor>
          <Text size="sm" c="dimmed">
            {t('statement.breadcrumb')}
          </Text>
        </Breadcrumbs>
        <Title order={2}>
          {account === undefined ? t('statement.fallbackTitle') : `${account.code} · ${account.name}`}
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
                {t('statement.reading')}
              </Text>
            </Group>
          )}
        </Group>
        {statement.error ? (
          <OperationErrorAlert
            title={t('statement.readError')}
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
  const { t } = useTranslation('ledger');
  return (
    <Group gap="xs" mt={6}>
      <Badge variant="light" color="gray">
        {accountTypeLabel(account.type)}
      </Badge>
      <Badge variant="light" color="gray">
        {ownerLabel(account)}
      </Badge>
      <Badge variant="light" color={asset?.kind === 'airtime' ? 'cyan' : 'gray'} tt="none">
        {asset === undefined
          ? account.assetCode
          : asset.kind === 'airtime'
            ? t('statement.airtimeAsset', { code: asset.code, currency: asset.currency })
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
  const { t } = useTranslation('ledger');
  const { asset, lines } = statement;
  const movementCount = (count: number) => t('statement.movements', { count, countText: formatCount(count) });
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
          label={t('statement.opening.label')}
          amountMinor={statement.openingBalanceMinor}
          asset={asset}
          testId="statement-opening"
          hint={t('statement.opening.hint', { day: fromDay })}
        />
        <Figure
          label={t('statement.increases')}
          amountMinor={totals.increasesMinor}
          asset={asset}
          signed
          testId="statement-increases"
          hint={movementCount(lines.filter((line) => line.amountMinor > 0).length)}
        />
        <Figure
          label={t('statement.decreases')}
          amountMinor={totals.decreasesMinor}
          asset={asset}
          signed
          testId="statement-decreases"
          hint={movementCount(lines.filter((line) => line.amountMinor < 0).length)}
        />
        <Figure
          label={t('statement.closing.label')}
          amountMinor={statement.closingBalanceMinor}
          asset={asset}
          testId="statement-closing"
          hint={t('statement.closing.hint', { day: toDay })}
        />
      </SimpleGrid>
      {statement.truncated && (
        <Alert
          color="yellow"
          icon={<IconInfoCircle />}
          title={t('statement.truncated.title')}
          data-testid="statement-truncated"
        >
          {t('statement.truncated.body', { countText: formatCount(lines.length) })}
        </Alert>
      )}
      {!addsUp && (
        <Alert color="red" icon={<IconAlertTriangle />} title={t('statement.mismatch.title')}>
          {t('statement.mismatch.body')}
        </Alert>
      )}
      {lines.length === 0 ? (
        <Center py="xl" data-testid="statement-empty">
          <Stack gap={4} align="center" maw={560}>
            <Text fw={600}>{t('statement.empty.title', { from: fromDay, to: toDay })}</Text>
            <Text c="dimmed" ta="center" size="sm">
              {t('statement.empty.body', {
                code: statement.account.code,
                balance: formatMinor(statement.closingBalanceMinor, asset),
              })}
            </Text>
          </Stack>
        </Center>
      ) : (
        <StatementLines lines={lines} asset={asset} chart={chart} onOpenEntry={onOpenEntry} />
      )}
      {lines.length > 0 && (
        <Text size="xs" c="dimmed">
          {t(asset.kind === 'airtime' ? 'statement.footer.airtime' : 'statement.footer.money', {
            count: lines.length,
            countText: formatCount(lines.length),
            from: fromDay,
            to: toDay,
            side: t(`statement.sides.${statement.account.normalSide}`),
            currency: asset.currency,
          })}
        </Text>
      )}
    </Stack>
  );
}
