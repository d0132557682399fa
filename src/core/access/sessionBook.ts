import { randomBytes } from 'node:crypto';

interface Session {
  readonly userId: string;
  lastUsedMs: number;
}

export type SessionLookup = { state: 'live'; userId: string } | { state: 'expired' | 'unknown' };

/**
 * Signed-in sessions of the open workspace, kept in memory only: closing the workspace or quitting
 * signs everyone out. A token is 256 random bits; it is never written to disk or to a log.
 */
export class SessionBook {
  private readonly sessions = new Map<string, Session>();

  open(userId: string, nowMs: number): string {
    const token = randomBytes(32).toString('base64url');
    this.sessions.set(token, { userId, lastUsedMs: nowMs });
    return token;
  }

  /**
   * The session behind a token. One unused for longer than `idleMs` is ended. `touch` marks it used:
   * screens that poll by themselves do not, so an unattended desk still locks.
   */
  lookUp(token: string | null, nowMs: number, idleMs: number, touch: boolean, end = true): SessionLookup {
    if (token === null) return { state: 'unknown' };
    const session = this.sessions.get(token);
    if (session === undefined) return { state: 'unknown' };
    if (nowMs - session.lastUsedMs > idleMs) {
      // A public call (the status bar's poll) only looks: the next real call still says "locked".
      if (end) this.sessions.delete(token);
      return { state: 'expired' };
    }
    if (touch) session.lastUsedMs = nowMs;
    return { state: 'live', userId: session.userId };
  }

  end(token: string | null): void {
    if (token !== null) this.sessions.delete(token);
  }

  /** Ends every session of a user (disabled, or password reset by an administrator). */
  endAllOf(userId: string): void {
    for (const [token, session] of this.sessions) if (session.userId === userId) this.sessions.delete(token);
  }

  clear(): void {
    this.sessions.clear();
  }
}
