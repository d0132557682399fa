import { i18n } from '../i18n/i18n';

/** Currencies distributors in our markets keep their books in; any ISO 4217 code can still be typed. */
const currencyCodes = [
  'XOF',
  'XAF',
  'NGN',
  'GHS',
  'KES',
  'UGX',
  'TZS',
  'RWF',
  'ZAR',
  'MAD',
  'EGP',
  'INR',
  'USD',
  'EUR',
  'GBP',
] as const;

/** The currency picker's options, named in the current language: "XOF: West African CFA franc". */
export function currencyOptions(): Array<{ value: string; label: string }> {
  return currencyCodes.map((code) => ({
    value: code,
    label: i18n.t('workspace:currencies.option', {
      code,
      name: i18n.t(`workspace:currencies.names.${code}`),
    }),
  }));
}
