import { EventEmitter } from 'node:events';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config';
import { DebugLogger } from 'builder-util';
import type { IpcMainInvokeEvent, Session, WebContents } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import {
  contentSecurityPolicy,
  contentSecurityPolicyDirectives,
} from '../../src/contract/contentSecurityPolicy';
import { ipcChannel } from '../../src/contract/ipcProtocol';
import { temporaryFolders } from '../support/temporaryFolder';
import { repositoryRoot } from '../support/testCore';

// The Electron binary cannot run here: these stand-ins record what the shell hands to Electron, so
// each security setting can be checked for its value and its behaviour.
const electronCalls = vi.hoisted(() => ({
  openedExternally: [] as string[],
  privilegedSchemes: [] as unknown[],
  protocolHandlers: new Map<string, (request: { url: string }) => Promise<Response>>(),
  exposedInMainWorld: new Map<string, unknown>(),
  invoked: [] as unknown[][],
}));
vi.mock('electron', () => {
  const ipcRenderer = {
    invoke: async (...args: unknown[]) => {
      electronCalls.invoked.push(args);
      return { ok: true, value: null };
    },
  };
  return {
    shell: {
      openExternal: async (url: string) => {
        electronCalls.openedExternally.push(url);
      },
    },
    protocol: {
      registerSchemesAsPrivileged: (schemes: unknown[]) => electronCalls.privilegedSchemes.push(...schemes),
      handle: (scheme: string, handler: (request: { url: string }) => Promise<Response>) =>
        electronCalls.protocolHandlers.set(scheme, handler),
    },
    ipcMain: { handle: () => undefined, removeHandler: () => undefined },
    contextBridge: {
      exposeInMainWorld: (key: string, api: unknown) => electronCalls.exposedInMainWorld.set(key, api),
    },
    ipcRenderer,
  };
});

const { appOrigin, appSchemePrivileges, handleAppProtocol, registerAppScheme } = await import(
  '../../src/main/appProtocol'
);
const { isExternalLinkAllowed, openExternalIfAllowed } = await import('../../src/main/externalLinks');
const { isTrustedSender } = await import('../../src/main/ipcTransport');
const { devServerUrlFrom, rendererEntryUrl, trustedOriginCheck } = await import(
  '../../src/main/rendererOrigin'
);
const { isDownloadAllowed, lockDownSession } = await import('../../src/main/sessionSecurity');
const { lockDownWebContents, secureWebPreferences } = await import('../../src/main/windowSecurity');

// Importing the preload runs it, as Electron would in a new window: it exposes its bridge.
await import('../../src/preload/index');

const newTemporaryFolder = temporaryFolders();
const isTrustedOrigin = trustedOriginCheck(null);
const config = await getConfig(repositoryRoot, null, null);

/** A navigation-style event as Electron hands it to will-navigate and its kin. */
function navigationEvent(url: string) {
  let prevented = false;
  return {
    url,
    preventDefault: () => {
      prevented = true;
    },
    get prevented() {
      return prevented;
    },
  };
}

function preventableEvent() {
  return navigationEvent('');
}

type WindowOpenHandler = (details: { url: string }) => { action: string };

/** A web contents that records its listeners and window-open handler, as Electron's would. */
function fakeWebContents() {
  const contents = new EventEmitter() as EventEmitter & {
    windowOpenHandler?: WindowOpenHandler;
    setWindowOpenHandler(handler: WindowOpenHandler): void;
  };
  contents.setWindowOpenHandler = (handler) => {
    contents.windowOpenHandler = handler;
  };
  lockDownWebContents(contents as unknown as WebContents, isTrustedOrigin);
  return contents;
}

