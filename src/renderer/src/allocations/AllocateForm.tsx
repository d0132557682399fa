import { Alert, Button, Group, SimpleGrid, Skeleton, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { IconAlertCircle, IconArrowsExchange, IconHourglass } from '@tabler/icons-react';
import { useCallback, useEffect, useRef, useState } from 'react';
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
import { AmountText } from '../ledger/AmountText';
import { RetailerSelect, retailerOption } from '../retailers/RetailerSelect';
import { RetailerAllocationContext } from './RetailerAllocationContext';

interface AllocateValues {
  retailerCode: string | null;
  /** In the operator's units as typed: "250,000". */
  amount: string;
  note: string;
}

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
      retailerCode: (code) => (code === null ? 'choose the retailer' : null),
      amount: (text) => positiveAmountIssue(text, airtime.scale),
      note: (text) => (text.trim().length > 200 ? 'is longer than 200 characters' : null),
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
          title: `${formatMinor(amount, airtime)} to ${retailer.name} is held for approval`,
          message: outcome.approval?.explanation ?? 'A second person approves it on the Allocations screen.',
        });
      } else {
        setHeld(null);
        notifications.show({
          color: 'teal',
          title: `${formatMinor(amount, airtime)} allocated to ${retailer.name}`,
          message: 'Reserved in the ledger and queued; the next sync sends it to the operator.',
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
      title: `Allocate ${formatMinor(amount.amountMinor, airtime)} to ${retailer.name}?`,
      children: (
        <Stack gap="xs" data-testid="allocate-confirmation">
          <Text size="sm">
            <Text span fw={600} size="sm">
              {formatMinor(amount.amountMinor, airtime)}
            </Text>{' '}
            leaves the wholesale stock for the wallet of {retailer.name} ({retailer.code}, party{' '}
            {retailer.operatorPartyId}).
          </Text>
          <Text size="sm">
            {retailer.terms === 'postpaid'
              ? 'Its receivable is charged the face value, within its credit limit.'
              : 'It is paid for from what the retailer paid in advance.'}
            {values.note.trim() === '' ? '' : ` Note: ${values.note.trim()}.`}
          </Text>
          <Text size="sm" c="dimmed">
            Reserved in the ledger now, sent to the operator at the next sync; held for a second person's
            approval instead if it is above the approval threshold or far above the retailer's usual amount.
          </Text>
        </Stack>
      ),
      labels: { confirm: 'Allocate', cancel: 'Back' },
      onConfirm: () => void allocate(values, retailer, amount.amountMinor),
    });
  };

  return (
    <form aria-label="Allocate" noValidate onSubmit={form.onSubmit(confirm)}>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <Stack gap="sm">
          <RetailerSelect
            label="Retailer"
            placeholder="Search by name or code"
            withAsterisk
            filters={retailerFilters}
            initialOption={
              initialRetailer === null ? null : retailerOption(initialRetailer.code, initialRetailer.name)
            }
            nothingFoundMessage="No retailer matches"
            value={code}
            error={form.errors.retailerCode}
            onChange={(chosen) => {
              form.setFieldValue('retailerCode', chosen);
              setFailure(null);
            }}
            data-autofocus={initialRetailer === null ? true : undefined}
          />
          <TextInput
            label="Amount"
            description={`Airtime face value in ${airtime.currency}`}
            rightSection={airtime.currency}
            rightSectionWidth={48}
            withAsterisk
            data-autofocus={initialRetailer === null ? undefined : true}
            {...form.getInputProps('amount')}
          />
          <TextInput label="Note" placeholder="Weekly float, promotion…" {...form.getInputProps('note')} />
          {wholesaleAvailableMinor !== null && (
            <Group justify="space-between" gap="xs" data-testid="allocate-wholesale">
              <Text size="sm" c="dimmed">
                Wholesale stock available
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
              More than the wholesale stock available: buy credit first, or allocate less.
            </Text>
          )}
        </Stack>
        <Stack gap="sm">
          {code === null && (
            <Text size="sm" c="dimmed">
              Choose a retailer to see what it holds and what it may still take.
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
          title={`Held for approval: ${formatMinor(held.amountMinor, airtime)} to ${held.retailerName}`}
          data-testid="allocate-held"
          withCloseButton
          onClose={() => setHeld(null)}
        >
          {held.explanation} Nothing is reserved or sent until another person approves it under Approvals.
        </Alert>
      )}
      {failure !== null && (
        <Alert
          mt="md"
          color="red"
          icon={<IconAlertCircle />}
          title="Not allocated"
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
            Cancel
          </Button>
        )}
        <Button
          type="submit"
          leftSection={<IconArrowsExchange size={16} />}
          loading={busy}
          disabled={detail === null}
        >
          Allocate
        </Button>
      </Group>
    </form>
  );
}
