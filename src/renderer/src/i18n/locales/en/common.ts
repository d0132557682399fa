/** English text shared by every screen: the reference catalog every other language matches. */
export const common = {
  language: {
    choose: 'Language',
  },
  field: {
    required: 'is required',
  },
  amount: {
    notAnAmount: 'must be an amount such as 150000 or 1,500.50',
    noDecimals: 'takes no decimals in this currency',
    tooManyDecimals: 'takes at most {{scale}} decimals',
    tooLarge: 'is too large (at most {{digits}} digits)',
    notPositive: 'must be more than zero',
  },
  percent: {
    notAPercent: 'must be a percentage such as 3.5',
    tooManyDecimals: 'takes at most 2 decimals (0.01% is one basis point)',
  },
  actions: {
    cancel: 'Cancel',
    close: 'Close',
    save: 'Save',
    retry: 'Try again',
  },
} as const;
