import { mkdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  contractPath,
  requestBodyBytesMax,
  secretHeader,
  sessionHeader,
} from '../../src/contract/httpProtocol';
import type { AirledgerCore } from '../../src/core/app/airledgerCore';
import { type LoopbackServer, startLoopbackServer } from '../../src/server/loopbackServer';
import { temporaryFolders } from '../support/temporaryFolder';
import { createTestCore } from '../support/testCore';

const newTemporaryFolder = temporaryFolders();
let core: AirledgerCore;
let server: LoopbackServer;

beforeEach(async () => {
  const folder = newTemporaryFolder();
  const rendererDir = join(folder, 'renderer');
  mkdirSync(join(rendererDir, 'assets'), { recursive: true });
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Airledger</title>');
  writeFileSync(join(rendererDir, 'assets', 'app-123.js'), 'console.log("app")');
  writeFileSync(join(folder, 'secret.txt'), 'outside the renderer folder');
  core = createTestCore(join(folder, 'workspace'));
  server = await startLoopbackServer({ core, rendererDir, port: 0 });
});

afterEach(async () => {
  await server.close();
  await core.close();
});

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** A raw HTTP request, so tests can set Host and Origin as an attacker's page or resolver would. */
function send(options: {
  method?: string;
  path?: string;
  headers?: Record<string, string>;
  body?: string;
}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port: server.port,
        method: options.method ?? 'GET',
        path: options.path ?? '/',
        headers: { host: `127.0.0.1:${server.port}`, ...options.headers },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks).toString(),
          }),
        );
      },
    );
    req.on('error', reject);
    if (options.body !== undefined) req.write(options.body);
    req.end();
  });
}

function callContract(operation: string, input: unknown, headers: Record<string, string> = {}) {
  return send({
    method: 'POST',
    path: contractPath,
    headers: { 'content-type': 'application/json', [secretHeader]: server.secret, ...headers },
    body: JSON.stringify({ operation, input }),
  });
}

