/** The Chromium the end-to-end tests drive: AIRLEDGER_CHROMIUM, else Debian's package. */
export function findChromium(): string | null;
