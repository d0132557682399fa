import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { contentSecurityPolicy } from '../contract/contentSecurityPolicy';
import type { ContractErrorBody } from '../contract/contractError';
import {
  contractPath,
  requestBodyBytesMax,
  secretHeader,
  secretQueryParameter,
  sessionHeader,
} from '../contract/httpProtocol';
import type { AirledgerCore } from '../core/app/airledgerCore';
import { httpStatusByErrorCode } from './errorStatus';
import { serveStaticFile } from './staticFiles';

/** Only loopback: browser mode is for the person at this machine. */
export const loopbackHost = '127.0.0.1';

export interface LoopbackServer {
  /** The address to open, carrying the per-launch secret. */
  readonly url: string;
  readonly origin: string;
  readonly port: number;
  readonly secret: string;
  close(): Promise<void>;
}

const securityHeaders = {
  'content-security-policy': contentSecurityPolicy,
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
};

/**
 * Browser mode's transport: serves the built renderer and the contract at one endpoint. A call must
 * carry the per-launch secret, name this server in Host (no DNS rebinding) and, when a browser sends
 * an Origin, come from this server's own origin (no cross-site calls).
 */
export async function startLoopbackServer(options: {
  core: AirledgerCore;
  rendererDir: string;
  port: number;
  secret?: string;
}): Promise<LoopbackServer> {
  const secret = options.secret ?? randomBytes(24).toString('base64url');
  const secretBytes = Buffer.from(secret);
  let port = options.port;
  const allowedHosts = () => new Set([`${loopbackHost}:${port}`, `localhost:${port}`]);
  const allowedOrigins = () => new Set([`http://${loopbackHost}:${port}`, `http://localhost:${port}`]);

  const handle = async (request: IncomingMessage, response: ServerResponse) => {
    for (const [name, value] of Object.entries(securityHeaders)) response.setHeader(name, value);
    if (!allowedHosts().has(request.headers.host ?? '')) {
      return refuse(response, 421, 'unauthenticated', `This server answers only to ${loopbackHost}:${port}.`);
    }
    const origin = request.headers.origin;
    if (origin !== undefined && !allowedOrigins().has(origin)) {
      return refuse(response, 403, 'permission_denied', 'Cross-origin calls are refused.');
    }
    const path = (request.url ?? '/').split('?', 1)[0];
    if (path === contractPath) {
      if (request.method !== 'POST') {
        response.setHeader('allow', 'POST');
        return refuse(response, 405, 'bad_input', `Use POST for ${contractPath}.`);
      }
      return handleContractCall(request, response);
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return refuse(response, 405, 'bad_input', 'Only GET is served here.');
    }
    serveStaticFile(options.rendererDir, request.url ?? '/', response);
  };

  const handleContractCall = async (request: IncomingMessage, response: ServerResponse) => {
    const given = Buffer.from(String(request.headers[secretHeader] ?? ''));
    if (given.length !== secretBytes.length || !timingSafeEqual(given, secretBytes)) {
      return refuse(
        response,
        401,
        'unauthenticated',
        'Missing or wrong browser-mode secret: open the URL that `airledger serve` printed.',
      );
    }
    if (!(request.headers['content-type'] ?? '').startsWith('application/json')) {
      return refuse(response, 415, 'bad_input', 'Send the call as application/json.');
    }
    let body: unknown;
    try {
      body = JSON.parse(await readBody(request));
    } catch (error) {
      const tooLarge = error instanceof BodyTooLargeError;
      return refuse(
        response,
        tooLarge ? 413 : 400,
        'bad_input',
        tooLarge ? error.message : 'The request body is not valid JSON.',
      );
    }
    const call = body as { operation?: unknown; input?: unknown };
    if (typeof call?.operation !== 'string') {
      return refuse(
        response,
        400,
        'bad_input',
        'The request body must be {"operation": "...", "input": {...}}.',
      );
    }
    const session = request.headers[sessionHeader];
    const result = await options.core.callInSession(call.operation, call.input, {
      transport: 'http',
      sessionToken: typeof session === 'string' && session !== '' ? session : null,
    });
    const status = result.ok ? 200 : httpStatusByErrorCode[result.error.code];
    sendJson(response, status, result);
  };

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      options.core.onInternalError('http', error);
      if (!response.headersSent) refuse(response, 500, 'internal', 'Unexpected server error.');
    });
  });
  // Keep-alive sockets would hold close() open; browser mode has one user and few requests.
  server.keepAliveTimeout = 1000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, loopbackHost, () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  const origin = `http://${loopbackHost}:${port}`;
  return {
    url: `${origin}/?${secretQueryParameter}=${encodeURIComponent(secret)}`,
    origin,
    port,
    secret,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

class BodyTooLargeError extends Error {}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let sizeBytes = 0;
    let tooLarge = false;
    request.on('data', (chunk: Buffer) => {
      sizeBytes += chunk.length;
      if (sizeBytes > requestBodyBytesMax) {
        // Keep draining without storing, so the client still reads our 413 instead of a reset.
        if (!tooLarge) {
          tooLarge = true;
          chunks.length = 0;
          reject(new BodyTooLargeError(`The request body is larger than ${requestBodyBytesMax} bytes.`));
        }
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

function refuse(
  response: ServerResponse,
  status: number,
  code: ContractErrorBody['code'],
  message: string,
): void {
  sendJson(response, status, { ok: false, error: { code, message } });
}

function sendJson(response: ServerResponse, status: number, value: unknown): void {
  const text = JSON.stringify(value);
  response.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
  });
  response.end(text);
}
