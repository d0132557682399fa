import { describe, expect, it } from 'vitest';
import { documentLanguages } from '../../../src/contract/documentLanguage';
import { auditExportTexts } from '../../../src/core/audit/auditExportText';
import { catalogKeyPaths } from '../../../src/core/documents/documentText';
import { reportTexts } from '../../../src/core/reports/reportText';
import { settlementWorkbookTexts } from '../../../src/core/settlements/settlementWorkbookText';

/**
 * The catalogs of the files the core writes: every language has every English key (the types say
 * so at compile time; this says so at run time too), each of the same kind (a text or a function
 * of the same number of arguments), and no translation is left empty.
 */
const catalogs = {
  'settlement workbook': settlementWorkbookTexts,
  'report exports': reportTexts,
  'audit export': auditExportTexts,
} as const;

function leaves(catalog: object, prefix = ''): Array<[string, unknown]> {
  return Object.entries(catalog).flatMap(
    ([key, value]): Array<[string, unknown]> =>
      value !== null && typeof value === 'object'
        ? leaves(value, `${prefix}${key}.`)
        : [[`${prefix}${key}`, value]],
  );
}

describe.each(Object.entries(catalogs))('the %s catalogs', (_name, texts) => {
  const english = new Map(leaves(texts.en));

  it.each(documentLanguages.filter((language) => language !== 'en'))(
    '%s has every English key and no other',
    (language) => {
      expect(catalogKeyPaths(texts[language])).toEqual(catalogKeyPaths(texts.en));
    },
  );

  it.each(documentLanguages)('%s has a text or a like function for each key, none empty', (language) => {
    for (const [path, value] of leaves(texts[language])) {
      const reference = english.get(path);
      expect(typeof value, path).toBe(typeof reference);
      if (typeof value === 'string') expect(value.trim(), path).not.toBe('');
      if (typeof value === 'function') {
        expect(value.length, path).toBe((reference as (...args: never[]) => string).length);
      }
    }
  });
});

describe('the sheet names the catalogs give', () => {
  const sheetNames = (texts: Record<string, unknown>) =>
    Object.values(texts).filter((value): value is string => typeof value === 'string');

  it.each(documentLanguages)(
    'are ones Excel accepts in %s: at most 31 characters, none of []:*?/\\ or an apostrophe',
    (language) => {
      const names = [
        ...sheetNames(settlementWorkbookTexts[language].sheets),
        settlementWorkbookTexts[language].sheets.transactionsPart(12),
        ...sheetNames(reportTexts[language].titles),
        ...Object.values(reportTexts[language].titles.salesBy),
        ...Object.values(reportTexts[language].titles.floatBy),
      ];
      for (const name of names) {
        expect(name.length, name).toBeLessThanOrEqual(31);
        expect(name, name).not.toMatch(/[[\]:*?/\\']/);
      }
      // The settlement workbook's sheets are told apart by name (ignoring case).
      const settlement = sheetNames(settlementWorkbookTexts[language].sheets).map((name) =>
        name.toLowerCase(),
      );
      expect(new Set(settlement).size).toBe(settlement.length);
    },
  );
});