/** A session that records the handlers it is given. */
function fakeSession() {
  const session = new EventEmitter() as EventEmitter & {
    permissionRequestHandler?: (
      contents: unknown,
      permission: string,
      callback: (granted: boolean) => void,
    ) => void;
    permissionCheckHandler?: (contents: unknown, permission: string) => boolean;
    devicePermissionHandler?: (details: unknown) => boolean;
    setPermissionRequestHandler(handler: unknown): void;
    setPermissionCheckHandler(handler: unknown): void;
    setDevicePermissionHandler(handler: unknown): void;
  };
  session.setPermissionRequestHandler = (handler) => {
    session.permissionRequestHandler = handler as typeof session.permissionRequestHandler;
  };
  session.setPermissionCheckHandler = (handler) => {
    session.permissionCheckHandler = handler as typeof session.permissionCheckHandler;
  };
  session.setDevicePermissionHandler = (handler) => {
    session.devicePermissionHandler = handler as typeof session.devicePermissionHandler;
  };
  lockDownSession(session as unknown as Session, isTrustedOrigin);
  return session;
}

function downloadIsCancelled(session: EventEmitter, url: string): boolean {
  const event = preventableEvent();
  session.emit('will-download', event, { getURL: () => url });
  return event.prevented;
}

/** An IPC invoke event from a frame showing `url` in the web contents numbered `contentsId`. */
function invokeEvent(url: string, options: { contentsId?: number; subFrame?: boolean } = {}) {
  const mainFrame = { processId: 7, routingId: 1 };
  const senderFrame = options.subFrame
    ? { url, parent: { url: appOrigin }, processId: 7, routingId: 2 }
    : { url, parent: null, ...mainFrame };
  return { sender: { id: options.contentsId ?? 1, mainFrame }, senderFrame } as unknown as Pick<
    IpcMainInvokeEvent,
    'sender' | 'senderFrame'
  >;
}

function sourceFiles(folder: string): string[] {
  return readdirSync(join(repositoryRoot, folder), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.tsx?$/.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name));
}

/** The code of a file without its comments, which may name what they warn against. */
function codeOf(file: string): string {
  return readFileSync(file, 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/^\s*\/\/.*$/gm, '');
}

const shellSources = [...sourceFiles('src/main'), ...sourceFiles('src/preload')].map((file) => ({
  file: relative(repositoryRoot, file),
  text: codeOf(file),
}));

/** Every "file: match" of `pattern` in the desktop shell's source. */
function occurrences(pattern: RegExp, sources = shellSources): string[] {
  const global = new RegExp(
    pattern.source,
    pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`,
  );
  return sources.flatMap(({ file, text }) =>
    [...text.matchAll(global)].map((match) => `${file}: ${match[0]}`),
  );
}

function shellSource(file: string): string {
  const source = shellSources.find((candidate) => candidate.file === file);
  if (source === undefined) throw new Error(`${file} is not in src/main or src/preload`);
  return source.text;
}

describe('electron-builder.yml, as electron-builder itself reads it', () => {
  it('is valid against the installed electron-builder schema (so no fuse key is misspelt)', async () => {
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
  });

  it('flips every fuse the security checklist asks for', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      loadBrowserProcessSpecificV8Snapshot: false,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('packs the app in an asar archive, the only place the fuses let code load from', () => {
    expect(config.asar).toBe(true);
    expect(config.asarUnpack).toEqual(['node_modules/better-sqlite3/prebuilds/**']);
  });
});

describe('the window', () => {
  it('has Node, Electron and insecure content out of the renderer', () => {
    expect(secureWebPreferences('/app/out/preload/index.js')).toEqual({
      preload: '/app/out/preload/index.js',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck: false,
    });
  });

  it('stays on app://airledger: navigation and redirects elsewhere, in any frame, are cancelled', () => {
    const contents = fakeWebContents();
    for (const eventName of ['will-navigate', 'will-frame-navigate', 'will-redirect']) {
      for (const url of [
        'https://evil.example/',
        'http://airledger.app/',
        'file:///etc/passwd',
        'app://other-host/index.html',
        'javascript:alert(1)',
        'not a url',
      ]) {
        const event = navigationEvent(url);
        contents.emit(eventName, event);
        expect(event.prevented, `${eventName} to ${url}`).toBe(true);
      }
      const own = navigationEvent(`${appOrigin}/index.html#/retailers`);
      contents.emit(eventName, own);
      expect(own.prevented, `${eventName} within the app`).toBe(false);
    }
  });

  it('denies every new window, and opens only allow-listed https links in the browser', () => {
    const contents = fakeWebContents();
    electronCalls.openedExternally.length = 0;
    for (const url of [
      'https://airledger.app/help/settlements',
      'http://airledger.app/help',
      'https://evil.example/',
      `${appOrigin}/index.html`,
      'file:///C:/Windows/System32/calc.exe',
    ]) {
      expect(contents.windowOpenHandler?.({ url })).toEqual({ action: 'deny' });
    }
    expect(electronCalls.openedExternally).toEqual(['https://airledger.app/help/settlements']);
  });

  it('never attaches a webview', () => {
    const contents = fakeWebContents();
    const event = preventableEvent();
    contents.emit('will-attach-webview', event, {}, {});
    expect(event.prevented).toBe(true);
  });

  it('refuses http, foreign, credential-carrying and odd-port links to the browser', () => {
    expect(isExternalLinkAllowed('https://airledger.app/help')).toBe(true);
    for (const url of [
      'http://airledger.app/help',
      'https://evil.example/',
      'https://airledger.app.evil.example/',
      'https://airledger.app@evil.example/',
      'https://user:secret@airledger.app/',
      'https://airledger.app:8443/',
      'smb://airledger.app/share',
      'ms-msdt:/id PCWDiagnostic',
      'not a url',
    ]) {
      expect(isExternalLinkAllowed(url), url).toBe(false);
      expect(openExternalIfAllowed(url), url).toBe(false);
    }
  });
});

