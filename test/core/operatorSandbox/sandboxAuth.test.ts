import { afterEach, describe, expect, it } from 'vitest';
import { startOperatorSandbox } from '../../../src/core/operatorSandbox/startOperatorSandbox';
import { SandboxTestClient } from '../../support/operatorSandboxClient';

const sandboxes: { close(): Promise<void> }[] = [];
afterEach(async () => {
  await Promise.all(sandboxes.splice(0).map((sandbox) => sandbox.close()));
});

async function sandboxWith(options: Parameters<typeof startOperatorSandbox>[0]) {
  const sandbox = await startOperatorSandbox(options);
  sandboxes.push(sandbox);
  return new SandboxTestClient(sandbox);
}

describe('operator sandbox authentication', () => {
  it('issues a bearer token for the client credentials, in the form or with HTTP Basic', async () => {
    const client = await sandboxWith({});
    const basic = Buffer.from('airledger-sandbox:sandbox-secret').toString('base64');
    const response = await fetch(client.sandbox.tokenUrl, {
      method: 'POST',
      headers: { authorization: `Basic ${basic}`, 'content-type': 'application/x-www-form-urlencoded' },
      body: 'grant_type=client_credentials',
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ token_type: 'Bearer', expires_in: 3600 });
    await client.authenticate();
    expect((await client.tmf('GET', '/bucket/BKT-WHOLESALE')).status).toBe(200);
  });

  it('refuses a wrong secret with invalid_client', async () => {
    const client = await sandboxWith({});
    const wrong = await client.call(client.sandbox.tokenUrl, 'POST', undefined, {});
    expect(wrong.status).toBe(400);
    const response = await fetch(client.sandbox.tokenUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'grant_type=client_credentials&client_id=airledger-sandbox&client_secret=guess',
    });
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({ error: 'invalid_client' });
  });

  it('answers 401 with a TMF error without a token, with an unknown one, and once it has expired', async () => {
    const client = await sandboxWith({ tokenLifetimeSeconds: 0.2 });
    const missing = await client.call(`${client.sandbox.tmfBaseUrl}/bucket`, 'GET', undefined, {});
    expect(missing.status).toBe(401);
    expect(missing.body).toMatchObject({ code: 'UNAUTHORIZED', status: '401' });
    client.token = 'not-a-token';
    expect((await client.tmf('GET', '/bucket')).status).toBe(401);
    await client.authenticate();
    expect((await client.tmf('GET', '/bucket')).status).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 250));
    const expired = await client.tmf('GET', '/bucket');
    expect(expired.status).toBe(401);
    expect((expired.body as { message: string }).message).toContain('expired');
  });

  it('answers 403 without the API key when the operator requires one; admin routes need neither', async () => {
    const client = await sandboxWith({ apiKey: 'k-123' });
    await client.authenticate();
    expect((await client.tmf('GET', '/bucket')).status).toBe(200);
    const noKey = await client.call(`${client.sandbox.tmfBaseUrl}/bucket`, 'GET', undefined, {
      authorization: `Bearer ${client.token}`,
    });
    expect(noKey.status).toBe(403);
    expect(noKey.body).toMatchObject({ code: 'FORBIDDEN', status: '403' });
    expect((await client.admin('GET', '/stats')).status).toBe(200);
  });

  it('answers 404 and 405 with TMF errors, and 413 for a body over 64 KiB', async () => {
    const client = await sandboxWith({});
    await client.authenticate();
    expect((await client.tmf('GET', '/reserveBalance')).status).toBe(404);
    expect((await client.tmf('DELETE', '/topupBalance/TB-1')).status).toBe(405);
    const huge = await client.tmf('POST', '/topupBalance', { description: 'x'.repeat(70_000) });
    expect(huge.status).toBe(413);
  });
});
