import { type HistoryActionType, historyActionTypes } from '../operator/tmf654';
import type { HistoryFeed } from './historyFeed';
import { type Page, parseInstant } from './listQuery';
import type { SandboxWorld } from './sandboxWorld';
import { badRequest } from './tmfHttpError';

/** The rows of one page of the sales feed, and how many match in all. */
export interface HistoryPage {
  indexes: number[];
  total: number;
}

/**
 * Answers time-window queries on the history feed: the window is two binary searches; `@type` and `requestor.id`
 * filters scan the window once and the matches are cached, so paging through a filtered window stays cheap.
 */
export class HistoryQuery {
  private cacheKey = '';
  private cachedMatches: Int32Array = new Int32Array(0);

  constructor(private readonly world: SandboxWorld) {}

  page(query: URLSearchParams, page: Page): HistoryPage {
    const feed = this.world.history;
    const fromMs = parseInstant(query, 'confirmationDate.gte');
    const toMs = parseInstant(query, 'confirmationDate.lt');
    const typeText = query.get('@type');
    if (typeText !== null && !historyActionTypes.includes(typeText as HistoryActionType)) {
      throw badRequest(`@type must be one of ${historyActionTypes.join(', ')}, got ${typeText}.`);
    }
    const requestorId = query.get('requestor.id');
    const low = fromMs === undefined ? 0 : feed.lowerBoundMs(fromMs);
    const high = toMs === undefined ? feed.length : Math.max(low, feed.lowerBoundMs(toMs));
    if (typeText === null && requestorId === null) {
      const start = Math.min(high, low + page.offset);
      const end = Math.min(high, start + page.limit);
      return { indexes: range(start, end), total: high - low };
    }
    const typeCode = typeText === null ? -1 : historyActionTypes.indexOf(typeText as HistoryActionType);
    const requestorIndex = requestorId === null ? -1 : this.world.strings.find(requestorId);
    if (requestorId !== null && requestorIndex < 0) return { indexes: [], total: 0 };
    const matches = this.matches(feed, low, high, typeCode, requestorIndex);
    const start = Math.min(matches.length, page.offset);
    const end = Math.min(matches.length, start + page.limit);
    return { indexes: Array.from(matches.subarray(start, end)), total: matches.length };
  }

  private matches(
    feed: HistoryFeed,
    low: number,
    high: number,
    typeCode: number,
    requestorIndex: number,
  ): Int32Array {
    const key = `${feed.version}|${feed.length}|${low}|${high}|${typeCode}|${requestorIndex}`;
    if (key === this.cacheKey) return this.cachedMatches;
    const found = new Int32Array(high - low);
    let count = 0;
    for (let index = low; index < high; index += 1) {
      if (typeCode >= 0 && feed.get('typeCode', index) !== typeCode) continue;
      if (requestorIndex >= 0 && feed.get('requestorIndex', index) !== requestorIndex) continue;
      found[count] = index;
      count += 1;
    }
    this.cacheKey = key;
    this.cachedMatches = found.subarray(0, count);
    return this.cachedMatches;
  }
}

function range(start: number, end: number): number[] {
  return Array.from({ length: end - start }, (_unused, offset) => start + offset);
}