describe('every session', () => {
  it('answers every permission request and check with no, and cancels device pickers', () => {
    const session = fakeSession();
    for (const permission of ['media', 'notifications', 'geolocation', 'clipboard-read', 'openExternal']) {
      const answers: boolean[] = [];
      session.permissionRequestHandler?.({}, permission, (granted) => answers.push(granted));
      expect(answers, permission).toEqual([false]);
      expect(session.permissionCheckHandler?.({}, permission), permission).toBe(false);
    }
    expect(session.devicePermissionHandler?.({ deviceType: 'hid' })).toBe(false);
    for (const [eventName, args] of [
      ['select-hid-device', [{ deviceList: [] }]],
      ['select-usb-device', [{ deviceList: [] }]],
      ['select-serial-port', [[], {}]],
    ] as const) {
      const event = preventableEvent();
      const chosen: unknown[][] = [];
      session.emit(eventName, event, ...args, (...choice: unknown[]) => chosen.push(choice));
      expect(event.prevented, eventName).toBe(true);
      expect(
        chosen.flat().filter((choice) => choice !== ''),
        eventName,
      ).toEqual([]);
    }
  });

  it("lets the app's own blob exports download (with Electron's save dialog), and cancels anything else", () => {
    const session = fakeSession();
    expect(downloadIsCancelled(session, `blob:${appOrigin}/1b4e28ba-2fa1-11d2-883f-0016d3cca427`)).toBe(
      false,
    );
    for (const url of [
      'https://evil.example/payload.exe',
      'blob:https://evil.example/1b4e28ba-2fa1-11d2-883f-0016d3cca427',
      'data:application/octet-stream;base64,TVqQAAMAAAAEAAAA',
      'file:///etc/passwd',
    ]) {
      expect(downloadIsCancelled(session, url), url).toBe(true);
    }
  });

  it('is locked down once however many web contents share it', () => {
    const session = fakeSession();
    lockDownSession(session as unknown as Session, isTrustedOrigin);
    expect(session.listenerCount('will-download')).toBe(1);
  });
});

