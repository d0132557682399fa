import { Button, Card, Chip, Group, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { type FormErrors, useForm } from '@mantine/form';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { IconDeviceMobileDown } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { uuidv7 } from 'uuidv7';
import type { OperatorTermsView, SubscriberNumbering } from '../../../contract/purchaseSchemas';
import { asContractError } from '../client/asContractError';
import { useClient } from '../client/ClientContext';
import { useSubmission } from '../client/useSubmission';
import { formatCount } from '../format/formatCount';
import { type AmountAsset, formatMinor, minorToDecimalString } from '../format/formatMinor';
import { parseMajorAmount } from '../format/parseMajorAmount';
import { positiveAmountIssue } from '../format/positiveAmountIssue';
import { i18n } from '../i18n/i18n';
import { OperationErrorAlert } from '../shell/OperationErrorAlert';

interface TopupValues {
  msisdn: string;
  amount: string;
  note: string;
}

/** What the operator's lines look like, for the field's hint: "221 + 9 digits, starting 77 or 78". */
function numberingHint(numbering: SubscriberNumbering | null): string {
  if (numbering === null) return i18n.t('topups:numbering.international');
  const values = { countryCode: numbering.countryCode, digits: formatCount(numbering.subscriberDigits) };
  if (numbering.prefixes.length === 0) return i18n.t('topups:numbering.digits', values);
  const prefixes = numbering.prefixes.join(i18n.t('topups:numbering.prefixSeparator'));
  return i18n.t('topups:numbering.digitsWithPrefixes', { ...values, prefixes });
}

/** The same check the core makes, so the clerk hears it while typing. */
function numberingError(msisdn: string, numbering: SubscriberNumbering | null): string | null {
  if (!/^[0-9]{8,15}$/.test(msisdn)) return i18n.t('topups:errors.msisdnFormat');
  if (numbering === null) return null;
  const national = msisdn.slice(numbering.countryCode.length);
  const ok =
    msisdn.startsWith(numbering.countryCode) &&
    national.length === numbering.subscriberDigits &&
    (numbering.prefixes.length === 0 || numbering.prefixes.some((prefix) => national.startsWith(prefix)));
  return ok ? null : i18n.t('topups:errors.notThisOperator', { numbering: numberingHint(numbering) });
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
  const { t } = useTranslation('topups');
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
      amount: (text) => positiveAmountIssue(text, airtime.scale),
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
          title: t('queued.title', { msisdn: action.msisdn ?? values.msisdn }),
          message: t('queued.message', { amount: formatMinor(action.amountMinor, airtime) }),
        });
        form.reset();
        setTopupId(uuidv7());
        onQueued();
      } catch (caught) {
        const refused = asContractError(caught);
        if (refused.body.reason !== 'possible_duplicate') throw refused;
        // Nothing was recorded: the clerk decides, and the same id is used if it goes ahead.
        modals.openConfirmModal({
          title: t('duplicate.title'),
          children: <Text size="sm">{refused.body.message}</Text>,
          labels: { confirm: t('duplicate.confirm'), cancel: t('duplicate.cancel') },
          confirmProps: { color: 'orange' },
          onConfirm: () => void send(values, true),
        });
        setFailure(null);
      }
    });

  return (
    <Card withBorder padding="lg" radius="md" data-testid="topup-card">
      <Text fw={600}>{t('card.title')}</Text>
      <Text size="sm" c="dimmed" mb="md">
        {t('card.description')}
      </Text>
      <form
        aria-label={t('card.formLabel')}
        noValidate
        onSubmit={form.onSubmit((values) => void send(values, false))}
      >
        <SimpleGrid cols={{ base: 1, md: 3 }} spacing="md">
          <TextInput
            label={t('fields.msisdn.label')}
            description={numberingHint(terms.numbering)}
            withAsterisk
            inputMode="numeric"
            {...form.getInputProps('msisdn')}
          />
          <Stack gap={6}>
            <TextInput
              label={t('fields.amount.label')}
              description={t('fields.amount.description', { currency: airtime.currency })}
              rightSection={airtime.currency}
              rightSectionWidth={48}
              withAsterisk
              {...form.getInputProps('amount')}
            />
            {denominations.length > 0 && (
              <Group gap={6} aria-label={t('fields.denominations')}>
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
          <TextInput label={t('fields.note.label')} {...form.getInputProps('note')} />
        </SimpleGrid>
        {failure !== null && <OperationErrorAlert title={t('card.notQueued')} error={failure} />}
        <Group justify="flex-end" mt="md">
          <Button type="submit" loading={busy} leftSection={<IconDeviceMobileDown size={16} />}>
            {t('card.submit')}
          </Button>
        </Group>
      </form>
    </Card>
  );
}
