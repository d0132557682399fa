import { randomBytes, timingSafeEqual } from 'node:crypto';
import { issuedTokensMax } from './sandboxOptions';

/** OAuth2 client-credentials: checks the client's id and secret, hands out bearer tokens that expire. */
export class TokenIssuer {
  private readonly expiryMsByToken = new Map<string, number>();

  constructor(
    private readonly clientId: string,
    private readonly clientSecret: string,
    private readonly lifetimeSeconds: number,
  ) {}

  credentialsMatch(clientId: string, clientSecret: string): boolean {
    return sameText(clientId, this.clientId) && sameText(clientSecret, this.clientSecret);
  }

  issue(nowMs: number): { access_token: string; token_type: 'Bearer'; expires_in: number } {
    if (this.expiryMsByToken.size >= issuedTokensMax) {
      for (const [token, expiryMs] of this.expiryMsByToken) {
        if (expiryMs <= nowMs || this.expiryMsByToken.size >= issuedTokensMax)
          this.expiryMsByToken.delete(token);
        if (this.expiryMsByToken.size < issuedTokensMax / 2) break;
      }
    }
    const token = randomBytes(24).toString('base64url');
    this.expiryMsByToken.set(token, nowMs + this.lifetimeSeconds * 1000);
    return { access_token: token, token_type: 'Bearer', expires_in: this.lifetimeSeconds };
  }

  /** 'valid', or why the token is refused. */
  check(token: string, nowMs: number): 'valid' | 'unknown' | 'expired' {
    const expiryMs = this.expiryMsByToken.get(token);
    if (expiryMs === undefined) return 'unknown';
    if (expiryMs <= nowMs) return 'expired';
    return 'valid';
  }
}

function sameText(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}
