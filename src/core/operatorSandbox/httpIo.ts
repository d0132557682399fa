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

/** JSON already serialised (the sales feed writes its pages as text). */
export class RawJson {
  constructor(readonly text: string) {}
}

export function sendJson(
  response: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  // Encoded once: the length header and the bytes come from the same buffer.
  const bytes = Buffer.from(
    body === undefined ? '' : body instanceof RawJson ? body.text : JSON.stringify(body),
  );
  response.writeHead(status, {
    ...(body === undefined ? {} : { 'content-type': 'application/json;charset=utf-8' }),
    'content-length': String(bytes.length),
    ...headers,
  });
  response.end(bytes);
}

export function sendError(response: ServerResponse, error: TmfHttpError): void {
  sendJson(response, error.status, error.toBody());
}
