import type { z } from 'zod';
import {
  apiKeyHeader,
  clientReferenceHeader,
  clientReferenceReusedCode,
  TmfError,
  TokenResponse,
  totalCountHeader,
} from './tmf654';

/** Where and how to reach one operator's TMF654 API. */
export interface OperatorEndpoint {
  baseUrl: string;
  tokenUrl: string;
  clientId: string;
  clientSecret: string;
  apiKey: string | null;
  requestTimeoutMs: number;
}

/**
 * What one call to the operator came to. The distinction that matters for exactly-once:
 * `refused` means the operator answered and did nothing (definitive); `unknown` means a mutating
 * request may or may not have been applied (timeout, dropped connection, 5xx) and must be looked up
 * by its reference before anything else; `unreachable` means it never left (or a read failed).
 */
export type WireResult<T> =
  | { kind: 'ok'; status: number; value: T; totalCount: number | null }
  | { kind: 'refused'; status: number; code: string; message: string }
  | { kind: 'unknown'; message: string }
  | { kind: 'unreachable'; message: string };

/** Tokens are renewed this long before the operator says they expire. */
const tokenRenewMarginMs = 30_000;
/** Error bodies longer than this are not read into messages. */
const errorMessageLengthMax = 300;

type Fetch = typeof fetch;

/**
 * A thin TMF654 client: OAuth2 client-credentials with a cached token, our client reference on
 * every mutating request, a timeout per request, and answers validated with the shared zod schemas.
 * It never retries a mutating request itself: that decision belongs to the outbox processor.
 */
export class Tmf654Client {
  private token: { value: string; expiresAtMs: number } | null = null;

  constructor(
    private readonly endpoint: OperatorEndpoint,
    private readonly fetchImpl: Fetch = fetch,
    private readonly clock: () => number = Date.now,
  ) {}

  get<T>(path: string, schema: z.ZodType<T>, signal?: AbortSignal): Promise<WireResult<T>> {
    return this.call('GET', path, schema, { signal });
  }

  post<T>(
    path: string,
    body: unknown,
    schema: z.ZodType<T>,
    options: { clientReference?: string; signal?: AbortSignal } = {},
  ): Promise<WireResult<T>> {
    return this.call('POST', path, schema, { ...options, body });
  }

  patch<T>(path: string, body: unknown, schema: z.ZodType<T>, signal?: AbortSignal): Promise<WireResult<T>> {
    return this.call('PATCH', path, schema, { body, signal });
  }

  /** A DELETE that answers 204 (unregistering a hub listener). */
  delete(path: string, signal?: AbortSignal): Promise<WireResult<null>> {
    return this.call('DELETE', path, null, { signal });
  }

  /** Fetches a token now: the "test connection" of the settings screen starts here. */
  async authenticate(signal?: AbortSignal): Promise<WireResult<null>> {
    this.token = null;
    const token = await this.bearer(signal);
    return typeof token === 'string' ? { kind: 'ok', status: 200, value: null, totalCount: null } : token;
  }

  private async call<T>(
    method: 'GET' | 'POST' | 'PATCH' | 'DELETE',
    path: string,
    schema: z.ZodType<T> | null,
    options: { body?: unknown; clientReference?: string; signal?: AbortSignal | undefined },
  ): Promise<WireResult<T>> {
    const mutating = method !== 'GET';
    for (let attempt = 1; ; attempt++) {
      const token = await this.bearer(options.signal);
      if (typeof token !== 'string') return token;
      const headers: Record<string, string> = {
        authorization: `Bearer ${token}`,
        accept: 'application/json',
      };
      if (this.endpoint.apiKey !== null) headers[apiKeyHeader] = this.endpoint.apiKey;
      if (options.clientReference !== undefined) headers[clientReferenceHeader] = options.clientReference;
      if (options.body !== undefined) headers['content-type'] = 'application/json';
      let response: Response;
      try {
        response = await this.fetchImpl(joinUrl(this.endpoint.baseUrl, path), {
          method,
          headers,
          ...(options.body === undefined ? {} : { body: JSON.stringify(options.body) }),
          signal: this.signalFor(options.signal),
        });
      } catch (error) {
        // A read is safe to send again; an action is never resent blindly (the outbox looks it up).
        if (!mutating && attempt === 1 && staleConnection(error)) continue;
        return networkFailure(error, mutating);
      }
      // An expired or revoked token is refused before anything is applied: renew it once.
      if (response.status === 401 && attempt === 1) {
        await response.body?.cancel();
        this.token = null;
        continue;
      }
      return this.readAnswer(response, schema, mutating);
    }
  }

