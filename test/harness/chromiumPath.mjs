import { existsSync } from 'node:fs';

/** The Chromium the end-to-end tests drive: AIRLEDGER_CHROMIUM, else Debian's package. */
export function findChromium() {
  const candidates = [process.env.AIRLEDGER_CHROMIUM, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  return candidates.find((path) => path !== undefined && path !== '' && existsSync(path)) ?? null;
}
