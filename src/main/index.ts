import { readFileSync } from 'node:fs';
import { arch, release } from 'node:os';
import { join } from 'node:path';
import { app, BrowserWindow, dialog, Menu, Notification, screen, session } from 'electron';
import { autoUpdater } from 'electron-updater';
import { AirledgerCore } from '../core/app/airledgerCore';
import { saveDiagnosticsBundle } from '../core/diagnostics/diagnosticsBundle';
import { createRotatingLog } from '../core/diagnostics/rotatingLog';
import { errorDetail, redactSecrets } from '../core/secrets/logRedaction';
import { backgroundSyncEveryMs } from '../core/sync/syncManager';
import type { Updater } from '../core/updates/updater';
import { defaultWorkspaceDir } from '../core/workspace/userDataFolder';
import { applicationMenuTemplate, menuLanguageOf } from './applicationMenu';
import { handleAppProtocol, registerAppScheme } from './appProtocol';
import { electronUpdater } from './electronUpdater';
import { exportSaveDialogOptions } from './exportSaveDialog';
import { installIdIn, packagedFeedUrl } from './installId';
import { registerIpcTransport } from './ipcTransport';
import { devServerUrlFrom, rendererEntryUrl, trustedOriginCheck } from './rendererOrigin';
import { safeStorageKeyProvider } from './safeStorageKeyProvider';
import { lockDownSession } from './sessionSecurity';
import { lockDownWebContents, secureWebPreferences } from './windowSecurity';
import {
  readWindowState,
  restoredWindowState,
  trackWindowState,
  windowHeightMin,
  windowWidthMin,
} from './windowState';

const devServerUrl = devServerUrlFrom(process.env, app.isPackaged);
const isTrustedOrigin = trustedOriginCheck(devServerUrl);
/** The web contents of the windows created below: the only ones whose IPC calls are served. */
const appWindowContentsIds = new Set<number>();

function migrationsFolder(): string {
  return app.isPackaged ? join(process.resourcesPath, 'migrations') : join(app.getAppPath(), 'migrations');
}

const userData = app.getPath('userData');
/** Logs rotate in the user-data folder (5 files of 5 MB), secrets redacted; a write error never stops the app. */
const log = createRotatingLog({ folder: join(userData, 'logs') });
function logError(source: string, message: string): void {
  const line = redactSecrets(message);
  console.error(`${source}: ${line}`);
  log.write('error', source, line);
}

function createMainWindow(): BrowserWindow {
  // Where the window was last left, if that still fits a display (a monitor may have gone).
  const state = restoredWindowState(
    readWindowState(userData),
    screen.getAllDisplays().map((display) => display.workArea),
  );
  const window = new BrowserWindow({
    ...state.bounds,
    minWidth: windowWidthMin,
    minHeight: windowHeightMin,
    show: false,
    title: 'Airledger',
    webPreferences: secureWebPreferences(join(__dirname, '../preload/index.js')),
  });
  if (state.maximized) window.maximize();
  trackWindowState(window, userData, (error) => logError('window-state', errorDetail(error)));
  appWindowContentsIds.add(window.webContents.id);
  window.once('ready-to-show', () => window.show());
  void window.loadURL(rendererEntryUrl(devServerUrl));
  return window;
}

/**
 * electron-updater in a packaged build whose installer named an update server (or one given in
 * AIRLEDGER_UPDATE_URL); none in development, where there is nothing to update.
 */
function desktopUpdater(): Updater | null {
  let feedUrl = process.env.AIRLEDGER_UPDATE_URL ?? null;
  // Unpackaged (development, the desktop tests) only against a feed named on purpose.
  if (!app.isPackaged) {
    if (feedUrl === null) return null;
    autoUpdater.forceDevUpdateConfig = true;
  }
  if (feedUrl === null) {
    try {
      feedUrl = packagedFeedUrl(readFileSync(join(process.resourcesPath, 'app-update.yml'), 'utf8'));
    } catch {
      feedUrl = null; // a build made without a publish URL does not update itself
    }
  }
  if (feedUrl === null) return null;
  autoUpdater.logger = null;
  return electronUpdater(autoUpdater, feedUrl);
}

/** Exports open the native save dialog in Documents, filtered to their type, in the system's language. */
function saveDialogFor(fileName: string) {
  return exportSaveDialogOptions(fileName, app.getPath('documents'), menuLanguageOf(app.getLocale()));
}

function showWindow(): BrowserWindow | null {
  const [window] = BrowserWindow.getAllWindows();
  if (window === undefined) return null;
  if (window.isMinimized()) window.restore();
  window.focus();
  return window;
}

