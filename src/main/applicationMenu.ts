import type { MenuItemConstructorOptions } from 'electron';

/** What the menu's own items do; the standard ones are Electron roles. */
export interface MenuActions {
  saveDiagnostics: () => void;
  checkForUpdates: () => void;
}

export type MenuLanguage = 'en' | 'fr';

const labels = {
  en: {
    file: 'File',
    edit: 'Edit',
    view: 'View',
    window: 'Window',
    help: 'Help',
    saveDiagnostics: 'Save Diagnostics Bundle…',
    checkForUpdates: 'Check for Updates…',
  },
  fr: {
    file: 'Fichier',
    edit: 'Édition',
    view: 'Affichage',
    window: 'Fenêtre',
    help: 'Aide',
    saveDiagnostics: 'Enregistrer le dossier de diagnostic…',
    checkForUpdates: 'Rechercher des mises à jour…',
  },
} as const;

/** The menu language follows the system's: the menu exists before any screen has said which one the user chose. */
export function menuLanguageOf(locale: string): MenuLanguage {
  return locale.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}

/**
 * The application menu: the platform's standard roles (so copy, paste, undo and zoom have their usual
 * shortcuts and OS-translated names where the OS translates them), plus Airledger's support items.
 * Pure, so a test can check every role and accelerator without Electron.
 */
export function applicationMenuTemplate(
  platform: NodeJS.Platform,
  language: MenuLanguage,
  actions: MenuActions,
): MenuItemConstructorOptions[] {
  const text = labels[language];
  const mac = platform === 'darwin';
  const support: MenuItemConstructorOptions[] = [
    // The logs folder is not opened from here: nothing hands local paths to the OS shell (see the
    // hardening test); the bundle carries the recent logs, redacted.
    { label: text.saveDiagnostics, accelerator: 'CmdOrCtrl+Shift+D', click: actions.saveDiagnostics },
  ];
  const updates: MenuItemConstructorOptions = { label: text.checkForUpdates, click: actions.checkForUpdates };
  return [
    ...(mac
      ? [
          {
            role: 'appMenu',
            submenu: [
              { role: 'about' },
              updates,
              { type: 'separator' },
              { role: 'services' },
              { type: 'separator' },
              { role: 'hide' },
              { role: 'hideOthers' },
              { role: 'unhide' },
              { type: 'separator' },
              { role: 'quit' },
            ],
          } satisfies MenuItemConstructorOptions,
        ]
      : []),
    {
      label: text.file,
      submenu: [mac ? { role: 'close' } : { role: 'quit' }],
    },
    {
      label: text.edit,
      submenu: [
        { role: 'undo' },
        { role: 'redo' },
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        ...(mac ? [{ role: 'pasteAndMatchStyle' } as const] : []),
        { role: 'delete' },
        { role: 'selectAll' },
      ],
    },
    {
      label: text.view,
      submenu: [
        { role: 'reload' },
        { role: 'forceReload' },
        { role: 'toggleDevTools' },
        { type: 'separator' },
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
      ],
    },
    {
      label: text.window,
      role: 'windowMenu',
    },
    {
      label: text.help,
      role: 'help',
      submenu: mac
        ? support
        : [updates, { type: 'separator' }, ...support, { type: 'separator' }, { role: 'about' }],
    },
  ];
}
