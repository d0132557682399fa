import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FeedSyntaxError, parseFeedYaml } from '../../../src/core/updates/feedYaml';
import { channelFileName, readUpdateFeed, UpdateFeedError } from '../../../src/core/updates/updateFeed';
import { decideUpdateOffer, type OfficeUpdateSettings } from '../../../src/core/updates/updatePolicy';

const installerSha512 =
  'VkJl89teKBVDS4wL2sZkCUXv9nX5qGHtPEn4Mdjz+Yl2Ev7Cs8XBNaMb1bR/x6l1PXnHAcR0UeJ4n1+3qJPaTw==';

// As electron-builder 26 writes it for the generic provider (js-yaml output).
const stableFeed = `version: 1.4.0
files:
  - url: Airledger-Setup-1.4.0.exe
    sha512: ${installerSha512}
    size: 98123456
    blockMapSize: 102400
path: Airledger-Setup-1.4.0.exe
sha512: ${installerSha512}
releaseDate: '2026-11-20T10:15:00.000Z'
releaseNotes: |-
  Settlement exports can be cancelled.
  Faster reseller reports.
stagingPercentage: 30
`;

const betaFeed = `version: 1.5.0-beta.2
files:
  - url: Airledger-Setup-1.5.0-beta.2.exe
    sha512: ${installerSha512}
    size: 98200000
path: Airledger-Setup-1.5.0-beta.2.exe
sha512: ${installerSha512}
releaseDate: '2026-11-22T08:00:00.000Z'
`;

let server: Server;
let baseUrl: string;
/** Per test, what each path answers: a status and body, or 'hang' to never answer. */
const routes = new Map<string, { status: number; body: string } | 'hang'>();
const requestedPaths: string[] = [];

beforeAll(async () => {
  server = createServer((request, response) => {
    const path = request.url ?? '/';
    requestedPaths.push(path);
    const route = routes.get(path);
    if (route === 'hang') return;
    const { status, body } = route ?? { status: 404, body: 'Not Found' };
    response.writeHead(status, { 'content-type': 'text/yaml' }).end(body);
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/releases`;
});

afterAll(async () => {
  server.closeAllConnections();
  server.close();
  await once(server, 'close');
});

function serve(path: string, body: string, status = 200): void {
  routes.set(path, { status, body });
}

async function feedError(promise: Promise<unknown>): Promise<UpdateFeedError> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  if (!(error instanceof UpdateFeedError))
    throw new Error(`expected an UpdateFeedError, got ${String(error)}`);
  return error;
}

describe('reading the update feed over HTTP', () => {
  it('reads latest.yml on the stable channel, every field', async () => {
    serve('/releases/latest.yml', stableFeed);
    const feed = await readUpdateFeed({ baseUrl, channel: 'stable' });
    expect(feed.feedUrl).toBe(`${baseUrl}/latest.yml`);
    expect(feed.channel).toBe('stable');
    expect(feed.info).toEqual({
      version: '1.4.0',
      files: [
        { url: 'Airledger-Setup-1.4.0.exe', sha512: installerSha512, size: 98123456, blockMapSize: 102400 },
      ],
      path: 'Airledger-Setup-1.4.0.exe',
      sha512: installerSha512,
      releaseDate: '2026-11-20T10:15:00.000Z',
      releaseNotes: 'Settlement exports can be cancelled.\nFaster reseller reports.',
      stagingPercentage: 30,
    });
  });

  it('reads beta.yml on the beta channel, and the policy offers its beta build to a beta office only', async () => {
    serve('/releases/beta.yml', betaFeed);
    const feed = await readUpdateFeed({ baseUrl: `${baseUrl}/`, channel: 'beta' });
    expect(feed.feedUrl).toBe(`${baseUrl}/beta.yml`);
    expect(feed.info.version).toBe('1.5.0-beta.2');
    expect(feed.info.stagingPercentage).toBeUndefined();
    const update = { version: feed.info.version, channel: feed.channel };
    const office: OfficeUpdateSettings = { updatesEnabled: true, pinnedVersion: null, channel: 'beta' };
    expect(decideUpdateOffer({ update, office, currentVersion: '1.4.0', rolloutBucket: 80 })).toEqual({
      action: 'offer',
      version: '1.5.0-beta.2',
    });
    const stableOffice = { ...office, channel: 'stable' as const };
    expect(
      decideUpdateOffer({ update, office: stableOffice, currentVersion: '1.4.0', rolloutBucket: 80 }),
    ).toMatchObject({ action: 'ignore', reason: 'wrong_channel' });
  });

  it('compares the served version with the installed one and the rollout', async () => {
    serve('/releases/latest.yml', stableFeed);
    const feed = await readUpdateFeed({ baseUrl, channel: 'stable' });
    const office: OfficeUpdateSettings = { updatesEnabled: true, pinnedVersion: null, channel: 'stable' };
    const update = {
      version: feed.info.version,
      channel: feed.channel,
      stagingPercentage: feed.info.stagingPercentage,
    };
    const offer = (currentVersion: string, rolloutBucket: number) =>
      decideUpdateOffer({ update, office, currentVersion, rolloutBucket });
    expect(offer('1.3.2', 29)).toEqual({ action: 'offer', version: '1.4.0' });
    expect(offer('1.3.2', 30)).toMatchObject({ reason: 'not_in_rollout' });
    expect(offer('1.4.0', 10)).toMatchObject({ reason: 'same' });
    expect(offer('1.4.1', 10)).toMatchObject({ reason: 'older' });
  });

  it('says the feed is missing on a 404, naming its URL', async () => {
    const error = await feedError(readUpdateFeed({ baseUrl: `${baseUrl}/nowhere`, channel: 'stable' }));
    expect(error.reason).toBe('feed_missing');
    expect(error.message).toContain(`${baseUrl}/nowhere/latest.yml`);
  });

  it('reports a server error as an HTTP error', async () => {
    serve('/broken/latest.yml', 'oops', 503);
    const error = await feedError(
      readUpdateFeed({ baseUrl: baseUrl.replace('/releases', '/broken'), channel: 'stable' }),
    );
    expect(error.reason).toBe('feed_http_error');
    expect(error.message).toContain('HTTP 503');
  });

  it('refuses a malformed feed with the line at fault', async () => {
    serve(
      '/malformed/latest.yml',
      'version: 1.4.0\nfiles:\n  - url: a.exe\n    sha512: abc\n  nested:\n    deep: 1\n',
    );
    const error = await feedError(
      readUpdateFeed({ baseUrl: baseUrl.replace('/releases', '/malformed'), channel: 'stable' }),
    );
    expect(error.reason).toBe('feed_malformed');
    expect(error.message).toContain('line 5');
  });

  it('refuses a well-formed feed that lacks required fields, naming them', async () => {
    serve('/incomplete/latest.yml', "version: '1.4'\npath: a.exe\nreleaseDate: '2026-11-20T10:15:00.000Z'\n");
    const error = await feedError(
      readUpdateFeed({ baseUrl: baseUrl.replace('/releases', '/incomplete'), channel: 'stable' }),
    );
    expect(error.reason).toBe('feed_malformed');
    expect(error.message).toContain('version is not a version');
    expect(error.message).toContain('files');
  });

  it('gives up on a feed that does not answer within the timeout', async () => {
    routes.set('/slow/latest.yml', 'hang');
    const startedMs = Date.now();
    const error = await feedError(
      readUpdateFeed({ baseUrl: baseUrl.replace('/releases', '/slow'), channel: 'stable', timeoutMs: 200 }),
    );
    expect(error.reason).toBe('feed_timeout');
    expect(error.message).toContain('200 ms');
    expect(Date.now() - startedMs).toBeLessThan(5_000);
  });

  it('reports a closed port as unreachable', async () => {
    const closed = createServer();
    closed.listen(0, '127.0.0.1');
    await once(closed, 'listening');
    const port = (closed.address() as AddressInfo).port;
    closed.close();
    await once(closed, 'close');
    const error = await feedError(
      readUpdateFeed({ baseUrl: `http://127.0.0.1:${port}/`, channel: 'stable' }),
    );
    expect(error.reason).toBe('feed_unreachable');
  });

  it('refuses a feed larger than any real feed', async () => {
    serve('/huge/latest.yml', `version: 1.4.0\nreleaseNotes: '${'x'.repeat(300 * 1024)}'\n`);
    const error = await feedError(
      readUpdateFeed({ baseUrl: baseUrl.replace('/releases', '/huge'), channel: 'stable' }),
    );
    expect(error.reason).toBe('feed_too_large');
  });
});

