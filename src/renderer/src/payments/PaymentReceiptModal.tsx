import { Button, Divider, Group, Modal, Stack, Table, Text, Title } from '@mantine/core';
import { IconPrinter } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { PaymentView } from '../../../contract/paymentSchemas';
import { formatDay, formatInstantPrecise } from '../format/formatInstant';
import type { AmountAsset } from '../format/formatMinor';
import { AmountText } from '../ledger/AmountText';
import { shortReference } from '../sync/actionTarget';
import classes from './PaymentReceipt.module.css';
import { paymentMethodLabel } from './paymentLabels';

const printingClass = 'airledger-printing-receipt';

/** Prints the receipt alone: the print stylesheet hides everything else while the class is on. */
function printReceipt(): void {
  document.body.classList.add(printingClass);
  const done = () => {
    document.body.classList.remove(printingClass);
    window.removeEventListener('afterprint', done);
  };
  window.addEventListener('afterprint', done);
  window.print();
}

/** What the retailer owed, or had paid in advance, as a receipt line says it. */
function BalanceLine({
  label,
  amountMinor,
  asset,
  testId,
}: {
  label: string;
  amountMinor: number;
  asset: AmountAsset;
  testId: string;
}) {
  const { t } = useTranslation('payments');
  return (
    <Table.Tr data-testid={testId}>
      <Table.Th w={150}>{label}</Table.Th>
      <Table.Td ta="right">
        <AmountText amountMinor={Math.abs(amountMinor)} asset={asset} size="sm" fw={600} />
        {amountMinor < 0 && (
          <Text span size="sm" c="dimmed">
            {' '}
            {t('receipt.paidInAdvance')}
          </Text>
        )}
      </Table.Td>
    </Table.Tr>
  );
}

/** The receipt of a recorded payment, to hand over or print: who paid what, how, and what it settled. */
export function PaymentReceiptModal({
  payment,
  onClose,
}: {
  payment: PaymentView | null;
  onClose: () => void;
}) {
  const { t } = useTranslation('payments');
  return (
    <Modal opened={payment !== null} onClose={onClose} title={t('receipt.title')} size="lg">
      {payment !== null && <Receipt payment={payment} onClose={onClose} />}
    </Modal>
  );
}

function Receipt({ payment, onClose }: { payment: PaymentView; onClose: () => void }) {
  const { t } = useTranslation(['payments', 'common']);
  const asset: AmountAsset = { currency: payment.currency, scale: payment.scale, kind: 'money' };
  const rows: Array<[string, ReactNode, string]> = [
    [
      t('receipt.rows.receivedFrom'),
      t('receipt.retailer', { name: payment.retailerName, code: payment.retailerCode }),
      'receipt-retailer',
    ],
    [
      t('receipt.rows.amount'),
      <AmountText key="amount" amountMinor={payment.amountMinor} asset={asset} fw={700} />,
      'receipt-amount',
    ],
    [t('receipt.rows.method'), paymentMethodLabel(payment.method), 'receipt-method'],
    [t('receipt.rows.reference'), payment.reference ?? '—', 'receipt-reference'],
    [t('receipt.rows.receivedOn'), formatDay(payment.receivedAt), 'receipt-received'],
    [t('receipt.rows.note'), payment.note ?? '—', 'receipt-note'],
  ];
  return (
    <Stack gap="md">
      <div className={classes.receipt} data-testid="payment-receipt">
        <Stack gap="sm">
          <Group justify="space-between" align="flex-start">
            <div>
              <Text size="xs" tt="uppercase" fw={700} c="dimmed">
                {t('receipt.heading')}
              </Text>
              <Title order={3} ff="monospace" data-testid="receipt-number">
                {payment.receiptNumber}
              </Title>
            </div>
            <Text size="xs" c="dimmed" ta="right">
              {t('receipt.recordedAt', { date: formatInstantPrecise(payment.recordedAt) })}
              <br />
              {t('receipt.recordedBy', { user: payment.recordedBy })}
            </Text>
          </Group>
          <Table variant="vertical" fz="sm" layout="fixed">
            <Table.Tbody>
              {rows.map(([label, value, testId]) => (
                <Table.Tr key={testId} data-testid={testId}>
                  <Table.Th w={150}>{label}</Table.Th>
                  <Table.Td>{value}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          <Divider label={t('receipt.settled')} labelPosition="left" />
          {payment.applications.length === 0 ? (
            <Text size="sm" c="dimmed" data-testid="receipt-settled-none">
              {t('receipt.settledNone')}
            </Text>
          ) : (
            <Table fz="sm" data-testid="receipt-settled">
              <Table.Tbody>
                {payment.applications.map((application) => (
                  <Table.Tr key={application.actionId}>
                    <Table.Td ff="monospace">
                      {t('receipt.allocation', { reference: shortReference(application.actionId) })}
                    </Table.Td>
                    <Table.Td ta="right">
                      <AmountText amountMinor={application.amountMinor} asset={asset} size="sm" />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
          <Table fz="sm" variant="vertical" layout="fixed">
            <Table.Tbody>
              <BalanceLine
                label={t('receipt.owedBefore')}
                amountMinor={payment.balanceBeforeMinor}
                asset={asset}
                testId="receipt-before"
              />
              <BalanceLine
                label={t('receipt.owedAfter')}
                amountMinor={payment.balanceAfterMinor}
                asset={asset}
                testId="receipt-after"
              />
            </Table.Tbody>
          </Table>
        </Stack>
      </div>
      <Group justify="flex-end" gap="sm">
        <Button variant="default" onClick={onClose}>
          {t('common:actions.close')}
        </Button>
        <Button leftSection={<IconPrinter size={16} />} onClick={printReceipt}>
          {t('receipt.print')}
        </Button>
      </Group>
    </Stack>
  );
}
