import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config';
import { expandMacro } from 'app-builder-lib/out/util/macroExpander';
import { DebugLogger } from 'builder-util';
import { beforeAll, describe, expect, it } from 'vitest';
import { repositoryRoot } from '../support/testCore';

// The installers cannot be built here (no Electron binary), so what partner offices install from is
// checked as electron-builder itself reads it: its own loader, its own schema.
const config = await getConfig(repositoryRoot, null, null);

/** A platform section's targets, however the YAML spells them (a name, or `{ target, arch }`). */
function targetNames(targets: unknown): string[] {
  const list = Array.isArray(targets) ? targets : [targets];
  return list.map((entry) => (typeof entry === 'string' ? entry : (entry as { target: string }).target));
}

function inRepository(path: string): string {
  return join(repositoryRoot, path);
}

const pngSignature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** A PNG's width and height, read from its IHDR chunk, after checking its signature. */
function pngSize(data: Buffer): { width: number; height: number } {
  expect(data.subarray(0, 8).equals(pngSignature), 'PNG signature').toBe(true);
  expect(data.toString('ascii', 12, 16), 'first chunk').toBe('IHDR');
  return { width: data.readUInt32BE(16), height: data.readUInt32BE(20) };
}

/** An ICO's images: its header, then each directory entry's size and the image it points at. */
function icoImages(data: Buffer): { width: number; height: number; image: Buffer }[] {
  expect(data.readUInt16LE(0), 'ICO reserved word').toBe(0);
  expect(data.readUInt16LE(2), 'ICO type (1 = icon)').toBe(1);
  const count = data.readUInt16LE(4);
  expect(count).toBeGreaterThan(0);
  return Array.from({ length: count }, (_, index) => {
    const entry = 6 + 16 * index;
    const length = data.readUInt32LE(entry + 8);
    const offset = data.readUInt32LE(entry + 12);
    expect(offset + length, `ICO image ${index} lies inside the file`).toBeLessThanOrEqual(data.length);
    return {
      width: data[entry] || 256,
      height: data[entry + 1] || 256,
      image: data.subarray(offset, offset + length),
    };
  });
}

