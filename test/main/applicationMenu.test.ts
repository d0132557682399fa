import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { applicationMenuTemplate, menuLanguageOf } from '../../src/main/applicationMenu';

const actions = { saveDiagnostics: () => undefined, checkForUpdates: () => undefined };

function submenuOf(template: MenuItemConstructorOptions[], label: string): MenuItemConstructorOptions[] {
  const item = template.find((candidate) => candidate.label === label);
  return (item?.submenu ?? []) as MenuItemConstructorOptions[];
}

describe('the application menu', () => {
  it('gives Windows the standard roles (their shortcuts come with them) and the support items', () => {
    const template = applicationMenuTemplate('win32', 'en', actions);
    expect(template.map((item) => item.label)).toEqual(['File', 'Edit', 'View', 'Window', 'Help']);
    expect(submenuOf(template, 'File').map((item) => item.role)).toEqual(['quit']);
    expect(submenuOf(template, 'Edit').map((item) => item.role ?? item.type)).toEqual([
      'undo',
      'redo',
      'separator',
      'cut',
      'copy',
      'paste',
      'delete',
      'selectAll',
    ]);
    expect(submenuOf(template, 'View').map((item) => item.role ?? item.type)).toContain('togglefullscreen');
    expect(template.find((item) => item.label === 'Window')?.role).toBe('windowMenu');
    const help = submenuOf(template, 'Help');
    expect(help.map((item) => item.label ?? item.role ?? item.type)).toEqual([
      'Check for Updates…',
      'separator',
      'Save Diagnostics Bundle…',
      'separator',
      'about',
    ]);
    expect(help.find((item) => item.label === 'Save Diagnostics Bundle…')?.accelerator).toBe(
      'CmdOrCtrl+Shift+D',
    );
  });

  it('gives macOS its app menu (about, updates, services, hide, quit) and paste-and-match-style', () => {
    const template = applicationMenuTemplate('darwin', 'en', actions);
    expect(template[0]?.role).toBe('appMenu');
    const appMenu = (template[0]?.submenu ?? []) as MenuItemConstructorOptions[];
    expect(appMenu.map((item) => item.role ?? item.label ?? item.type)).toEqual([
      'about',
      'Check for Updates…',
      'separator',
      'services',
      'separator',
      'hide',
      'hideOthers',
      'unhide',
      'separator',
      'quit',
    ]);
    expect(submenuOf(template, 'Edit').map((item) => item.role)).toContain('pasteAndMatchStyle');
    expect(submenuOf(template, 'File').map((item) => item.role)).toEqual(['close']);
  });

  it('speaks French on a French system and calls the actions it was given', () => {
    let saved = 0;
    const template = applicationMenuTemplate('win32', menuLanguageOf('fr-CI'), {
      ...actions,
      saveDiagnostics: () => (saved += 1),
    });
    expect(template.map((item) => item.label)).toEqual([
      'Fichier',
      'Édition',
      'Affichage',
      'Fenêtre',
      'Aide',
    ]);
    const save = submenuOf(template, 'Aide').find(
      (item) => item.label === 'Enregistrer le dossier de diagnostic…',
    );
    if (save === undefined) throw new Error('no Save Diagnostics item');
    (save.click as () => void)();
    expect(saved).toBe(1);
    expect(menuLanguageOf('en-GB')).toBe('en');
  });
});
