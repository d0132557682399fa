import { formatCount } from '../format/formatCount';
import { i18n } from '../i18n/i18n';

const secondMs = 1_000;
const minuteMs = 60 * secondMs;
const hourMs = 60 * minuteMs;
const dayMs = 24 * hourMs;

/**
 * How long ago, in the two largest units a clerk needs: "12 s", "4 min", "3 h 5 min", "2 d 4 h"
 * ("2 j 4 h" in French). A clock a little behind the server's never shows a negative age.
 */
export function formatAge(sinceIso: string, nowMs: number): string {
  const ageMs = Math.max(0, nowMs - Date.parse(sinceIso));
  if (ageMs < minuteMs)
    return i18n.t('sync:age.seconds', { seconds: formatCount(Math.floor(ageMs / secondMs)) });
  if (ageMs < hourMs)
    return i18n.t('sync:age.minutes', { minutes: formatCount(Math.floor(ageMs / minuteMs)) });
  if (ageMs < dayMs) {
    const hours = formatCount(Math.floor(ageMs / hourMs));
    const minutes = Math.floor((ageMs % hourMs) / minuteMs);
    return minutes > 0
      ? i18n.t('sync:age.hoursMinutes', { hours, minutes: formatCount(minutes) })
      : i18n.t('sync:age.hours', { hours });
  }
  const days = formatCount(Math.floor(ageMs / dayMs));
  const hours = Math.floor((ageMs % dayMs) / hourMs);
  return hours > 0
    ? i18n.t('sync:age.daysHours', { days, hours: formatCount(hours) })
    : i18n.t('sync:age.days', { days });
}
