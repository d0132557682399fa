import type { IncomingMessage, ServerResponse } from 'node:http';
import { requestBodyBytesMax } from '../operator/tmf654';
import { badRequest, TmfHttpError } from './tmfHttpError';

/** Reads a request body up to the limit; 413 beyond it. */
export async function readBody(request: IncomingMessage): Promise<string> {
  const declared = Number(request.headers['content-length'] ?? 0);
  if (declared > requestBodyBytesMax) throw tooLarge();
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of request) {
    total += (chunk as Buffer).length;
    if (total > requestBodyBytesMax) throw tooLarge();
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function tooLarge(): TmfHttpError {
  return new TmfHttpError(
    413,
    'PAYLOAD_TOO_LARGE',
    'Payload Too Large',
    `The request body is over ${requestBodyBytesMax} bytes.`,
  );
}

export async function readJson(request: IncomingMessage): Promise<unknown> {
  const text = await readBody(request);
  if (text.trim() === '') throw badRequest('The request needs a JSON body.');
  try {
    return JSON.parse(text);
  } catch {
    throw badRequest('The request body is not valid JSON.');
  }
}

export function sendJson(
  response: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  const text = body === undefined ? '' : JSON.stringify(body);
  response.writeHead(status, {
    ...(body === undefined ? {} : { 'content-type': 'application/json;charset=utf-8' }),
    'content-length': String(Buffer.byteLength(text)),
    ...headers,
  });
  response.end(text);
}

export function sendError(response: ServerResponse, error: TmfHttpError): void {
  sendJson(response, error.status, error.toBody());
}
