import { describe, expect, it } from 'vitest';
import { exportSaveDialogOptions } from '../../src/main/exportSaveDialog';

describe('the save dialog of an export', () => {
  it('opens in Documents under the export’s name, filtered to its type', () => {
    expect(exportSaveDialogOptions('Settlement_2026-11.xlsx', '/home/awa/Documents', 'en')).toEqual({
      title: 'Save export',
      defaultPath: '/home/awa/Documents/Settlement_2026-11.xlsx',
      filters: [
        { name: 'Excel workbook', extensions: ['xlsx'] },
        { name: 'All files', extensions: ['*'] },
      ],
    });
  });

  it('speaks French and still offers every file for an unknown type', () => {
    const options = exportSaveDialogOptions('reseller-sales.csv', '/Users/awa/Documents', 'fr');
    expect(options.title).toBe('Enregistrer l’export');
    expect(options.filters).toEqual([
      { name: 'Fichier CSV', extensions: ['csv'] },
      { name: 'Tous les fichiers', extensions: ['*'] },
    ]);
    expect(exportSaveDialogOptions('notes', '/tmp', 'en').filters).toEqual([
      { name: 'All files', extensions: ['*'] },
    ]);
  });
});

describe('an export download', () => {
  it('gets the dialog options for its own file; a download that is not ours is cancelled and gets none', async () => {
    const { EventEmitter } = await import('node:events');
    const { lockDownSession } = await import('../../src/main/sessionSecurity');
    const session = Object.assign(new EventEmitter(), {
      setPermissionRequestHandler: () => undefined,
      setPermissionCheckHandler: () => undefined,
      setDevicePermissionHandler: () => undefined,
    });
    const appOrigin = 'app://airledger';
    lockDownSession(
      session as never,
      (origin) => origin === appOrigin,
      (fileName) => exportSaveDialogOptions(fileName, '/docs', 'en'),
    );
    const offered: unknown[] = [];
    const download = (url: string) => {
      const event = {
        prevented: false,
        preventDefault() {
          this.prevented = true;
        },
      };
      session.emit('will-download', event, {
        getURL: () => url,
        getFilename: () => 'Settlement_2026-11.xlsx',
        setSaveDialogOptions: (options: unknown) => offered.push(options),
      });
      return event.prevented;
    };
    expect(download(`blob:${appOrigin}/1b4e28ba-2fa1-11d2-883f-0016d3cca427`)).toBe(false);
    expect(offered).toEqual([exportSaveDialogOptions('Settlement_2026-11.xlsx', '/docs', 'en')]);
    expect(download('https://elsewhere.example/file.xlsx')).toBe(true);
    expect(offered).toHaveLength(1);
  });
});