  private async readAnswer<T>(
    response: Response,
    schema: z.ZodType<T> | null,
    mutating: boolean,
  ): Promise<WireResult<T>> {
    let text: string;
    try {
      text = await response.text();
    } catch (error) {
      return networkFailure(error, mutating);
    }
    if (response.ok && schema === null) {
      return { kind: 'ok', status: response.status, value: null as T, totalCount: null };
    }
    if (response.ok && schema !== null) {
      let json: unknown;
      try {
        json = JSON.parse(text);
      } catch {
        return {
          kind: 'unknown',
          message: `The operator answered ${response.status} with a body that is not JSON.`,
        };
      }
      const parsed = schema.safeParse(json);
      if (!parsed.success) {
        return {
          kind: 'unknown',
          message: `The operator's answer does not match TMF654: ${parsed.error.issues
            .slice(0, 3)
            .map((issue) => `${issue.path.join('.')} ${issue.message}`)
            .join('; ')}.`,
        };
      }
      const total = response.headers.get(totalCountHeader);
      return {
        kind: 'ok',
        status: response.status,
        value: parsed.data,
        totalCount: total === null ? null : Number(total),
      };
    }
    const error = parseTmfError(text);
    const message =
      `The operator answered ${response.status}${error.reason ? `: ${error.reason}` : ''}${error.message ? ` (${error.message})` : ''}`.slice(
        0,
        errorMessageLengthMax,
      );
    if (response.status >= 500)
      return mutating ? { kind: 'unknown', message } : { kind: 'unreachable', message };
    // A plain 409 may be a transient conflict with nothing applied; only a reused reference is final.
    if (response.status === 409 && error.code !== clientReferenceReusedCode && mutating) {
      return { kind: 'unknown', message };
    }
    if (response.status === 429)
      return mutating ? { kind: 'unknown', message } : { kind: 'unreachable', message };
    return { kind: 'refused', status: response.status, code: error.code ?? String(response.status), message };
  }

  private async bearer(signal: AbortSignal | undefined): Promise<string | WireResult<never>> {
    if (this.token !== null && this.token.expiresAtMs > this.clock()) return this.token.value;
    const basic = Buffer.from(
      `${encodeURIComponent(this.endpoint.clientId)}:${encodeURIComponent(this.endpoint.clientSecret)}`,
    ).toString('base64');
    let response: Response | undefined;
    for (let attempt = 1; response === undefined; attempt++) {
      try {
        response = await this.fetchImpl(this.endpoint.tokenUrl, {
          method: 'POST',
          headers: {
            authorization: `Basic ${basic}`,
            'content-type': 'application/x-www-form-urlencoded',
            accept: 'application/json',
          },
          body: 'grant_type=client_credentials',
          signal: this.signalFor(signal),
        });
      } catch (error) {
        // Asking for a token twice is harmless: a stale pooled connection gets one more try.
        if (attempt === 1 && staleConnection(error)) continue;
        return {
          kind: 'unreachable',
          message: `Cannot reach the operator's token endpoint: ${describeError(error)}.`,
        };
      }
    }
    const text = await response.text().catch(() => '');
    if (response.status === 400 || response.status === 401 || response.status === 403) {
      return {
        kind: 'refused',
        status: response.status,
        code: 'invalid_client',
        message: 'The operator refused the client id and secret; check the operator connection settings.',
      };
    }
    if (!response.ok) {
      return { kind: 'unreachable', message: `The operator's token endpoint answered ${response.status}.` };
    }
    let parsed: ReturnType<typeof TokenResponse.safeParse>;
    try {
      parsed = TokenResponse.safeParse(JSON.parse(text));
    } catch {
      return {
        kind: 'unreachable',
        message: "The operator's token endpoint answered with a body that is not JSON.",
      };
    }
    if (!parsed.success) {
      return {
        kind: 'unreachable',
        message: "The operator's token endpoint answered without an access token.",
      };
    }
    const lifetimeMs = parsed.data.expires_in * 1000;
    this.token = {
      value: parsed.data.access_token,
      expiresAtMs: this.clock() + Math.max(lifetimeMs - tokenRenewMarginMs, lifetimeMs / 2),
    };
    return this.token.value;
  }

  private signalFor(signal: AbortSignal | undefined): AbortSignal {
    const timeout = AbortSignal.timeout(this.endpoint.requestTimeoutMs);
    return signal === undefined ? timeout : AbortSignal.any([signal, timeout]);
  }
}

function joinUrl(baseUrl: string, path: string): string {
  return `${baseUrl.replace(/\/+$/, '')}${path.startsWith('/') ? path : `/${path}`}`;
}

function parseTmfError(text: string): { code?: string; reason?: string; message?: string } {
  try {
    const parsed = TmfError.safeParse(JSON.parse(text));
    if (parsed.success) {
      return {
        code: parsed.data.code,
        reason: parsed.data.reason,
        ...(parsed.data.message === undefined ? {} : { message: parsed.data.message }),
      };
    }
  } catch {
    // not JSON: the status says enough
  }
  return {};
}

/** Connection refused before anything was sent is safe to call unreachable; anything else may have landed. */
function networkFailure(error: unknown, mutating: boolean): WireResult<never> {
  const message = `No answer from the operator: ${describeError(error)}.`;
  const code = errorCode(error);
  if (!mutating || code === 'ECONNREFUSED' || code === 'ENOTFOUND' || code === 'EAI_AGAIN') {
    return { kind: 'unreachable', message };
  }
  return { kind: 'unknown', message };
}

/**
 * The server closed a kept-alive connection just as it was reused (it happens after the event loop
 * was busy for longer than the server's keep-alive timeout): the request never reached it.
 */
function staleConnection(error: unknown): boolean {
  const code = errorCode(error);
  return code === 'UND_ERR_SOCKET' || code === 'ECONNRESET' || code === 'EPIPE';
}

function errorCode(error: unknown): string | undefined {
  const cause = (error as { cause?: { code?: string } } | undefined)?.cause;
  return cause?.code ?? (error as { code?: string } | undefined)?.code;
}

function describeError(error: unknown): string {
  if (error instanceof Error) {
    if (error.name === 'TimeoutError') return 'the request timed out';
    if (error.name === 'AbortError') return 'the request was cancelled';
    const code = errorCode(error);
    return code === undefined ? error.message : `${error.message} (${code})`;
  }
  return String(error);
}
