import { Alert, Skeleton, Stack, Text } from '@mantine/core';
import dayjs from 'dayjs';
import { Trans, useTranslation } from 'react-i18next';
import type { RetailerDetail } from '../../../contract/retailerSchemas';
import { useOperation } from '../client/useOperation';
import type { AmountAsset } from '../format/formatMinor';
import { AmountText } from '../ledger/AmountText';
import { RetailerStatusBadge } from '../retailers/RetailerStatusBadge';
import { retailerTermsLabel } from '../retailers/retailerLabels';
import { LabelledValue } from '../shell/LabelledValue';

/** What the retailer may still receive: prepaid money paid in advance, or credit left under its limit. */
export function roomOf(detail: RetailerDetail): number | null {
  if (detail.receivable.availableCreditMinor !== null) return detail.receivable.availableCreditMinor;
  return Math.max(0, -detail.receivable.exposureMinor);
}

/**
 * The chosen retailer as an allocation meets it: its status, what it holds, what it may still be
 * charged (credit left, or money paid in advance) and what its daily limit leaves today.
 */
export function RetailerAllocationContext({
  detail,
  airtimeAssetCode,
  airtime,
  money,
}: {
  detail: RetailerDetail;
  airtimeAssetCode: string;
  airtime: AmountAsset;
  money: AmountAsset;
}) {
  const { t } = useTranslation('allocations');
  const { retailer, receivable } = detail;
  const today = dayjs().format('YYYY-MM-DD');
  const todays = useOperation('allocations.list', {
    retailerCode: retailer.code,
    statuses: ['queued', 'in_flight', 'confirmed'],
    fromDate: today,
    toDate: today,
    limit: 1,
  });
  const stock = detail.stock.find((candidate) => candidate.assetCode === airtimeAssetCode);
  const room = roomOf(detail);
  const todayMinor = todays.data?.totals.amountMinor;
  return (
    <Stack gap={6} data-testid="allocation-context" data-retailer={retailer.code}>
      <LabelledValue label={t('context.status')}>
        <RetailerStatusBadge status={retailer.status} />
      </LabelledValue>
      {retailer.status !== 'active' && (
        <Alert color="orange" p="xs">
          <Text size="sm">
            {retailer.statusReason
              ? t('context.onlyActiveBecause', { reason: retailer.statusReason })
              : t('context.onlyActive')}
          </Text>
        </Alert>
      )}
      <LabelledValue label={t('context.stockHeld')} testId="context-stock">
        {stock === undefined ? (
          <Text size="sm" c="orange">
            {t('context.noWallet')}
          </Text>
        ) : (
          <AmountText amountMinor={stock.balanceAvailableMinor} asset={airtime} size="sm" />
        )}
      </LabelledValue>
      <LabelledValue label={retailerTermsLabel(retailer.terms)}>
        <Text size="sm">
          {retailer.terms === 'postpaid' ? t('context.postpaidTerms') : t('context.prepaidTerms')}
        </Text>
      </LabelledValue>
      <LabelledValue
        label={retailer.terms === 'postpaid' ? t('context.owesNow') : t('context.paidInAdvance')}
        testId="context-owed"
      >
        <AmountText amountMinor={Math.abs(receivable.balancePostedMinor)} asset={money} size="sm" />
      </LabelledValue>
      <LabelledValue
        label={retailer.terms === 'postpaid' ? t('context.creditAvailable') : t('context.prepaidAvailable')}
        testId="context-room"
      >
        <AmountText
          amountMinor={room ?? 0}
          asset={money}
          size="sm"
          fw={600}
          c={room !== null && room <= 0 ? 'red' : 'teal'}
        />
      </LabelledValue>
      <LabelledValue label={t('context.dailyLimit')} testId="context-daily">
        {retailer.dailyAllocationLimitMinor === null ? (
          <Text size="sm">{t('context.noDailyLimit')}</Text>
        ) : todayMinor === undefined ? (
          <Skeleton height={14} width={140} />
        ) : (
          <Text size="sm" span>
            <Trans
              t={t}
              i18nKey="context.dailyLeft"
              components={{
                left: (
                  <AmountText
                    amountMinor={Math.max(0, retailer.dailyAllocationLimitMinor - todayMinor)}
                    asset={airtime}
                    size="sm"
                    fw={600}
                  />
                ),
                limit: (
                  <AmountText amountMinor={retailer.dailyAllocationLimitMinor} asset={airtime} size="sm" />
                ),
              }}
            />
          </Text>
        )}
      </LabelledValue>
    </Stack>
  );
}
