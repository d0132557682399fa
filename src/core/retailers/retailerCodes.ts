import type Database from 'better-sqlite3';

/** Generated reseller codes: `RS-` and six digits, counting up from the highest one in use. */
const generatedPrefix = 'RS-';
const generatedDigits = 6;

export function generatedCode(number: number): string {
  return `${generatedPrefix}${String(number).padStart(generatedDigits, '0')}`;
}

/** The next `count` free generated codes (typed codes that look generated are stepped over). */
export function nextGeneratedCodes(
  sqlite: Database.Database,
  count: number,
  taken: ReadonlySet<string> = new Set(),
): string[] {
  const highest = sqlite
    .prepare(
      `SELECT max(CAST(substr(code, ?) AS INTEGER)) FROM retailers
       WHERE code GLOB 'RS-[0-9][0-9][0-9][0-9][0-9][0-9]*'`,
    )
    .pluck()
    .get(generatedPrefix.length + 1) as number | null;
  const codes: string[] = [];
  let number = (highest ?? 0) + 1;
  while (codes.length < count) {
    const code = generatedCode(number);
    if (!taken.has(code)) codes.push(code);
    number += 1;
  }
  return codes;
}
