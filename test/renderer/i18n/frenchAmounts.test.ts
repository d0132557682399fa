import { afterEach, describe, expect, it } from 'vitest';
import { readDecimalAmount } from '../../../src/contract/decimalAmountText';
import { formatCount } from '../../../src/renderer/src/format/formatCount';
import { formatGroupedMinor } from '../../../src/renderer/src/format/formatGroupedMinor';
import { formatMinor } from '../../../src/renderer/src/format/formatMinor';
import { parseMajorAmount } from '../../../src/renderer/src/format/parseMajorAmount';
import {
  basisPointsToPercentText,
  parsePercentBasisPoints,
} from '../../../src/renderer/src/format/parsePercentBasisPoints';
import { setCurrentLocale } from '../../../src/renderer/src/i18n/currentLocale';
import { i18n } from '../../../src/renderer/src/i18n/i18n';

const ngn = { currency: 'NGN', scale: 2, kind: 'money' } as const;
const spaces = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('amounts in French', () => {
  afterEach(async () => {
    setCurrentLocale('en-US');
    await i18n.changeLanguage('en');
  });

  it('reads a comma as the decimal mark and spaces as groups, never a point as a group', () => {
    expect(readDecimalAmount('1 500,50', 2, ',')).toEqual({ ok: true, minor: 150050 });
    expect(readDecimalAmount('1\u202f500\u202f000', 0, ',')).toEqual({ ok: true, minor: 1500000 });
    expect(readDecimalAmount('1500.5', 2, ',')).toEqual({ ok: true, minor: 150050 });
    // Fifteen hundred written the German way is refused in XOF, not read as 1.5 or 1500.
    expect(readDecimalAmount('1.500', 0, ',')).toEqual({
      ok: false,
      problem: 'too_many_decimals',
      decimals: 3,
    });
    expect(readDecimalAmount('1.500,50', 2, ',')).toEqual({ ok: false, problem: 'not_an_amount' });
    // English screens keep commas as groups.
    expect(readDecimalAmount('1,500.50', 2)).toEqual({ ok: true, minor: 150050 });
  });

  it('writes amounts, counts and field prefills the French way and reads its own prefill back', async () => {
    setCurrentLocale('fr-FR');
    await i18n.changeLanguage('fr');
    expect(spaces(formatMinor(123456789, ngn))).toBe('1 234 567,89 NGN');
    expect(spaces(formatCount(1234567))).toBe('1 234 567');
    const prefill = formatGroupedMinor(123456789, 2);
    expect(spaces(prefill)).toBe('1 234 567,89');
    expect(parseMajorAmount(prefill, 2)).toEqual({ ok: true, amountMinor: 123456789 });
    expect(parseMajorAmount('12,345', 2)).toEqual({ ok: false, message: 'prend au plus 2 décimales' });
    expect(basisPointsToPercentText(350)).toBe('3,5');
    expect(parsePercentBasisPoints('3,5 %')).toEqual({ ok: true, basisPoints: 350 });
  });

  it('keeps English as it was', () => {
    expect(spaces(formatMinor(123456789, ngn))).toBe('NGN 1,234,567.89');
    expect(parseMajorAmount('1,234,567.89', 2)).toEqual({ ok: true, amountMinor: 123456789 });
    expect(parseMajorAmount('abc', 2)).toEqual({
      ok: false,
      message: 'must be an amount such as 150000 or 1,500.50',
    });
    expect(basisPointsToPercentText(350)).toBe('3.5');
  });
});

describe('the contract’s messages in French', () => {
  afterEach(async () => {
    await i18n.changeLanguage('en');
  });

  it('finds a message by its template, numbers and examples carried over, and leaves an unknown one as written', async () => {
    const { localizeContractMessage, localizeErrorBody } = await import(
      '../../../src/renderer/src/i18n/contractMessages'
    );
    expect(localizeContractMessage('must not be empty')).toBe('must not be empty');
    await i18n.changeLanguage('fr');
    expect(localizeContractMessage('must not be empty')).toBe('ne doit pas être vide');
    expect(localizeContractMessage('is longer than 200 characters')).toBe('dépasse 200 caractères');
    expect(localizeContractMessage('must be at most 20,000')).toBe('doit être au plus 20,000');
    expect(localizeContractMessage('must be at least 1 minute')).toBe('doit être d’au moins 1 minute');
    expect(localizeContractMessage('must be 2 to 32 letters, digits or - (e.g. RS-000123)')).toBe(
      'doit compter de 2 à 32 lettres, chiffres ou - (par ex. RS-000123)',
    );
    expect(localizeContractMessage('Retailer RS-1 has 500 available, 1000 requested.')).toBe(
      'Retailer RS-1 has 500 available, 1000 requested.',
    );
    expect(
      localizeErrorBody({
        code: 'bad_input',
        message: 'The input is not valid.',
        issues: [{ path: 'name', message: 'must have at least 2 characters' }],
      }).issues,
    ).toEqual([{ path: 'name', message: 'doit compter au moins 2 caractères' }]);
  });
});

describe('update outcomes in French', () => {
  afterEach(async () => {
    await i18n.changeLanguage('en');
  });

  it('reads versions and details back into the French sentence', async () => {
    const { localizeContractMessage } = await import('../../../src/renderer/src/i18n/contractMessages');
    await i18n.changeLanguage('fr');
    expect(localizeContractMessage('Airledger 1.4.0 is downloaded and ready to install.')).toBe(
      'Airledger 1.4.0 est téléchargé et prêt à être installé.',
    );
    expect(
      localizeContractMessage(
        'This office is pinned to 1.3.0, older than the installed 1.4.0; updates never downgrade — reinstall 1.3.0 to go back.',
      ),
    ).toBe(
      'Cette agence est fixée à 1.3.0, plus ancienne que la version installée 1.4.0 ; une mise à jour ne revient jamais en arrière : réinstallez 1.3.0 pour y revenir.',
    );
    expect(
      localizeContractMessage(
        'The update server could not be read: the feed answered 503 Service Unavailable. It will be tried again later.',
      ),
    ).toBe(
      'Le serveur de mises à jour n’a pas pu être lu : the feed answered 503 Service Unavailable. Nouvel essai plus tard.',
    );
    expect(
      localizeContractMessage('1.5.0-beta.1 is rolling out to 30% of installs; this one will get it later.'),
    ).toBe('1.5.0-beta.1 est déployée sur 30 % des postes ; celui-ci la recevra plus tard.');
  });
});

describe('settlement period labels in French', () => {
  afterEach(async () => {
    setCurrentLocale('en-US');
    await i18n.changeLanguage('en');
  });

  it('writes the stored English names of months, weeks and ranges the French way, others as stored', async () => {
    const { periodLabelText } = await import('../../../src/renderer/src/settlements/periodLabelText');
    expect(periodLabelText('November 2026')).toBe('November 2026');
    setCurrentLocale('fr-FR');
    await i18n.changeLanguage('fr');
    expect(periodLabelText('November 2026')).toBe('novembre 2026');
    expect(spaces(periodLabelText('Week of 2 Nov 2026'))).toBe('Semaine du 2 nov. 2026');
    expect(spaces(periodLabelText('5 Nov 2026 – 4 Dec 2026'))).toBe('5 nov. 2026 – 4 déc. 2026');
    expect(periodLabelText('2026-11')).toBe('2026-11');
  });
});
