const secondMs = 1_000;
const minuteMs = 60 * secondMs;
const hourMs = 60 * minuteMs;
const dayMs = 24 * hourMs;

/**
 * How long ago, in the two largest units a clerk needs: "12 s", "4 min", "3 h 5 min", "2 d 4 h".
 * A clock a little behind the server's never shows a negative age.
 */
export function formatAge(sinceIso: string, nowMs: number): string {
  const ageMs = Math.max(0, nowMs - Date.parse(sinceIso));
  if (ageMs < minuteMs) return `${Math.floor(ageMs / secondMs)} s`;
  if (ageMs < hourMs) return `${Math.floor(ageMs / minuteMs)} min`;
  if (ageMs < dayMs) {
    const minutes = Math.floor((ageMs % hourMs) / minuteMs);
    return `${Math.floor(ageMs / hourMs)} h${minutes > 0 ? ` ${minutes} min` : ''}`;
  }
  const hours = Math.floor((ageMs % dayMs) / hourMs);
  return `${Math.floor(ageMs / dayMs)} d${hours > 0 ? ` ${hours} h` : ''}`;
}