describe('electron-builder.yml, as electron-builder itself reads it', () => {
  it('is valid against the installed electron-builder schema', async () => {
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
  });

  it('names the app', () => {
    expect(config.appId).toBe('app.airledger.desktop');
    expect(config.productName).toBe('Airledger');
  });

  it('builds a per-user NSIS installer with shortcuts that keeps the workspace on upgrade and uninstall', () => {
    expect(targetNames(config.win?.target)).toEqual(['nsis']);
    expect(config.nsis).toMatchObject({
      oneClick: false,
      perMachine: false,
      createDesktopShortcut: 'always',
      createStartMenuShortcut: true,
      deleteAppDataOnUninstall: false,
    });
  });

  it('builds a hardened, notarised DMG and ZIP for macOS with an entitlements file that exists', () => {
    expect(targetNames(config.mac?.target)).toEqual(['dmg', 'zip']);
    expect(config.mac?.hardenedRuntime).toBe(true);
    // Notarisation credentials come from the build machine's environment, never from this file.
    expect(config.mac?.notarize).toBe(true);
    for (const entitlements of [config.mac?.entitlements, config.mac?.entitlementsInherit]) {
      expect(entitlements).toBe('resources/entitlements.mac.plist');
      const text = readFileSync(inRepository(entitlements as string), 'utf8');
      expect(text).toContain('<plist');
      expect(text).toContain('com.apple.security.cs.allow-jit');
    }
  });

  it('builds an AppImage for Linux', () => {
    expect(targetNames(config.linux?.target)).toEqual(['AppImage']);
  });

  it('ships the SQL migrations as extra resources, where the packaged app looks for them', () => {
    expect(config.extraResources).toEqual(
      expect.arrayContaining([expect.objectContaining({ from: 'migrations', to: 'migrations' })]),
    );
    expect(existsSync(inRepository('migrations/meta/_journal.json'))).toBe(true);
  });

  it("unpacks the encrypted driver's N-API prebuilts from the asar, and they are where the driver loads them", () => {
    // npmRebuild is off because the prebuilt binaries load in Electron as they are: they must exist.
    expect(config.npmRebuild).toBe(false);
    expect(config.asarUnpack).toContain('node_modules/better-sqlite3/prebuilds/**');
    const driver = inRepository('node_modules/better-sqlite3');
    expect(JSON.parse(readFileSync(join(driver, 'package.json'), 'utf8')).name).toBe(
      'better-sqlite3-multiple-ciphers',
    );
    for (const platform of ['win32-x64', 'darwin-x64', 'darwin-arm64', 'linux-x64']) {
      const loader = readFileSync(join(driver, 'lib', `${platform}.js`), 'utf8');
      expect(loader, platform).toContain(`require('../prebuilds/${platform}.node')`);
      const binary = readFileSync(join(driver, 'prebuilds', `${platform}.node`));
      expect(binary.length, platform).toBeGreaterThan(0);
    }
  });

  it('has a 1024×1024 (or 512×512) PNG icon for macOS and Linux and a valid ICO for Windows', () => {
    expect(config.mac?.icon).toBe('resources/icon.png');
    expect(config.linux?.icon).toBe('resources/icon.png');
    const { width, height } = pngSize(readFileSync(inRepository('resources/icon.png')));
    expect(width).toBe(height);
    expect([512, 1024]).toContain(width);

    expect(config.win?.icon).toBe('resources/icon.ico');
    expect(config.nsis?.installerIcon).toBe('resources/icon.ico');
    const images = icoImages(readFileSync(inRepository('resources/icon.ico')));
    // Windows installers need a 256×256 image in the icon.
    expect(images.map(({ width: side }) => side)).toContain(256);
    for (const image of images)
      expect(pngSize(image.image)).toEqual({ width: image.width, height: image.height });
  });

  it('publishes to the generic update server whose URL the build machine sets', () => {
    // biome-ignore lint/suspicious/noTemplateCurlyInString: electron-builder's macro, expanded at build time.
    expect(config.publish).toEqual({ provider: 'generic', url: '${env.AIRLEDGER_UPDATE_URL}' });
    const url = (config.publish as { url: string }).url;
    const saved = process.env.AIRLEDGER_UPDATE_URL;
    try {
      process.env.AIRLEDGER_UPDATE_URL = 'https://updates.partner.example/airledger';
      expect(expandMacro(url, null, {} as never)).toBe('https://updates.partner.example/airledger');
      delete process.env.AIRLEDGER_UPDATE_URL;
      expect(() => expandMacro(url, null, {} as never)).toThrow(/AIRLEDGER_UPDATE_URL is not defined/);
    } finally {
      if (saved === undefined) delete process.env.AIRLEDGER_UPDATE_URL;
      else process.env.AIRLEDGER_UPDATE_URL = saved;
    }
  });

  it("takes the release channel from the version's prerelease tag and writes every channel's feed", () => {
    // A channel pinned in `publish` would switch the detection off (electron-builder only detects it
    // when the publish options name none).
    expect(config.detectUpdateChannel).toBe(true);
    expect(config.generateUpdatesFilesForAllChannels).toBe(true);
    expect(config.publish).not.toHaveProperty('channel');
  });
});

describe('the built main process', () => {
  const mainFolder = inRepository('out/main');

  beforeAll(() => {
    if (existsSync(join(mainFolder, 'index.js'))) return;
    const build = spawnSync(
      process.execPath,
      [inRepository('node_modules/electron-vite/bin/electron-vite.js'), 'build'],
      { cwd: repositoryRoot, encoding: 'utf8', timeout: 120_000 },
    );
    if (build.status !== 0) throw new Error(`electron-vite build failed:\n${build.stdout}\n${build.stderr}`);
  }, 150_000);

  it('reads the migrations from process.resourcesPath when packaged', () => {
    const bundles = readdirSync(mainFolder, { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.js'))
      .map((file) => readFileSync(join(mainFolder, file), 'utf8'));
    const packagedLookups = bundles.flatMap((text) => [
      ...text.matchAll(/isPackaged\s*\?[^:;\n]*process\.resourcesPath\s*,\s*["']migrations["']/g),
    ]);
    expect(packagedLookups).toHaveLength(1);
  });
});
