import { randomUUID } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const installIdFileName = 'install-id';
const installIdPattern = /^[0-9a-f-]{36}$/;

/**
 * This install's random id, kept in the user-data folder: it places the install in a staged
 * rollout, the same place every launch. It says nothing about the user or the workspace.
 */
export function installIdIn(userDataFolder: string): string {
  const file = join(userDataFolder, installIdFileName);
  try {
    const saved = readFileSync(file, 'utf8').trim();
    if (installIdPattern.test(saved)) return saved;
  } catch {
    // First launch, or the file was removed: a new id.
  }
  const id = randomUUID();
  try {
    mkdirSync(userDataFolder, { recursive: true });
    writeFileSync(file, `${id}\n`, 'utf8');
  } catch {
    // Unsaved, the id still serves this launch; the next one draws again.
  }
  return id;
}

/** The update server electron-builder wrote into the packaged app (`app-update.yml`'s `url`), if any. */
export function packagedFeedUrl(appUpdateYml: string): string | null {
  const match = /^url:\s*['"]?([^'"\s]+)['"]?\s*$/m.exec(appUpdateYml);
  return match?.[1] ?? null;
}
