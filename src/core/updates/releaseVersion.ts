/** A release version `x.y.z[-pre.N][+build]`, as electron-builder stamps the app and its update feed. */
export interface ReleaseVersion {
  readonly major: number;
  readonly minor: number;
  readonly patch: number;
  /** Dot-separated prerelease identifiers (`['beta', 2]` for `-beta.2`); empty for a release. */
  readonly prerelease: readonly (string | number)[];
}

/** Longer than any version we ship; a longer string is refused before the pattern runs. */
export const releaseVersionLengthMax = 64;

const numericIdentifier = '0|[1-9]\\d*';
const prereleaseIdentifier = `(?:${numericIdentifier}|\\d*[A-Za-z-][0-9A-Za-z-]*)`;
const versionPattern = new RegExp(
  `^(${numericIdentifier})\\.(${numericIdentifier})\\.(${numericIdentifier})` +
    `(?:-(${prereleaseIdentifier}(?:\\.${prereleaseIdentifier})*))?(?:\\+[0-9A-Za-z-]+(?:\\.[0-9A-Za-z-]+)*)?$`,
);

/** The parsed version, or null when `text` is not a strict semver `x.y.z[-pre][+build]`. */
export function parseReleaseVersion(text: string): ReleaseVersion | null {
  if (text.length > releaseVersionLengthMax) return null;
  const match = versionPattern.exec(text);
  if (match === null) return null;
  const [major, minor, patch] = [match[1], match[2], match[3]].map(Number);
  if (![major, minor, patch].every((part) => part !== undefined && Number.isSafeInteger(part))) return null;
  const prerelease = (match[4] ?? '')
    .split('.')
    .filter((identifier) => identifier !== '')
    .map((identifier) => (/^\d+$/.test(identifier) ? Number(identifier) : identifier));
  if (prerelease.some((identifier) => typeof identifier === 'number' && !Number.isSafeInteger(identifier))) {
    return null;
  }
  return { major: major as number, minor: minor as number, patch: patch as number, prerelease };
}

/** Semver precedence: negative when `left` is older than `right`, 0 when equal (build metadata ignored). */
export function compareReleaseVersions(left: ReleaseVersion, right: ReleaseVersion): number {
  const core = left.major - right.major || left.minor - right.minor || left.patch - right.patch;
  if (core !== 0) return Math.sign(core);
  // A release outranks any of its prereleases: 1.4.0 > 1.4.0-beta.2.
  if (left.prerelease.length === 0 || right.prerelease.length === 0) {
    return Math.sign(right.prerelease.length - left.prerelease.length);
  }
  const shared = Math.min(left.prerelease.length, right.prerelease.length);
  for (let index = 0; index < shared; index += 1) {
    const order = compareIdentifiers(
      left.prerelease[index] as string | number,
      right.prerelease[index] as string | number,
    );
    if (order !== 0) return order;
  }
  return Math.sign(left.prerelease.length - right.prerelease.length);
}

function compareIdentifiers(left: string | number, right: string | number): number {
  if (typeof left === 'number' && typeof right === 'number') return Math.sign(left - right);
  // Numeric identifiers rank below alphanumeric ones.
  if (typeof left === 'number') return -1;
  if (typeof right === 'number') return 1;
  if (left === right) return 0;
  return left < right ? -1 : 1;
}

/** The prerelease tag that names a channel (`beta` for `1.4.0-beta.2`), or null for a release. */
export function prereleaseTag(version: ReleaseVersion): string | null {
  const first = version.prerelease[0];
  return typeof first === 'string' ? first : first === undefined ? null : String(first);
}
