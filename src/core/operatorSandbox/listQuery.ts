import { listLimitDefault, listLimitMax, resultCountHeader, totalCountHeader } from '../operator/tmf654';
import { badRequest } from './tmfHttpError';

export interface Page {
  offset: number;
  limit: number;
}

/** `offset` and `limit` of a TMF list; a bad value is refused rather than clamped. */
export function parsePage(query: URLSearchParams): Page {
  const offset = parseWhole(query, 'offset', 0);
  const limit = parseWhole(query, 'limit', listLimitDefault);
  if (limit < 1 || limit > listLimitMax)
    throw badRequest(`limit must be from 1 to ${listLimitMax}, got ${limit}.`);
  return { offset, limit };
}

function parseWhole(query: URLSearchParams, name: string, fallback: number): number {
  const text = query.get(name);
  if (text === null || text === '') return fallback;
  const value = Number(text);
  if (!Number.isSafeInteger(value) || value < 0)
    throw badRequest(`${name} must be a whole number, got ${text}.`);
  return value;
}

export function countHeaders(total: number, returned: number): Record<string, string> {
  return { [totalCountHeader]: String(total), [resultCountHeader]: String(returned) };
}

/** An ISO instant filter such as `confirmationDate.gte`, in epoch milliseconds. */
export function parseInstant(query: URLSearchParams, name: string): number | undefined {
  const text = query.get(name);
  if (text === null || text === '') return undefined;
  const ms = Date.parse(text);
  if (!Number.isFinite(ms)) throw badRequest(`${name} must be an ISO 8601 instant, got ${text}.`);
  return ms;
}
