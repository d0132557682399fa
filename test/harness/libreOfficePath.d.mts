/**
 * LibreOffice's `soffice`, which the workbook tests recalculate spreadsheets with:
 * AIRLEDGER_SOFFICE, else the first `soffice` on the PATH, else the usual install places.
 */
export function findLibreOffice(): string | null;
