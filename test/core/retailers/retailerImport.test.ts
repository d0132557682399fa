import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { coreWorkspaces } from '../../support/coreWorkspaces';

const workspaceIn = coreWorkspaces();

const csv = (text: string, fileName = 'retailers.csv') => ({
  fileName,
  contentBase64: Buffer.from(text, 'utf8').toString('base64'),
});

describe('importing retailers from a file', () => {
  it('previews every row with its problems by row and column, and imports nothing while any row is wrong', async () => {
    const { call, refusal } = await workspaceIn('XOF');
    await call('retailers.add', { code: 'AWA', name: 'Awa Boutique', walletMsisdn: '2250700000001' });
    const file = csv(
      [
        'Reseller code,Name,Level,Parent code,Terms,Credit limit (XOF),Wallet MSISDN,Shoe size',
        'SD-EST,Est Distribution,sub-distributor,,prepaid,,,',
        'SHOP-1,Shop one,retailer,SD-EST,postpaid,"150,000",2250700000002,42',
        'SHOP-2,Shop two,retailer,SHOP-1,prepaid,,2250700000001,',
        'SHOP-3,Shop three,retailer,,postpaid,12.5,,',
        'AWA,Awa again,retailer,,prepaid,,,',
        'SHOP-1,Shop one twice,,,,,,',
      ].join('\n'),
    );
    const preview = await call('retailers.importPreview', file);
    expect(preview).toMatchObject({ rowCount: 6, validCount: 2, invalidCount: 4, fileError: null });
    expect(preview.unknownColumns).toEqual(['shoe_size']);
    expect(preview.totalCreditLimitMinor).toBe(150_000);
    const issues = Object.fromEntries(
      preview.rows.map((row) => [
        row.rowNumber,
        row.issues.map((issue) => `${issue.field} ${issue.message}`),
      ]),
    );
    expect(issues).toEqual({
      2: [],
      3: [],
      4: [
        'parent_code SHOP-1 is a retailer; only a sub-distributor can have retailers under it',
        'wallet_msisdn 2250700000001 is already the wallet of AWA',
      ],
      5: ['credit_limit has 1 decimals; this currency takes none'],
      6: ['reseller_code AWA is already a reseller code (codes are never reused, even after closing)'],
      7: ['reseller_code SHOP-1 is already a reseller code (codes are never reused, even after closing)'],
    });

    const refused = await refusal('retailers.importApply', file);
    expect(refused.code).toBe('bad_input');
    expect(refused.message).toMatch(
      /^Nothing was imported: 4 of 6 rows have problems\. First: row 4 parent_code/,
    );
    expect(refused.issues?.[0]).toEqual({
      path: 'row 4 parent_code',
      message: 'SHOP-1 is a retailer; only a sub-distributor can have retailers under it',
    });
    expect((await call('retailers.list', {})).total).toBe(1);
    expect(await call('ledger.accounts', { ownerKind: 'retailer' })).toHaveLength(1);
  });

  it('imports a whole semicolon-separated file, parents before children, generating missing codes', async () => {
    const { call } = await workspaceIn('XOF');
    const file = csv(
      [
        'code;nom;type;parent;terms;credit_limit;region',
        'SD-OUEST;Ouest Distribution;sous-distributeur;;prepaid;;Man',
        ';Boutique Kouassi;détaillant;SD-OUEST;postpaid;200 000;Man',
        ';Cabine Traoré;;SD-OUEST;;;Man',
      ].join('\r\n'),
    );
    const result = await call('retailers.importApply', file);
    expect(result).toEqual({ imported: 3, codes: ['SD-OUEST', 'RS-000001', 'RS-000002'] });
    const branch = await call('retailers.list', { branchOf: 'SD-OUEST', sort: 'code' });
    expect(
      branch.rows.map((row) => [row.code, row.name, row.terms, row.creditLimitMinor, row.region]),
    ).toEqual([
      ['RS-000001', 'Boutique Kouassi', 'postpaid', 200_000, 'Man'],
      ['RS-000002', 'Cabine Traoré', 'prepaid', 0, 'Man'],
    ]);
    const detail = await call('retailers.get', { code: 'RS-000001' });
    expect(detail.receivable.availableCreditMinor).toBe(200_000);
  });

  it('reads the first sheet of an XLSX workbook, amounts in the currency of the workspace', async () => {
    const { call } = await workspaceIn('EUR');
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Retailers');
    sheet.addRow(['Code', 'Name', 'Terms', 'Credit limit', 'Wallet MSISDN']);
    sheet.addRow(['PARIS-1', 'Kiosque Gare du Nord', 'postpaid', 1500.5, 33612345678]);
    sheet.addRow(['PARIS-2', { richText: [{ text: 'Tabac ' }, { text: 'Opéra' }] }, 'prepaid', null, null]);
    const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
    const result = await call('retailers.importApply', {
      fileName: 'retailers.xlsx',
      contentBase64: bytes.toString('base64'),
    });
    expect(result.codes).toEqual(['PARIS-1', 'PARIS-2']);
    const paris = await call('retailers.get', { code: 'PARIS-1' });
    expect(paris.retailer).toMatchObject({ creditLimitMinor: 150_050, walletMsisdn: '33612345678' });
    expect(paris.receivable.assetCode).toBe('MONEY-EUR');
    expect((await call('retailers.get', { code: 'PARIS-2' })).retailer.name).toBe('Tabac Opéra');
  });

  it('says plainly when a file cannot be used at all', async () => {
    const { call, refusal } = await workspaceIn('XOF');
    const wrongType = await call('retailers.importPreview', csv('name\nAwa', 'retailers.pdf'));
    expect(wrongType.fileError).toBe('retailers.pdf is neither a .csv nor an .xlsx file.');
    const noName = await call('retailers.importPreview', csv('code,region\nA1,Man'));
    expect(noName.fileError).toBe('The file has no name column (the header must name at least: name).');
    const headerOnly = await call('retailers.importPreview', csv('name,region\n'));
    expect(headerOnly.fileError).toBe('The file has a header but no rows.');
    const notXlsx = await call('retailers.importPreview', csv('name\nAwa', 'retailers.xlsx'));
    expect(notXlsx.fileError).toMatch(/^The XLSX file cannot be read/);
    const refused = await refusal('retailers.importApply', csv('name,region\n'));
    expect(refused).toMatchObject({ code: 'bad_input', reason: 'empty_file' });
  });
});
