import { z } from 'zod';
import { FeedSyntaxError, parseFeedYaml } from './feedYaml';
import { parseReleaseVersion } from './releaseVersion';
import type { UpdateChannel } from './updatePolicy';

/** A generic-provider feed is well under a kilobyte; refuse anything past this. */
export const updateFeedSizeMaxBytes = 256 * 1024;
export const updateFeedTimeoutMsDefault = 15_000;
/** One installer per platform and architecture at most. */
export const updateFeedFilesMax = 16;

const releaseVersionText = z
  .string()
  .refine((text) => parseReleaseVersion(text) !== null, { message: 'is not a version x.y.z[-pre]' });

const feedFileSchema = z.object({
  url: z.string().min(1),
  sha512: z.string().min(1),
  size: z.number().int().nonnegative().optional(),
  blockMapSize: z.number().int().nonnegative().optional(),
  isAdminRightsRequired: z.boolean().optional(),
});

/** electron-builder's `UpdateInfo` as written to `latest.yml` by the generic provider. */
export const updateFeedSchema = z.object({
  version: releaseVersionText,
  files: z.array(feedFileSchema).min(1).max(updateFeedFilesMax),
  path: z.string().min(1).optional(),
  sha512: z.string().min(1).optional(),
  releaseDate: z.string().refine((text) => !Number.isNaN(Date.parse(text)), { message: 'is not a date' }),
  releaseName: z.string().optional(),
  releaseNotes: z.string().nullable().optional(),
  stagingPercentage: z.number().min(0).max(100).optional(),
  minimumSystemVersion: z.string().optional(),
});

export type UpdateFeedInfo = z.infer<typeof updateFeedSchema>;

export interface UpdateFeed {
  channel: UpdateChannel;
  feedUrl: string;
  info: UpdateFeedInfo;
}

export type UpdateFeedFailure =
  | 'feed_missing'
  | 'feed_http_error'
  | 'feed_unreachable'
  | 'feed_timeout'
  | 'feed_too_large'
  | 'feed_malformed';

/** Why the feed could not be read, in words an administrator can act on. */
export class UpdateFeedError extends Error {
  readonly reason: UpdateFeedFailure;
  readonly feedUrl: string;

  constructor(reason: UpdateFeedFailure, feedUrl: string, message: string, cause?: unknown) {
    super(message, { cause });
    this.name = 'UpdateFeedError';
    this.reason = reason;
    this.feedUrl = feedUrl;
  }
}

export type UpdatePlatform = 'win32' | 'darwin' | 'linux';

/** electron-builder's channel file: `latest.yml` / `beta.yml` on Windows, with `-mac` / `-linux` elsewhere. */
export function channelFileName(channel: UpdateChannel, platform: UpdatePlatform = 'win32'): string {
  const base = channel === 'stable' ? 'latest' : 'beta';
  const suffix = platform === 'darwin' ? '-mac' : platform === 'linux' ? '-linux' : '';
  return `${base}${suffix}.yml`;
}

export interface ReadUpdateFeedOptions {
  /** Where the release files live, e.g. `https://updates.example.com/airledger/`. */
  baseUrl: string;
  channel: UpdateChannel;
  platform?: UpdatePlatform;
  timeoutMs?: number;
  signal?: AbortSignal;
}

/** Fetches and validates the channel's feed. Throws `UpdateFeedError`, never anything else. */
export async function readUpdateFeed(options: ReadUpdateFeedOptions): Promise<UpdateFeed> {
  const base = options.baseUrl.endsWith('/') ? options.baseUrl : `${options.baseUrl}/`;
  let feedUrl: string;
  try {
    feedUrl = new URL(channelFileName(options.channel, options.platform), base).toString();
  } catch (error) {
    throw new UpdateFeedError(
      'feed_unreachable',
      options.baseUrl,
      `"${options.baseUrl}" is not a URL.`,
      error,
    );
  }
  const timeoutMs = options.timeoutMs ?? updateFeedTimeoutMsDefault;
  const timeout = AbortSignal.timeout(timeoutMs);
  const signal = options.signal === undefined ? timeout : AbortSignal.any([timeout, options.signal]);
  let text: string;
  try {
    text = await fetchFeedText(feedUrl, signal);
  } catch (error) {
    if (error instanceof UpdateFeedError) throw error;
    if (timeout.aborted) {
      throw new UpdateFeedError(
        'feed_timeout',
        feedUrl,
        `The update feed ${feedUrl} did not answer within ${timeoutMs} ms.`,
        error,
      );
    }
    throw new UpdateFeedError(
      'feed_unreachable',
      feedUrl,
      `The update feed ${feedUrl} cannot be reached.`,
      error,
    );
  }
  return { channel: options.channel, feedUrl, info: parseUpdateFeed(text, feedUrl) };
}

/** Parses and validates a feed's text; `feedUrl` only names it in errors. */
export function parseUpdateFeed(text: string, feedUrl: string): UpdateFeedInfo {
  let raw: unknown;
  try {
    raw = parseFeedYaml(text);
  } catch (error) {
    if (!(error instanceof FeedSyntaxError)) throw error;
    throw new UpdateFeedError(
      'feed_malformed',
      feedUrl,
      `The update feed ${feedUrl} is not valid: ${error.message}.`,
      error,
    );
  }
  const parsed = updateFeedSchema.safeParse(raw);
  if (!parsed.success) {
    const problems = parsed.error.issues
      .map((issue) => `${issue.path.join('.') || '(feed)'} ${issue.message}`)
      .join('; ');
    throw new UpdateFeedError(
      'feed_malformed',
      feedUrl,
      `The update feed ${feedUrl} is not valid: ${problems}.`,
    );
  }
  return parsed.data;
}

async function fetchFeedText(feedUrl: string, signal: AbortSignal): Promise<string> {
  const response = await fetch(feedUrl, {
    signal,
    headers: { accept: 'application/x-yaml, text/yaml, */*' },
  });
  if (response.status === 404) {
    await response.body?.cancel();
    throw new UpdateFeedError(
      'feed_missing',
      feedUrl,
      `There is no update feed at ${feedUrl}: check the update URL and that the channel's releases are published.`,
    );
  }
  if (!response.ok) {
    await response.body?.cancel();
    throw new UpdateFeedError(
      'feed_http_error',
      feedUrl,
      `The update feed ${feedUrl} answered HTTP ${response.status}.`,
    );
  }
  const declared = Number(response.headers.get('content-length') ?? '0');
  if (declared > updateFeedSizeMaxBytes) {
    await response.body?.cancel();
    throw tooLarge(feedUrl);
  }
  if (response.body === null) return '';
  const chunks: Uint8Array[] = [];
  let received = 0;
  for await (const chunk of response.body) {
    received += chunk.byteLength;
    if (received > updateFeedSizeMaxBytes) throw tooLarge(feedUrl);
    chunks.push(chunk);
  }
  return new TextDecoder('utf-8', { fatal: false }).decode(Buffer.concat(chunks));
}

function tooLarge(feedUrl: string): UpdateFeedError {
  return new UpdateFeedError(
    'feed_too_large',
    feedUrl,
    `The update feed ${feedUrl} is larger than ${updateFeedSizeMaxBytes} bytes; it is not an update feed.`,
  );
}
