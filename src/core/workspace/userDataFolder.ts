import { homedir } from 'node:os';
import { join } from 'node:path';

export const appFolderName = 'Airledger';

/**
 * The OS user-data folder, the same one Electron's app.getPath('userData') gives, so the CLI,
 * browser mode and the desktop app find the same workspace by default.
 */
export function userDataFolder(
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env,
): string {
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), appFolderName);
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', appFolderName);
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), appFolderName);
}

/** The workspace folder inside the user-data folder. */
export function defaultWorkspaceDir(userData: string): string {
  return join(userData, 'workspace');
}
