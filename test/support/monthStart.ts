/** The first instant of the month after the one `ms` falls in (UTC): where a test moves the clock to close a month. */
export function nextMonthStart(ms: number): number {
  const day = new Date(ms);
  return Date.UTC(day.getUTCFullYear(), day.getUTCMonth() + 1, 1);
}
