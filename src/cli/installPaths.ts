import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * The installed package's root, found from this file whether it runs from `src/` (tests) or from
 * the build in `out/` (the `airledger` command).
 */
export function packageRoot(startDir: string = __dirname): string {
  let dir = startDir;
  for (;;) {
    const manifest = join(dir, 'package.json');
    if (
      existsSync(manifest) &&
      (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === 'airledger'
    ) {
      return dir;
    }
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`Cannot find Airledger's package.json above ${startDir}`);
    dir = parent;
  }
}

export const migrationsFolder = (): string => join(packageRoot(), 'migrations');
export const rendererFolder = (): string => join(packageRoot(), 'out', 'renderer');
export const appVersion = (): string =>
  (JSON.parse(readFileSync(join(packageRoot(), 'package.json'), 'utf8')) as { version: string }).version;