describe("the renderer's origin", () => {
  it('is app://airledger, and a dev server only in an unpackaged run on loopback http', () => {
    expect(rendererEntryUrl(null)).toBe('app://airledger/index.html');
    expect(devServerUrlFrom({ ELECTRON_RENDERER_URL: 'http://localhost:5173' }, false)).toBe(
      'http://localhost:5173',
    );
    expect(devServerUrlFrom({ ELECTRON_RENDERER_URL: 'http://127.0.0.1:5173/' }, false)).toBe(
      'http://127.0.0.1:5173/',
    );
    for (const value of ['https://evil.example', 'http://evil.example:5173', 'file:///tmp/index.html', 'x']) {
      expect(devServerUrlFrom({ ELECTRON_RENDERER_URL: value }, false), value).toBeNull();
    }
    expect(devServerUrlFrom({ ELECTRON_RENDERER_URL: 'http://localhost:5173' }, true)).toBeNull();
    expect(devServerUrlFrom({}, false)).toBeNull();
  });

  it('is the only origin trusted, plus the dev server in development', () => {
    expect(isTrustedOrigin('app://airledger')).toBe(true);
    expect(isTrustedOrigin('http://localhost:5173')).toBe(false);
    expect(isTrustedOrigin('null')).toBe(false);
    const inDevelopment = trustedOriginCheck('http://localhost:5173');
    expect(inDevelopment('http://localhost:5173')).toBe(true);
    expect(inDevelopment('http://localhost:5174')).toBe(false);
  });

  it('downloads only blobs minted by a trusted origin', () => {
    expect(isDownloadAllowed('blob:app://airledger/abc', isTrustedOrigin)).toBe(true);
    expect(isDownloadAllowed('app://airledger/index.html', isTrustedOrigin)).toBe(false);
    expect(isDownloadAllowed('blob:null/abc', isTrustedOrigin)).toBe(false);
  });
});

describe('the IPC sender check', () => {
  const senders = { isTrustedOrigin, isAppWindow: (contents: WebContents) => contents.id === 1 };

  it('accepts the main frame of our own window showing our origin, and nothing else', () => {
    expect(isTrustedSender(invokeEvent(`${appOrigin}/index.html#/`), senders)).toBe(true);
    expect(isTrustedSender(invokeEvent('https://evil.example/'), senders)).toBe(false);
    expect(isTrustedSender(invokeEvent('http://localhost:5173/'), senders)).toBe(false);
    expect(isTrustedSender(invokeEvent(`${appOrigin}/index.html`, { subFrame: true }), senders)).toBe(false);
    expect(isTrustedSender(invokeEvent(`${appOrigin}/index.html`, { contentsId: 2 }), senders)).toBe(false);
    const detached = { ...invokeEvent(`${appOrigin}/index.html`), senderFrame: null } as unknown as Pick<
      IpcMainInvokeEvent,
      'sender' | 'senderFrame'
    >;
    expect(isTrustedSender(detached, senders)).toBe(false);
  });
});