describe('the loopback HTTP transport', () => {
  it('listens on 127.0.0.1 only and prints a URL carrying the secret', () => {
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/?secret=${encodeURIComponent(server.secret)}`);
    expect(server.secret.length).toBeGreaterThanOrEqual(32);
  });

  it('answers a contract call that carries the secret', async () => {
    const reply = await callContract('workspace.create', {
      distributorName: 'Lagos Topup Ltd',
      baseCurrency: 'NGN',
    });
    expect(reply.status).toBe(200);
    expect(JSON.parse(reply.body)).toMatchObject({
      ok: true,
      value: { state: 'open', workspace: { distributorName: 'Lagos Topup Ltd', baseCurrency: 'NGN' } },
    });
  });

  it('refuses a call without the secret, or with a wrong one', async () => {
    const without = await callContract('workspace.status', {}, { [secretHeader]: '' });
    expect(without.status).toBe(401);
    expect(JSON.parse(without.body).error.message).toContain('secret');
    const wrong = await callContract(
      'workspace.status',
      {},
      { [secretHeader]: 'x'.repeat(server.secret.length) },
    );
    expect(wrong.status).toBe(401);
  });

  it('refuses a call from a foreign origin even with the secret', async () => {
    const reply = await callContract('workspace.status', {}, { origin: 'https://evil.example' });
    expect(reply.status).toBe(403);
    expect(JSON.parse(reply.body).error.code).toBe('permission_denied');
    const ownOrigin = await callContract('workspace.status', {}, { origin: server.origin });
    expect(ownOrigin.status).toBe(200);
  });

  it('refuses a request whose Host is another name (DNS rebinding)', async () => {
    const reply = await send({ path: '/', headers: { host: `evil.example:${server.port}` } });
    expect(reply.status).toBe(421);
    const call = await callContract('workspace.status', {}, { host: `rebind.evil.example:${server.port}` });
    expect(call.status).toBe(421);
  });

  it('answers invalid input with 400 and a message naming the field', async () => {
    const reply = await callContract('workspace.create', {
      distributorName: 'Lagos Topup Ltd',
      baseCurrency: 'naira',
    });
    expect(reply.status).toBe(400);
    const body = JSON.parse(reply.body);
    expect(body.error.code).toBe('bad_input');
    expect(body.error.message).toContain('baseCurrency must be a three-letter ISO 4217 code');
  });

  it('answers malformed calls with 400, 405, 413 and 415', async () => {
    const post = (body: string, contentType = 'application/json') =>
      send({
        method: 'POST',
        path: contractPath,
        headers: { 'content-type': contentType, [secretHeader]: server.secret },
        body,
      });
    expect((await post('{"operation": ')).status).toBe(400);
    expect((await send({ path: contractPath })).status).toBe(405);
    const padding = 'x'.repeat(requestBodyBytesMax + 1);
    expect((await post(`{"operation":"workspace.status","input":{"padding":"${padding}"}}`)).status).toBe(
      413,
    );
    expect((await post('{}', 'text/plain')).status).toBe(415);
  });

  it('maps business refusals to 422 and workspace problems to 409', async () => {
    await callContract('workspace.create', { distributorName: 'Lagos Topup Ltd', baseCurrency: 'NGN' });
    const again = await callContract('workspace.create', {
      distributorName: 'Lagos Topup Ltd',
      baseCurrency: 'NGN',
    });
    expect(again.status).toBe(422);
    const setUp = await callContract('auth.setUp', {
      username: 'tunde',
      displayName: 'Tunde Okafor',
      password: 'harmattan-morning',
    });
    const session = { [sessionHeader]: JSON.parse(setUp.body).value.sessionToken as string };
    expect((await callContract('workspace.close', {}, session)).status).toBe(200);
    const verify = await callContract('workspace.verify', {}, session);
    expect(verify.status).toBe(409);
  });

  it('answers 401 until someone signs in, 403 when their role does not allow the call, and carries the session in a header', async () => {
    await callContract('workspace.create', { distributorName: 'Lagos Topup Ltd', baseCurrency: 'NGN' });
    const beforeSetUp = await callContract('retailers.list', {});
    expect(beforeSetUp.status).toBe(401);
    expect(JSON.parse(beforeSetUp.body).error.reason).toBe('setup_required');

    const setUp = await callContract('auth.setUp', {
      username: 'tunde',
      displayName: 'Tunde Okafor',
      password: 'harmattan-morning',
    });
    expect(setUp.status).toBe(200);
    const admin = { [sessionHeader]: JSON.parse(setUp.body).value.sessionToken as string };
    expect((await callContract('retailers.list', {})).status).toBe(401);
    expect((await callContract('retailers.list', {}, { [sessionHeader]: 'forged-token' })).status).toBe(401);
    expect((await callContract('retailers.list', {}, admin)).status).toBe(200);

    await callContract(
      'users.create',
      {
        username: 'kemi',
        displayName: 'Kemi Adeyemi',
        roles: ['auditor'],
        temporaryPassword: 'temporary-kemi',
      },
      admin,
    );
    const signIn = await callContract('auth.signIn', { username: 'kemi', password: 'temporary-kemi' });
    const kemi = { [sessionHeader]: JSON.parse(signIn.body).value.sessionToken as string };
    await callContract(
      'auth.changePassword',
      { currentPassword: 'temporary-kemi', newPassword: 'read-only-eyes' },
      kemi,
    );
    expect((await callContract('retailers.list', {}, kemi)).status).toBe(200);
    const add = await callContract('retailers.add', { code: 'SHOP1', name: 'Shop One' }, kemi);
    expect(add.status).toBe(403);
    expect(JSON.parse(add.body).error.message).toBe(
      'Kemi Adeyemi may not retailers.add (needs the retailers.manage permission).',
    );
    expect(JSON.parse((await callContract('retailers.list', {}, admin)).body).value.total).toBe(0);
  });

  it('serves the renderer with a strict Content-Security-Policy', async () => {
    const page = await send({ path: '/' });
    expect(page.status).toBe(200);
    expect(page.body).toContain('<title>Airledger</title>');
    const policy = String(page.headers['content-security-policy']);
    expect(policy).toContain("script-src 'self'");
    expect(policy).not.toContain('unsafe-eval');
    expect(page.headers['x-frame-options']).toBe('DENY');
    const asset = await send({ path: '/assets/app-123.js' });
    expect(asset.headers['content-type']).toContain('text/javascript');
    expect(asset.headers['cache-control']).toContain('immutable');
  });

  it('never serves a file outside the renderer folder', async () => {
    for (const path of ['/../secret.txt', '/%2e%2e/secret.txt', '/assets/../../secret.txt']) {
      const reply = await send({ path });
      expect(reply.body).not.toContain('outside the renderer folder');
    }
  });
});
