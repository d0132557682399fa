import { Alert, Table } from '@mantine/core';
import type { ReactNode } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import type { AmountAsset } from '../format/formatMinor';
import { AmountText } from '../ledger/AmountText';
import type { RollForwardLine } from './statementRollForward';

/**
 * One line of a roll-forward table: a movement signed in colour, or (`strong`) a balance it opens
 * or closes on, in bold and unsigned.
 */
export function FigureRow({
  label,
  amountMinor,
  asset,
  strong = false,
  testId,
}: {
  label: string;
  amountMinor: number;
  asset: AmountAsset;
  strong?: boolean;
  testId: string;
}) {
  return (
    <Table.Tr data-testid={testId}>
      <Table.Td fw={strong ? 700 : undefined}>{label}</Table.Td>
      <Table.Td ta="right">
        <AmountText amountMinor={amountMinor} asset={asset} signed={!strong} fw={strong ? 700 : undefined} />
      </Table.Td>
    </Table.Tr>
  );
}

/**
 * A balance rolled forward: the opening, each line that moved it, the closing, then any rows the
 * statement adds under them (`children`). Test ids are `<testIdPrefix>-opening`, `-<line key>`, `-closing`.
 */
export function RollForwardTable({
  opening,
  lines,
  closing,
  asset,
  testIdPrefix,
  children,
}: {
  opening: { label: string; amountMinor: number };
  lines: RollForwardLine[];
  closing: { label: string; amountMinor: number };
  asset: AmountAsset;
  testIdPrefix: string;
  children?: ReactNode;
}) {
  return (
    <Table verticalSpacing={6}>
      <Table.Tbody>
        <FigureRow {...opening} asset={asset} strong testId={`${testIdPrefix}-opening`} />
        {lines.map((line) => (
          <FigureRow
            key={line.key}
            label={line.label}
            amountMinor={line.amountMinor}
            asset={asset}
            testId={`${testIdPrefix}-${line.key}`}
          />
        ))}
        <FigureRow {...closing} asset={asset} strong testId={`${testIdPrefix}-closing`} />
        {children}
      </Table.Tbody>
    </Table>
  );
}

/** Nothing when the lines add up to the closing; else by how much they do not (the core asserts it). */
export function RollForwardDifference({
  differenceMinor,
  closingLabel,
  asset,
}: {
  differenceMinor: number;
  closingLabel: string;
  asset: AmountAsset;
}) {
  const { t } = useTranslation('settlements');
  if (differenceMinor === 0) return null;
  return (
    <Alert color="red" mt="sm" title={t('rollForward.differenceTitle')}>
      <Trans
        t={t}
        i18nKey="rollForward.difference"
        values={{ closing: closingLabel }}
        components={{ amount: <AmountText amountMinor={differenceMinor} asset={asset} /> }}
      />
    </Alert>
  );
}
