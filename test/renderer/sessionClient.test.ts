import { describe, expect, it } from 'vitest';
import type { CallResult, ContractErrorBody } from '../../src/contract/contractError';
import { ContractCallError } from '../../src/contract/contractError';
import { memoryTokenStore, sessionClient } from '../../src/renderer/src/client/contractClient';
import { type SessionEnd, sessionEndOf } from '../../src/renderer/src/client/sessionEnd';
import { repeatedPasswordIssue } from '../../src/renderer/src/session/repeatedPasswordIssue';
import { rolesText } from '../../src/renderer/src/session/roleLabels';
import { userStateText } from '../../src/renderer/src/settings/userStateText';

const idleLock: ContractErrorBody = {
  code: 'unauthenticated',
  reason: 'session_expired',
  message: 'Your session locked after 15 minutes without use: sign in again to go on.',
};

/** A transport that records the token each call carried and answers from a script. */
function scriptedClient(answer: (operation: string) => CallResult<unknown>) {
  const carried: Array<{ operation: string; sessionToken: string | null }> = [];
  const client = sessionClient(
    async (operation, _input, sessionToken) => {
      carried.push({ operation, sessionToken });
      return answer(operation);
    },
    'test',
    memoryTokenStore(),
  );
  return { client, carried };
}

describe('the window’s session in the contract client', () => {
  it('carries the token from sign-in on every later call, and none after sign-out', async () => {
    const { client, carried } = scriptedClient(() => ({ ok: true, value: { signedOut: true } }));
    await client.call('auth.status', {});
    client.setSessionToken('token-of-awa');
    await client.call('retailers.regions', {});
    client.setSessionToken(null);
    await client.call('auth.signOut', {});
    expect(carried.map((call) => call.sessionToken)).toEqual([null, 'token-of-awa', null]);
  });

  it('tells the session gate when a call finds the session locked, and still rejects the call', async () => {
    const { client } = scriptedClient(() => ({ ok: false, error: idleLock }));
    const heard: SessionEnd[] = [];
    const stop = client.onSessionEnded((ended) => heard.push(ended));
    await expect(client.call('retailers.regions', {})).rejects.toBeInstanceOf(ContractCallError);
    expect(heard).toEqual([{ reason: 'session_expired', message: idleLock.message }]);
    stop();
    await expect(client.call('retailers.regions', {})).rejects.toThrow(idleLock.message);
    expect(heard).toHaveLength(1);
  });

  it('leaves a wrong password or a lock-out at sign-in to the sign-in form', async () => {
    const refusals: ContractErrorBody[] = [
      { code: 'unauthenticated', reason: 'wrong_credentials', message: 'Wrong username or password.' },
      { code: 'unauthenticated', reason: 'locked_out', message: 'Too many failed sign-ins for awa.' },
      { code: 'unauthenticated', reason: 'user_disabled', message: 'This account was disabled by Ada.' },
    ];
    for (const refusal of refusals) {
      const { client } = scriptedClient(() => ({ ok: false, error: refusal }));
      const heard: SessionEnd[] = [];
      client.onSessionEnded((ended) => heard.push(ended));
      await expect(client.call('auth.signIn', { username: 'awa', password: 'x' })).rejects.toThrow(
        refusal.message,
      );
      expect(heard).toEqual([]);
    }
  });
});

describe('which refusals mean the session is gone', () => {
  it('is every sign-in-again reason of an ordinary call, and nothing else', () => {
    for (const reason of ['signed_out', 'session_expired', 'user_disabled', 'password_change_required']) {
      const error = { code: 'unauthenticated' as const, reason, message: 'Sign in to go on.' };
      expect(sessionEndOf('payments.record', error)?.reason).toBe(reason);
    }
    expect(
      sessionEndOf('allocations.approve', {
        code: 'permission_denied',
        reason: 'signed_out',
        message: 'An approver must approve it.',
      }),
    ).toBeNull();
    // The desktop shell refusing a foreign window has no reason: not a session matter.
    expect(
      sessionEndOf('ledger.accounts', {
        code: 'unauthenticated',
        message: 'Calls are accepted only from Airledger windows.',
      }),
    ).toBeNull();
    expect(sessionEndOf('auth.setUp', { ...idleLock, reason: 'setup_required' })).toBeNull();
  });
});

describe('the account forms and the users table', () => {
  it('asks for the same password twice', () => {
    expect(repeatedPasswordIssue('baobab-at-dawn-42', 'baobab-at-dawn-42')).toBeNull();
    expect(repeatedPasswordIssue('baobab-at-dawn-24', 'baobab-at-dawn-42')).toBe(
      'does not match the password above',
    );
  });

  it('names roles and states as the administrator reads them', () => {
    expect(rolesText(['clerk', 'approver'])).toBe('Clerk, Approver');
    expect(userStateText({ state: 'active', lockedUntil: null })).toBe('Active');
    expect(userStateText({ state: 'disabled', lockedUntil: null })).toBe('Disabled');
    expect(userStateText({ state: 'locked', lockedUntil: '2026-11-02T10:15:00.000Z' })).toMatch(
      /^Locked until .*2026/,
    );
  });
});
