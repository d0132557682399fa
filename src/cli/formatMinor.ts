/** An amount in minor units as a terminal shows it: `1,500.50 XOF`, digits only, no float. */
export function formatMinor(minor: number, scale: number, units: string): string {
  const negative = minor < 0;
  const digits = String(Math.abs(minor)).padStart(scale + 1, '0');
  const whole = digits.slice(0, digits.length - scale).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const fraction = scale === 0 ? '' : `.${digits.slice(digits.length - scale)}`;
  return `${negative ? '-' : ''}${whole}${fraction} ${units}`;
}
