import type { IncomingMessage, ServerResponse } from 'node:http';
import { readBody, sendJson } from './httpIo';
import type { TokenIssuer } from './tokenIssuer';

/**
 * `POST /oauth2/token` (RFC 6749 client credentials): form `grant_type=client_credentials`, the client's id and
 * secret in the form or in HTTP Basic. Errors use the OAuth body `{error}`, not the TMF one.
 */
export async function handleTokenRequest(
  request: IncomingMessage,
  response: ServerResponse,
  tokens: TokenIssuer,
): Promise<void> {
  if (request.method !== 'POST') {
    sendJson(response, 405, { error: 'invalid_request', error_description: 'Use POST.' }, { allow: 'POST' });
    return;
  }
  const form = new URLSearchParams(await readBody(request));
  if (form.get('grant_type') !== 'client_credentials') {
    sendJson(response, 400, {
      error: 'unsupported_grant_type',
      error_description: 'Only grant_type=client_credentials is supported.',
    });
    return;
  }
  let clientId = form.get('client_id') ?? '';
  let clientSecret = form.get('client_secret') ?? '';
  const basic = /^Basic\s+(\S+)$/i.exec(request.headers.authorization ?? '');
  if (basic?.[1] !== undefined) {
    const decoded = Buffer.from(basic[1], 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    clientId = decodeURIComponent(decoded.slice(0, Math.max(0, colon)));
    clientSecret = decodeURIComponent(decoded.slice(colon + 1));
  }
  if (!tokens.credentialsMatch(clientId, clientSecret)) {
    sendJson(
      response,
      401,
      { error: 'invalid_client', error_description: 'Unknown client id or wrong secret.' },
      { 'www-authenticate': 'Basic realm="operator"' },
    );
    return;
  }
  sendJson(response, 200, tokens.issue(Date.now()), { 'cache-control': 'no-store' });
}
