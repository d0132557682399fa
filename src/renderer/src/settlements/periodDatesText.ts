import { formatInstant } from '../format/formatInstant';

/** A period's span, from its first instant to the cut-off that ends it (not part of it). */
export function periodDatesText(period: { startsAt: string; endsAt: string }): string {
  return `${formatInstant(period.startsAt)} → ${formatInstant(period.endsAt)}`;
}