// Every renderer is sandboxed, whatever a window's own preferences say. Both must run before ready.
app.enableSandbox();
registerAppScheme();

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  const updater = desktopUpdater();
  const core = new AirledgerCore({
    defaultDataDir: defaultWorkspaceDir(userData),
    keyProvider: safeStorageKeyProvider(),
    migrationsFolder: migrationsFolder(),
    appVersion: app.getVersion(),
    platform: process.platform,
    syncEveryMs: backgroundSyncEveryMs,
    checkpointInBackground: true,
    onBackgroundError: (task, error) => logError(`background ${task}`, errorDetail(error)),
    ...(updater === null
      ? {}
      : {
          updates: {
            updater,
            installId: installIdIn(userData),
            onReady: (version: string) => {
              if (!Notification.isSupported()) return;
              const french = menuLanguageOf(app.getLocale()) === 'fr';
              const notice = new Notification({
                title: french ? `Airledger ${version} est prêt` : `Airledger ${version} is ready`,
                body: french
                  ? 'Redémarrez pour mettre à jour depuis Paramètres → Mises à jour.'
                  : 'Restart to update from Settings → Updates.',
              });
              notice.on('click', () => openUpdatesPanel());
              notice.show();
            },
          },
        }),
  });
  core.onInternalError = (operation, error) => logError(`internal error in ${operation}`, errorDetail(error));

  function openUpdatesPanel(): void {
    const window = showWindow() ?? createMainWindow();
    void window.webContents.executeJavaScript("location.hash = '#/settings?panel=updates'");
  }

  async function saveDiagnostics(): Promise<void> {
    const window = showWindow();
    const stamp = new Date().toISOString().slice(0, 10);
    const options = {
      title: 'Airledger',
      defaultPath: join(app.getPath('documents'), `airledger-diagnostics-${stamp}.txt`),
      filters: [{ name: 'Text', extensions: ['txt'] }],
    };
    const chosen =
      window === null ? await dialog.showSaveDialog(options) : await dialog.showSaveDialog(window, options);
    if (chosen.canceled || chosen.filePath === undefined) return;
    try {
      await saveDiagnosticsBundle(chosen.filePath, {
        createdAt: new Date(),
        appVersion: app.getVersion(),
        platform: { os: process.platform, release: release(), arch: arch() },
        runtimeVersions: {
          node: process.versions.node,
          ...(process.versions.electron === undefined ? {} : { electron: process.versions.electron }),
          ...(process.versions.chrome === undefined ? {} : { chrome: process.versions.chrome }),
        },
        ...core.diagnosticsSnapshot(),
        logFolder: join(userData, 'logs'),
      });
    } catch (error) {
      logError('diagnostics', errorDetail(error));
      dialog.showErrorBox('Airledger', `The diagnostics bundle could not be saved: ${errorDetail(error)}`);
    }
  }

  // A second launch (a double-click on the shortcut) brings this window forward instead.
  app.on('second-instance', () => {
    showWindow();
  });

  // Every session and every web contents, the main window's included, is locked down as it is created.
  app.on('session-created', (created) => lockDownSession(created, isTrustedOrigin, saveDialogFor));
  app.on('web-contents-created', (_event, contents) => {
    lockDownWebContents(contents, isTrustedOrigin);
    lockDownSession(contents.session, isTrustedOrigin, saveDialogFor);
  });

  app.whenReady().then(
    () => {
      lockDownSession(session.defaultSession, isTrustedOrigin, saveDialogFor);
      handleAppProtocol(join(__dirname, '../renderer'));
      registerIpcTransport(core, {
        isTrustedOrigin,
        isAppWindow: (contents) => appWindowContentsIds.has(contents.id),
      });
      Menu.setApplicationMenu(
        Menu.buildFromTemplate(
          applicationMenuTemplate(process.platform, menuLanguageOf(app.getLocale()), {
            saveDiagnostics: () => void saveDiagnostics(),
            checkForUpdates: openUpdatesPanel,
          }),
        ),
      );
      createMainWindow();
      core.startUpdateChecks();
      app.on('activate', () => {
        if (BrowserWindow.getAllWindows().length === 0) createMainWindow();
      });
    },
    (error: unknown) => {
      logError('start', errorDetail(error));
      dialog.showErrorBox('Airledger could not start', String(error));
      app.exit(1);
    },
  );

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });

  // Close the database cleanly before the process goes away.
  let closing = false;
  app.on('before-quit', (event) => {
    if (closing) return;
    closing = true;
    event.preventDefault();
    core.close().finally(() => app.quit());
  });
}
