import { Alert, Button, Group, SimpleGrid, Skeleton, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { IconAlertCircle, IconArrowsExchange, IconHourglass } from '@tabler/icons-react';
import { useCallback, useEffect, useRef, useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { uuidv7 } from 'uuidv7';
import type { AllocationApprovalView, AllocationOutcome } from '../../../contract/allocationSchemas';
import type { ContractCallError } from '../../../contract/contractError';
import type { RetailerDetail, RetailerView } from '../../../contract/retailerSchemas';
import { asContractError } from '../client/asContractError';
import { useClient } from '../client/ClientContext';
import { useSubmission } from '../client/useSubmission';
import { type AmountAsset, formatMinor } from '../format/formatMinor';
import { parseMajorAmount } from '../format/parseMajorAmount';
import { positiveAmountIssue } from '../format/positiveAmountIssue';
import { localizeContractMessage } from '../i18n/contractMessages';
import { AmountText } from '../ledger/AmountText';
import { RetailerSelect, retailerOption } from '../retailers/RetailerSelect';
import { RetailerAllocationContext } from './RetailerAllocationContext';

interface AllocateValues {
  retailerCode: string | null;
  /** In the operator's units as typed: "250,000". */
  amount: string;
  note: string;
}

/** The longest note an allocation keeps. */
const noteLengthMax = 200;

const retailerFilters = { statuses: ['active', 'suspended'] as Array<'active' | 'suspended'> };

/**
 * Allocate stock to one retailer: picked by name or code, with what it holds and may still take
 * beside the wholesale stock; confirmed before it is queued. A refusal (credit limit, prepaid
 * balance, daily limit, status, stock) is shown in the core's words.
 */
export function AllocateForm({
  airtimeAssetCode,
  airtime,
  money,
  wholesaleAvailableMinor,
  initialRetailer,
  onAllocated,
  onCancel,
}: {
  airtimeAssetCode: string;
  airtime: AmountAsset;
  money: AmountAsset;
  /** Null when the user does not see the distributor's wholesale stock (a partner office). */
  wholesaleAvailableMinor: number | null | undefined;
  initialRetailer: Pick<RetailerView, 'code' | 'name'> | null;
  onAllocated: (outcome: AllocationOutcome) => void;
  onCancel?: () => void;
}) {
  const { t } = useTranslation(['allocations', 'common']);
  const client = useClient();
  const [actionId, setActionId] = useState(() => uuidv7());
  const [detail, setDetail] = useState<RetailerDetail | null>(null);
  const [detailError, setDetailError] = useState<ContractCallError | null>(null);
  const [detailVersion, setDetailVersion] = useState(0);
  const [held, setHeld] = useState<AllocationApprovalView | null>(null);
  const form = useForm<AllocateValues>({
    mode: 'controlled',
    initialValues: { retailerCode: initialRetailer?.code ?? null, amount: '', note: '' },
    validate: {
      retailerCode: (code) => (code === null ? t('form.errors.retailerRequired') : null),
      amount: (text) => positiveAmountIssue(text, airtime.scale),
      note: (text) =>
        text.trim().length > noteLengthMax ? t('form.errors.noteTooLong', { max: noteLengthMax }) : null,
    },
  });
  const { busy, failure, setFailure, run } = useSubmission((issues) => {
    for (const issue of issues) {
      form.setFieldError(issue.path === 'amountMinor' ? 'amount' : issue.path, issue.message);
    }
  });
  const code = form.values.retailerCode;

  // Only the answer for the retailer chosen last is shown.
  const latestRead = useRef(0);
  const readDetail = useCallback(
    (chosen: string | null) => {
      latestRead.current += 1;
      const read = latestRead.current;
      setDetailError(null);
      if (chosen === null) {
        setDetail(null);
        return;
      }
      client.call('retailers.get', { code: chosen }).then(
        (found) => {
          if (read === latestRead.current) setDetail(found);
        },
        (caught: unknown) => {
          if (read === latestRead.current) setDetailError(asContractError(caught));
        },
      );
    },
    [client],
  );
  useEffect(() => {
    setDetail(null);
    readDetail(code);
  }, [code, readDetail]);

  const parsed = parseMajorAmount(form.values.amount, airtime.scale);
  const amountMinor = parsed.ok ? parsed.amountMinor : null;
  const overStock =
    amountMinor !== null &&
    typeof wholesaleAvailableMinor === 'number' &&
    amountMinor > wholesaleAvailableMinor;

  const allocate = (values: AllocateValues, retailer: RetailerDetail['retailer'], amount: number) =>
    run(async () => {
      // The clerk's path: the core applies maker-checker and may hold it for a second person.
      const outcome = await client.call('allocations.create', {
        id: actionId,
        retailerCode: retailer.code,
        amountMinor: amount,
        ...(values.note.trim() === '' ? {} : { note: values.note.trim() }),
      });
      if (outcome.status === 'awaiting_approval') {
        setHeld(outcome.approval);
        notifications.show({
          color: 'orange',
          title: t('form.notifications.heldTitle', {
            amount: formatMinor(amount, airtime),
            retailer: retailer.name,
          }),
          message: outcome.approval
            ? localizeContractMessage(outcome.approval.explanation)
            : t('form.notifications.heldMessage'),
        });
      } else {
        setHeld(null);
        notifications.show({
          color: 'teal',
          title: t('form.notifications.allocatedTitle', {
            amount: formatMinor(amount, airtime),
            retailer: retailer.name,
          }),
          message: t('form.notifications.allocatedMessage'),
        });
      }
      setActionId(uuidv7());
      form.setValues({ amount: '', note: '' });
      setDetailVersion((version) => version + 1);
      readDetail(values.retailerCode);
      onAllocated(outcome);
    });

  const confirm = (values: AllocateValues) => {
    const amount = parseMajorAmount(values.amount, airtime.scale);
    if (!amount.ok || detail === null) return;
    const { retailer } = detail;
    setFailure(null);
    setHeld(null);
    modals.openConfirmModal({
      title: t('form.confirm.title', {
        amount: formatMinor(amount.amountMinor, airtime),
        retailer: retailer.name,
      }),
      children: (
        <Stack gap="xs" data-testid="allocate-confirmation">
          <Text size="sm">
            <Trans
              t={t}
              i18nKey="form.confirm.leaves"
              values={{
                amount: formatMinor(amount.amountMinor, airtime),
                retailer: retailer.name,
                code: retailer.code,
                party: retailer.operatorPartyId,
              }}
              components={{ bold: <Text span fw={600} size="sm" /> }}
            />
          </Text>
          <Text size="sm">
            {retailer.terms === 'postpaid' ? t('form.confirm.postpaid') : t('form.confirm.prepaid')}
            {values.note.trim() === '' ? '' : ` ${t('form.confirm.note', { note: values.note.trim() })}`}
          </Text>
          <Text size="sm" c="dimmed">
            {t('form.confirm.whatHappens')}
          </Text>
        </Stack>
      ),
      labels: { confirm: t('form.confirm.confirm'), cancel: t('form.confirm.back') },
      onConfirm: () => void allocate(values, retailer, amount.amountMinor),
    });
  };

  return (
    <form aria-label={t('form.ariaLabel')} noValidate onSubmit={form.onSubmit(confirm)}>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <Stack gap="sm">
          <RetailerSelect
            label={t('form.fields.retailer')}
            placeholder={t('form.fields.retailerPlaceholder')}
            withAsterisk
            filters={retailerFilters}
            initialOption={
              initialRetailer === null ? null : retailerOption(initialRetailer.code, initialRetailer.name)
            }
            nothingFoundMessage={t('form.fields.noRetailerMatches')}
            value={code}
            error={form.errors.retailerCode}
            onChange={(chosen) => {
              form.setFieldValue('retailerCode', chosen);
              setFailure(null);
            }}
            data-autofocus={initialRetailer === null ? true : undefined}
          />
          <TextInput
            label={t('form.fields.amount')}
            description={t('form.fields.amountDescription', { currency: airtime.currency })}
            rightSection={airtime.currency}
            rightSectionWidth={48}
            withAsterisk
            data-autofocus={initialRetailer === null ? undefined : true}
            {...form.getInputProps('amount')}
          />
          <TextInput
            label={t('form.fields.note')}
            placeholder={t('form.fields.notePlaceholder')}
            {...form.getInputProps('note')}
          />
          {wholesaleAvailableMinor !== null && (
            <Group justify="space-between" gap="xs" data-testid="allocate-wholesale">
              <Text size="sm" c="dimmed">
                {t('form.wholesaleAvailable')}
              </Text>
              {wholesaleAvailableMinor === undefined ? (
                <Skeleton height={14} width={120} />
              ) : (
                <AmountText
                  amountMinor={wholesaleAvailableMinor}
                  asset={airtime}
                  size="sm"
                  fw={600}
                  c={overStock ? 'red' : undefined}
                />
              )}
            </Group>
          )}
          {overStock && (
            <Text size="sm" c="red">
              {t('form.overStock')}
            </Text>
          )}
        </Stack>
        <Stack gap="sm">
          {code === null && (
            <Text size="sm" c="dimmed">
              {t('form.chooseRetailer')}
            </Text>
          )}
          {detailError !== null && (
            <Text size="sm" c="red">
              {detailError.message}
            </Text>
          )}
          {code !== null && detail === null && detailError === null && <Skeleton height={160} />}
          {detail !== null && (
            <RetailerAllocationContext
              key={`${detail.retailer.code}-${detailVersion}`}
              detail={detail}
              airtimeAssetCode={airtimeAssetCode}
              airtime={airtime}
              money={money}
            />
          )}
        </Stack>
      </SimpleGrid>
      {held !== null && (
        <Alert
          mt="md"
          color="orange"
          icon={<IconHourglass />}
          title={t('form.held.title', {
            amount: formatMinor(held.amountMinor, airtime),
            retailer: held.retailerName,
          })}
          data-testid="allocate-held"
          withCloseButton
          onClose={() => setHeld(null)}
        >
          {held.explanation} {t('form.held.nothingReserved')}
        </Alert>
      )}
      {failure !== null && (
        <Alert
          mt="md"
          color="red"
          icon={<IconAlertCircle />}
          title={t('form.refusalTitle')}
          data-testid="allocate-refusal"
          withCloseButton
          onClose={() => setFailure(null)}
        >
          {failure.message}
        </Alert>
      )}
      <Group justify="flex-end" gap="sm" mt="md">
        {onCancel !== undefined && (
          <Button variant="default" onClick={onCancel}>
            {t('common:actions.cancel')}
          </Button>
        )}
        <Button
          type="submit"
          leftSection={<IconArrowsExchange size={16} />}
          loading={busy}
          disabled={detail === null}
        >
          {t('form.submit')}
        </Button>
      </Group>
    </form>
  );
}
