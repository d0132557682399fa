/** English text of the topups screens: the reference catalog every other language matches. */
export const topups = {
  card: {
    title: 'Direct top-up',
    description: "Top up a customer's line from your own desk: a direct sale from your wholesale stock.",
    formLabel: 'Direct top-up',
    submit: 'Top up',
    notQueued: 'The top-up was not queued',
  },
  fields: {
    msisdn: { label: 'Customer line (MSISDN)' },
    amount: { label: 'Amount', description: 'Airtime in {{currency}}' },
    denominations: 'Denominations',
    note: { label: 'Note' },
  },
  numbering: {
    international: 'International format without +, e.g. 221771234567',
    digits: '{{countryCode}} + {{digits}} digits',
    digitsWithPrefixes: '{{countryCode}} + {{digits}} digits, starting {{prefixes}}',
    prefixSeparator: ' or ',
  },
  errors: {
    msisdnFormat: 'must be 8 to 15 digits, international format without +',
    notThisOperator: 'is not a line of this operator ({{numbering}})',
  },
  queued: {
    title: 'Top-up of {{msisdn}} queued',
    message: '{{amount}} reserved from your wholesale stock; the next sync sends it.',
  },
  duplicate: {
    title: 'Top up this line again?',
    confirm: 'Yes, top up again',
    cancel: 'No',
  },
} as const;
