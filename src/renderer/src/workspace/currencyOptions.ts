/** Currencies distributors in our markets keep their books in; any ISO 4217 code can still be typed. */
export const currencyOptions = [
  { value: 'XOF', label: 'XOF: West African CFA franc' },
  { value: 'XAF', label: 'XAF: Central African CFA franc' },
  { value: 'NGN', label: 'NGN: Nigerian naira' },
  { value: 'GHS', label: 'GHS: Ghanaian cedi' },
  { value: 'KES', label: 'KES: Kenyan shilling' },
  { value: 'UGX', label: 'UGX: Ugandan shilling' },
  { value: 'TZS', label: 'TZS: Tanzanian shilling' },
  { value: 'RWF', label: 'RWF: Rwandan franc' },
  { value: 'ZAR', label: 'ZAR: South African rand' },
  { value: 'MAD', label: 'MAD: Moroccan dirham' },
  { value: 'EGP', label: 'EGP: Egyptian pound' },
  { value: 'INR', label: 'INR: Indian rupee' },
  { value: 'USD', label: 'USD: US dollar' },
  { value: 'EUR', label: 'EUR: Euro' },
  { value: 'GBP', label: 'GBP: Pound sterling' },
];