describe('the Content-Security-Policy', () => {
  it('allows only our own scripts: no eval, no inline script, no remote code, no plugins, no frames', () => {
    expect(contentSecurityPolicyDirectives).toEqual({
      'default-src': ["'self'"],
      'script-src': ["'self'"],
      'style-src': ["'self'", "'unsafe-inline'"],
      'img-src': ["'self'", 'data:', 'blob:'],
      'font-src': ["'self'", 'data:'],
      'connect-src': ["'self'"],
      'frame-src': ["'none'"],
      'object-src': ["'none'"],
      'base-uri': ["'none'"],
      'form-action': ["'none'"],
      'frame-ancestors': ["'none'"],
    });
    expect(contentSecurityPolicy).toContain("script-src 'self'; ");
    expect(contentSecurityPolicy).not.toMatch(/unsafe-eval|wasm-unsafe-eval|unsafe-hashes|https?:|\*/);
  });

  it('is sent with every file the app:// protocol serves', async () => {
    const rendererDir = newTemporaryFolder();
    writeFileSync(join(rendererDir, 'index.html'), '<title>Airledger</title>');
    mkdirSync(join(rendererDir, 'assets'));
    writeFileSync(join(rendererDir, 'assets', 'app-1.js'), 'export {};');
    handleAppProtocol(rendererDir);
    const handler = electronCalls.protocolHandlers.get('app');
    for (const path of ['/index.html', '/assets/app-1.js', '/retailers/R-0001']) {
      const response = await handler?.({ url: `${appOrigin}${path}` });
      expect(response?.status, path).toBe(200);
      expect(response?.headers.get('content-security-policy'), path).toBe(contentSecurityPolicy);
      expect(response?.headers.get('x-content-type-options'), path).toBe('nosniff');
    }
    expect((await handler?.({ url: 'app://elsewhere/index.html' }))?.status).toBe(404);
  });

  it('is the one both the app:// protocol and the browser-mode server send', () => {
    for (const file of ['src/main/appProtocol.ts', 'src/server/loopbackServer.ts']) {
      const text = readFileSync(join(repositoryRoot, file), 'utf8');
      expect(text, file).toMatch(/'content-security-policy': contentSecurityPolicy,/);
    }
  });
});

describe('the app:// scheme', () => {
  it('is registered with only the privileges the renderer needs', () => {
    registerAppScheme();
    expect(appSchemePrivileges).toEqual({ standard: true, secure: true, supportFetchAPI: true });
    expect(electronCalls.privilegedSchemes).toEqual([{ scheme: 'app', privileges: appSchemePrivileges }]);
  });
});

describe('the preload', () => {
  it('exposes one function that calls a contract operation, never ipcRenderer itself', async () => {
    expect([...electronCalls.exposedInMainWorld.keys()]).toEqual(['airledger']);
    const bridge = electronCalls.exposedInMainWorld.get('airledger') as Record<string, unknown>;
    expect(Object.keys(bridge)).toEqual(['call']);
    expect(typeof bridge.call).toBe('function');
    await (bridge.call as (operation: string, input: unknown, session: null) => Promise<unknown>)(
      'workspace.status',
      {},
      null,
    );
    expect(electronCalls.invoked).toEqual([[ipcChannel('workspace.status'), {}, null]]);
  });
});