describe('the feed file of each channel and platform', () => {
  it('follows electron-builder names', () => {
    expect(channelFileName('stable')).toBe('latest.yml');
    expect(channelFileName('beta')).toBe('beta.yml');
    expect(channelFileName('stable', 'darwin')).toBe('latest-mac.yml');
    expect(channelFileName('beta', 'linux')).toBe('beta-linux.yml');
  });
});

describe('the strict feed YAML reader', () => {
  it('reads quoted, plain, numeric, boolean and folded values', () => {
    const text = [
      '# written by electron-builder',
      'version: 1.4.0',
      'files:',
      '- url: "Air ledger.exe"',
      '  sha512: abc+/=',
      '  isAdminRightsRequired: true',
      '- url: b.zip # the mac build',
      '  sha512: def',
      "releaseName: 'It''s out'",
      'releaseNotes: >-',
      '  one long',
      '  sentence.',
      '',
      '  Next paragraph.',
      'stagingPercentage: 12.5',
    ].join('\n');
    expect(parseFeedYaml(text)).toEqual({
      version: '1.4.0',
      files: [
        { url: 'Air ledger.exe', sha512: 'abc+/=', isAdminRightsRequired: true },
        { url: 'b.zip', sha512: 'def' },
      ],
      releaseName: "It's out",
      releaseNotes: 'one long sentence.\nNext paragraph.',
      stagingPercentage: 12.5,
    });
  });

  it('keeps the final line break of a literal block without "-"', () => {
    expect(parseFeedYaml('releaseNotes: |\n  a\n    b\n')).toEqual({ releaseNotes: 'a\n  b\n' });
  });

  it.each([
    ['a duplicated key', 'version: 1.4.0\nversion: 1.5.0', 2],
    ['an unterminated quote', "releaseDate: '2026-11-20", 1],
    ['a flow list', 'files: [a, b]', 1],
    ['a nested mapping', 'files:\n  url: a.exe', 2],
    ['an ambiguous plain value', 'path: a: b', 1],
    ['stray indentation', 'version: 1.4.0\n  path: a.exe', 2],
    ['misaligned list items', 'files:\n  - url: a\n    sha512: b\n - url: c', 4],
  ])('refuses %s with its line number', (_, text, line) => {
    let caught: unknown = null;
    try {
      parseFeedYaml(text);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(FeedSyntaxError);
    expect((caught as FeedSyntaxError).line).toBe(line);
  });
});
