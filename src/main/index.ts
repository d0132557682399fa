import { join } from 'node:path';
import { app, BrowserWindow, dialog, session } from 'electron';
import { AirledgerCore } from '../core/app/airledgerCore';
import { errorDetail, redactSecrets } from '../core/secrets/logRedaction';
import { backgroundSyncEveryMs } from '../core/sync/syncManager';
import { defaultWorkspaceDir } from '../core/workspace/userDataFolder';
import { handleAppProtocol, registerAppScheme } from './appProtocol';
import { registerIpcTransport } from './ipcTransport';
import { devServerUrlFrom, rendererEntryUrl, trustedOriginCheck } from './rendererOrigin';
import { safeStorageKeyProvider } from './safeStorageKeyProvider';
import { lockDownSession } from './sessionSecurity';
import { lockDownWebContents, secureWebPreferences } from './windowSecurity';

const devServerUrl = devServerUrlFrom(process.env, app.isPackaged);
const isTrustedOrigin = trustedOriginCheck(devServerUrl);
/** The web contents of the windows created below: the only ones whose IPC calls are served. */
const appWindowContentsIds = new Set<number>();

function migrationsFolder(): string {
  return app.isPackaged ? join(process.resourcesPath, 'migrations') : join(app.getAppPath(), 'migrations');
}

function createMainWindow(): BrowserWindow {
  const window = new BrowserWindow({
    width: 1360,
    height: 860,
    minWidth: 960,
    minHeight: 600,
    show: false,
    title: 'Airledger',
    webPreferences: secureWebPreferences(join(__dirname, '../preload/index.js')),
  });
  appWindowContentsIds.add(window.webContents.id);
  window.once('ready-to-show', () => window.show());
  void window.loadURL(rendererEntryUrl(devServerUrl));
  return window;
}

// Every renderer is sandboxed, whatever a window's own preferences say. Both must run before ready.
app.enableSandbox();
registerAppScheme();

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  const core = new AirledgerCore({
    defaultDataDir: defaultWorkspaceDir(app.getPath('userData')),
    keyProvider: safeStorageKeyProvider(),
    migrationsFolder: migrationsFolder(),
    appVersion: app.getVersion(),
    platform: process.platform,
    syncEveryMs: backgroundSyncEveryMs,
    checkpointInBackground: true,
    onBackgroundError: (task, error) =>
      console.error(`background ${task} failed: ${redactSecrets(errorDetail(error))}`),
  });
  core.onInternalError = (operation, error) =>
    console.error(`internal error in ${operation}: ${redactSecrets(errorDetail(error))}`);

  app.on('second-instance', () => {
    const [window] = BrowserWindow.getAllWindows();
    if (window) {
      if (window.isMinimized()) window.restore();
      window.focus();
    }
  });

  // Every session and every web contents, the main window's included, is locked down as it is created.
  app.on('session-created', (created) => lockDownSession(created, isTrustedOrigin));
  app.on('web-contents-created', (_event, contents) => {
    lockDownWebContents(contents, isTrustedOrigin);
    lockDownSession(contents.session, isTrustedOrigin);
  });

  app.whenReady().then(
    () => {
      lockDownSession(session.defaultSession, isTrustedOrigin);
      handleAppProtocol(join(__dirname, '../renderer'));
      registerIpcTransport(core, {
        isTrustedOrigin,
        isAppWindow: (contents) => appWindowContentsIds.has(contents.id),
      });
      createMainWindow();
      app.on('activate', () => {
        if (BrowserWindow.getAllWindows().length === 0) createMainWindow();
      });
    },
    (error: unknown) => {
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