describe('the source of src/main and src/preload (a setting cannot be weakened silently)', () => {
  it('has source files to check', () => {
    expect(shellSources.map(({ file }) => file)).toEqual(
      expect.arrayContaining(['src/main/index.ts', 'src/main/windowSecurity.ts', 'src/preload/index.ts']),
    );
  });

  it('weakens no web preference, scheme privilege or Chromium switch', () => {
    for (const forbidden of [
      /nodeIntegration(InWorker|InSubFrames)?\s*:\s*true/,
      /contextIsolation\s*:\s*false/,
      /sandbox\s*:\s*false/,
      /webSecurity\s*:\s*false/,
      /allowRunningInsecureContent\s*:\s*true/,
      /experimentalFeatures\s*:\s*true/,
      /webviewTag\s*:\s*true/,
      /enableBlinkFeatures/,
      /(bypassCSP|corsEnabled|allowServiceWorkers)\s*:\s*true/,
      /appendSwitch\(\s*['"](no-sandbox|disable-web-security|ignore-certificate-errors|remote-debugging-port|js-flags)/,
      /setCertificateVerifyProc|'certificate-error'/,
      /allowpopups/,
    ]) {
      expect(occurrences(forbidden), String(forbidden)).toEqual([]);
    }
  });

  it('builds every window with secureWebPreferences and nothing else', () => {
    const windows = occurrences(/new BrowserWindow\(/);
    expect(windows.length).toBeGreaterThan(0);
    expect(occurrences(/webPreferences\s*:/)).toEqual(
      windows.map((match) => match.replace('new BrowserWindow(', 'webPreferences:')),
    );
    expect(occurrences(/webPreferences: secureWebPreferences\(/)).toHaveLength(windows.length);
  });

  it('allows no unsafe-eval in any Content-Security-Policy the app serves', () => {
    const policySources = [
      ...shellSources,
      ...sourceFiles('src/server').map((file) => ({
        file: relative(repositoryRoot, file),
        text: readFileSync(file, 'utf8'),
      })),
      ...['src/contract/contentSecurityPolicy.ts', 'src/renderer/index.html'].map((file) => ({
        file,
        text: readFileSync(join(repositoryRoot, file), 'utf8'),
      })),
    ];
    expect(occurrences(/unsafe-eval/, policySources)).toEqual([]);
  });

  it('hands URLs to the OS only through the allow-list', () => {
    expect(occurrences(/shell\.openExternal\(/)).toEqual(['src/main/externalLinks.ts: shell.openExternal(']);
    const allowList = shellSource('src/main/externalLinks.ts');
    expect(allowList).toMatch(
      /if \(!isExternalLinkAllowed\(url\)\) return false;\s*void shell\.openExternal\(new URL\(url\)\.toString\(\)\);/,
    );
    expect(occurrences(/shell\.(openPath|showItemInFolder)\(/)).toEqual([]);
  });

  it('loads no remote page: only the app:// entry, or the loopback dev server in development', () => {
    expect(occurrences(/\.load(URL|File)\([^;\n]*/)).toEqual([
      'src/main/index.ts: .loadURL(rendererEntryUrl(devServerUrl))',
    ]);
    expect(occurrences(/['"`]https?:\/\//)).toEqual([]);
  });

  it('exposes only the bridge in the preload, never ipcRenderer', () => {
    const preload = shellSources.filter(({ file }) => file.startsWith('src/preload/'));
    expect(occurrences(/exposeInMainWorld\(/, preload)).toHaveLength(1);
    expect(occurrences(/exposeInMainWorld\([^)]*ipcRenderer/, preload)).toEqual([]);
    const withoutImports = preload.map(({ file, text }) => ({
      file,
      text: text.replace(/^import [^;]*;$/gm, ''),
    }));
    expect(occurrences(/ipcRenderer(?!\.invoke\(ipcChannel\()/, withoutImports)).toEqual([]);
  });

  it('serves IPC from one place, with one handle() per operation and no fire-and-forget listeners', () => {
    expect(occurrences(/ipcMain\.\w+\(/)).toEqual([
      'src/main/ipcTransport.ts: ipcMain.handle(',
      'src/main/ipcTransport.ts: ipcMain.removeHandler(',
    ]);
    expect(shellSource('src/main/ipcTransport.ts')).toMatch(/if \(!isTrustedSender\(event, senders\)\) \{/);
  });

  it('sandboxes every renderer and locks down every session and web contents as the app starts', () => {
    const main = shellSource('src/main/index.ts');
    const ready = main.indexOf('app.whenReady(');
    expect(ready).toBeGreaterThan(0);
    for (const beforeReady of ['app.enableSandbox();', 'registerAppScheme();']) {
      const at = main.indexOf(beforeReady);
      expect(at, beforeReady).toBeGreaterThan(0);
      expect(at, `${beforeReady} must run before app.whenReady`).toBeLessThan(ready);
    }
    expect(main).toMatch(
      /app\.on\('session-created', \(\w+\) => lockDownSession\(\w+, isTrustedOrigin, saveDialogFor\)\);/,
    );
    expect(main).toMatch(
      /app\.on\('web-contents-created', \(_event, contents\) => \{\s*lockDownWebContents\(contents, isTrustedOrigin\);\s*lockDownSession\(contents\.session, isTrustedOrigin, saveDialogFor\);\s*\}\);/,
    );
    expect(main).toContain('lockDownSession(session.defaultSession, isTrustedOrigin, saveDialogFor);');
    expect(main).toContain('const devServerUrl = devServerUrlFrom(process.env, app.isPackaged);');
  });
});
