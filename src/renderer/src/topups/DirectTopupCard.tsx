import { Button, Card, Chip, Group, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { type FormErrors, useForm } from '@mantine/form';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { IconDeviceMobileDown } from '@tabler/icons-react';
import { useState } from 'react';
import { uuidv7 } from 'uuidv7';
import type { OperatorTermsView, SubscriberNumbering } from '../../../contract/purchaseSchemas';
import { asContractError } from '../client/asContractError';
import { useClient } from '../client/ClientContext';
import { useSubmission } from '../client/useSubmission';
import { type AmountAsset, formatMinor, minorToDecimalString } from '../format/formatMinor';
import { parseMajorAmount } from '../format/parseMajorAmount';
import { OperationErrorAlert } from '../shell/OperationErrorAlert';

interface TopupValues {
  msisdn: string;
  amount: string;
  note: string;
}

/** What the operator's lines look like, for the field's hint: "221 + 9 digits, starting 77 or 78". */
function numberingHint(numbering: SubscriberNumbering | null): string {
  if (numbering === null) return 'International format without +, e.g. 221771234567';
  const prefixes = numbering.prefixes.length === 0 ? '' : `, starting ${numbering.prefixes.join(' or ')}`;
  return `${numbering.countryCode} + ${numbering.subscriberDigits} digits${prefixes}`;
}

/** The same check the core makes, so the clerk hears it while typing. */
function numberingError(msisdn: string, numbering: SubscriberNumbering | null): string | null {
  if (!/^[0-9]{8,15}$/.test(msisdn)) return 'must be 8 to 15 digits, international format without +';
  if (numbering === null) return null;
  const national = msisdn.slice(numbering.countryCode.length);
  const ok =
    msisdn.startsWith(numbering.countryCode) &&
    national.length === numbering.subscriberDigits &&
    (numbering.prefixes.length === 0 || numbering.prefixes.some((prefix) => national.startsWith(prefix)));
  return ok ? null : `is not a line of this operator (${numberingHint(numbering)})`;
}

/**
 * A top-up from the distributor's own desk (a direct, non-reseller sale): the line is checked
 * against the operator's numbering, and the same line and amount twice within a few minutes asks
 * the clerk to confirm before it is sent again.
 */
export function DirectTopupCard({
  terms,
  airtime,
  onQueued,
}: {
  terms: OperatorTermsView;
  airtime: AmountAsset;
  onQueued: () => void;
}) {
  const client = useClient();
  const [topupId, setTopupId] = useState(() => uuidv7());
  const denominations =
    terms.catalogue.find((product) => product.kind === 'airtime')?.denominationsMinor ?? [];
  const typed = (text: string) => {
    const parsed = parseMajorAmount(text, airtime.scale);
    return parsed.ok ? parsed.amountMinor : null;
  };
  const form = useForm<TopupValues>({
    mode: 'controlled',
    initialValues: { msisdn: '', amount: '', note: '' },
    validate: {
      msisdn: (text) => numberingError(text.trim(), terms.numbering),
      amount: (text) => {
        const parsed = parseMajorAmount(text, airtime.scale);
        if (!parsed.ok) return text.trim() === '' ? 'is required' : parsed.message;
        return parsed.amountMinor > 0 ? null : 'must be more than zero';
      },
    },
  });
  const { busy, failure, setFailure, run } = useSubmission((issues) => {
    const errors: FormErrors = {};
    for (const issue of issues) errors[issue.path === 'amountMinor' ? 'amount' : issue.path] = issue.message;
    form.setErrors(errors);
  });

  const send = (values: TopupValues, confirmDuplicate: boolean) =>
    run(async () => {
      const amount = parseMajorAmount(values.amount, airtime.scale);
      if (!amount.ok) return;
      try {
        const action = await client.call('operator.topup', {
          id: topupId,
          operatorId: terms.operatorId,
          msisdn: values.msisdn.trim(),
          amountMinor: amount.amountMinor,
          confirmDuplicate,
          ...(values.note.trim() === '' ? {} : { note: values.note.trim() }),
        });
        notifications.show({
          color: 'teal',
          title: `Top-up of ${action.msisdn ?? values.msisdn} queued`,
          message: `${formatMinor(action.amountMinor, airtime)} reserved from your wholesale stock; the next sync sends it.`,
        });
        form.reset();
        setTopupId(uuidv7());
        onQueued();
      } catch (caught) {
        const refused = asContractError(caught);
        if (refused.body.reason !== 'possible_duplicate') throw refused;
        // Nothing was recorded: the clerk decides, and the same id is used if it goes ahead.
        modals.openConfirmModal({
          title: 'Top up this line again?',
          children: <Text size="sm">{refused.body.message}</Text>,
          labels: { confirm: 'Yes, top up again', cancel: 'No' },
          confirmProps: { color: 'orange' },
          onConfirm: () => void send(values, true),
        });
        setFailure(null);
      }
    });

  return (
    <Card withBorder padding="lg" radius="md" data-testid="topup-card">
      <Text fw={600}>Direct top-up</Text>
      <Text size="sm" c="dimmed" mb="md">
        Top up a customer's line from your own desk: a direct sale from your wholesale stock.
      </Text>
      <form
        aria-label="Direct top-up"
        noValidate
        onSubmit={form.onSubmit((values) => void send(values, false))}
      >
        <SimpleGrid cols={{ base: 1, md: 3 }} spacing="md">
          <TextInput
            label="Customer line (MSISDN)"
            description={numberingHint(terms.numbering)}
            withAsterisk
            inputMode="numeric"
            {...form.getInputProps('msisdn')}
          />
          <Stack gap={6}>
            <TextInput
              label="Amount"
              description={`Airtime in ${airtime.currency}`}
              rightSection={airtime.currency}
              rightSectionWidth={48}
              withAsterisk
              {...form.getInputProps('amount')}
            />
            {denominations.length > 0 && (
              <Group gap={6} aria-label="Denominations">
                {denominations.map((minor) => (
                  <Chip
                    key={minor}
                    size="xs"
                    checked={typed(form.values.amount) === minor}
                    onChange={() => form.setFieldValue('amount', minorToDecimalString(minor, airtime.scale))}
                  >
                    {formatMinor(minor, airtime)}
                  </Chip>
                ))}
              </Group>
            )}
          </Stack>
          <TextInput label="Note" {...form.getInputProps('note')} />
        </SimpleGrid>
        {failure !== null && <OperationErrorAlert title="The top-up was not queued" error={failure} />}
        <Group justify="flex-end" mt="md">
          <Button type="submit" loading={busy} leftSection={<IconDeviceMobileDown size={16} />}>
            Top up
          </Button>
        </Group>
      </form>
    </Card>
  );
}
