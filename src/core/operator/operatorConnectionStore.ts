import type Database from 'better-sqlite3';
import { AppError } from '../appError';
import type { Ledger } from '../ledger/ledger';
import { CredentialVault } from '../secrets/credentialVault';
import { isSealed, sealedPrefix } from '../secrets/sealedValue';
import { bookOpeningBalance, ensureOperatorAccounts } from './operatorLedgerAccounts';

/** An operator connection as the core uses it (secrets included: never hand this to a transport). */
export interface OperatorConnection {
  id: string;
  name: string;
  baseUrl: string;
  tokenUrl: string;
  clientId: string;
  clientSecret: string;
  apiKey: string | null;
  requestTimeoutMs: number;
  distributorPartyId: string;
  partyAccountId: string;
  wholesaleBucketId: string;
  units: string;
  assetCode: string;
  scale: number;
  /** The wholesale bucket's line as the operator reported it (transfers name their source line). */
  wholesaleMsisdn: string | null;
  /** The demo operator that runs inside the app. */
  embeddedSandbox: boolean;
}

export type OperatorConnectionSettings = Omit<
  OperatorConnection,
  'assetCode' | 'wholesaleMsisdn' | 'embeddedSandbox'
>;

interface ConnectionRow {
  id: string;
  name: string;
  base_url: string;
  token_url: string;
  client_id: string;
  client_secret: string;
  api_key: string | null;
  request_timeout_ms: number;
  distributor_party_id: string;
  party_account_id: string;
  wholesale_bucket_id: string;
  units: string;
  asset_code: string;
  scale: number;
  wholesale_msisdn: string | null;
  embedded_sandbox: number;
}

/** Which credentials a stored connection holds, known without opening them. */
const credentialsStoredKey = Symbol('credentialsStored');

/** Whether a connection has a client secret and an API key, without decrypting either. */
export function credentialsStored(connection: OperatorConnection): {
  clientSecret: boolean;
  apiKey: boolean;
} {
  const stored = (connection as { [credentialsStoredKey]?: { clientSecret: boolean; apiKey: boolean } })[
    credentialsStoredKey
  ];
  return stored ?? { clientSecret: connection.clientSecret.length > 0, apiKey: connection.apiKey !== null };
}

/** What a sealed credential is bound to: its table, column and operator. */
function credentialContext(operatorId: string, column: 'client_secret' | 'api_key'): string {
  return `airledger:operator_connections:${operatorId}:${column}`;
}

const selectConnection = `SELECT c.*, b.msisdn AS wholesale_msisdn FROM operator_connections c
  LEFT JOIN operator_buckets b ON b.operator_id = c.id AND b.bucket_id = c.wholesale_bucket_id`;

/**
 * The operator connections of a workspace. Saving one also creates its ledger side (the airtime
 * asset, wholesale and issuance accounts) and links the wholesale bucket, in one transaction.
 */
export class OperatorConnectionStore {
  private readonly vault: CredentialVault;

  constructor(
    private readonly sqlite: Database.Database,
    private readonly ledger: Ledger,
    private readonly clock: () => number,
  ) {
    this.vault = new CredentialVault(sqlite, clock);
  }

  /**
   * A connection as the core uses it. The client secret and API key stay sealed in the row and are
   * opened only when read (by the operator client, at sign-in and on each call); they are not
   * enumerable, so spreading, logging or serialising a connection never carries them.
   */
  private connectionOf(row: ConnectionRow): OperatorConnection {
    const connection = {
      id: row.id,
      name: row.name,
      baseUrl: row.base_url,
      tokenUrl: row.token_url,
      clientId: row.client_id,
      requestTimeoutMs: row.request_timeout_ms,
      distributorPartyId: row.distributor_party_id,
      partyAccountId: row.party_account_id,
      wholesaleBucketId: row.wholesale_bucket_id,
      units: row.units,
      assetCode: row.asset_code,
      scale: row.scale,
      wholesaleMsisdn: row.wholesale_msisdn,
      embeddedSandbox: row.embedded_sandbox === 1,
    };
    const opened = (stored: string, column: 'client_secret' | 'api_key') =>
      isSealed(stored) ? this.vault.open(stored, credentialContext(row.id, column)) : stored;
    return Object.defineProperties(connection, {
      [credentialsStoredKey]: {
        enumerable: false,
        value: { clientSecret: row.client_secret.length > 0, apiKey: row.api_key !== null },
      },
      clientSecret: { enumerable: false, get: () => opened(row.client_secret, 'client_secret') },
      apiKey: {
        enumerable: false,
        get: () => (row.api_key === null ? null : opened(row.api_key, 'api_key')),
      },
    }) as OperatorConnection;
  }

  /**
   * Seals the credentials of connections saved before they were sealed (an upgrade step run as the
   * workspace opens; running it again changes nothing). Secure delete overwrites the plain values'
   * old cells instead of leaving them in free space. Also drops a data-key wrapping left over by a
   * change of database key that crashed before its clean-up.
   */
  sealPlainCredentials(): number {
    if (this.vault.wrappingCount() > 1) this.vault.dropStaleWrappings();
    const plain = this.sqlite
      .prepare(
        `SELECT id, client_secret, api_key FROM operator_connections
         WHERE substr(client_secret, 1, length(@prefix)) <> @prefix
            OR (api_key IS NOT NULL AND substr(api_key, 1, length(@prefix)) <> @prefix)`,
      )
      .all({ prefix: sealedPrefix }) as Array<{ id: string; client_secret: string; api_key: string | null }>;
    if (plain.length === 0) return 0;
    this.vault.ensureDataKey();
    const secureDelete = this.sqlite.pragma('secure_delete', { simple: true }) as number;
    this.sqlite.pragma('secure_delete = ON');
    try {
      const update = this.sqlite.prepare(
        'UPDATE operator_connections SET client_secret = ?, api_key = ? WHERE id = ?',
      );
      this.sqlite.transaction(() => {
        for (const row of plain) {
          update.run(
            this.sealed(row.id, 'client_secret', row.client_secret),
            row.api_key === null ? null : this.sealed(row.id, 'api_key', row.api_key),
            row.id,
          );
        }
      })();
    } finally {
      this.sqlite.pragma(`secure_delete = ${secureDelete}`);
    }
    return plain.length;
  }

  private sealed(operatorId: string, column: 'client_secret' | 'api_key', value: string): string {
    return isSealed(value) ? value : this.vault.seal(value, credentialContext(operatorId, column));
  }

  /**
   * Saves the connection. `wholesale` is what the connection test read of the wholesale bucket: its
   * balance, booked as the opening balance the first time the bucket is linked, and its line.
   */
  save(
    settings: OperatorConnectionSettings,
    wholesale: { openingMinor: number | null; msisdn: string | null } = { openingMinor: null, msisdn: null },
  ): OperatorConnection {
    this.vault.ensureDataKey();
    return this.sqlite
      .transaction(() => {
        const existing = this.find(settings.id);
        if (
          existing !== undefined &&
          (existing.units !== settings.units || existing.scale !== settings.scale)
        ) {
          throw new AppError(
            'business_rule',
            `Operator ${settings.id} already books airtime in ${existing.units} at scale ${existing.scale}; its units cannot change.`,
            { reason: 'units_fixed' },
          );
        }
        if (existing !== undefined && existing.wholesaleBucketId !== settings.wholesaleBucketId) {
          throw new AppError(
            'business_rule',
            `Operator ${settings.id} is linked to wholesale bucket ${existing.wholesaleBucketId}; it cannot move to another bucket.`,
            { reason: 'bucket_fixed' },
          );
        }
        const ledgerSide = ensureOperatorAccounts(this.ledger, settings);
        const now = this.clock();
        this.sqlite
          .prepare(
            `INSERT INTO operator_connections (id, name, base_url, token_url, client_id, client_secret, api_key,
               request_timeout_ms, distributor_party_id, party_account_id, wholesale_bucket_id, units, asset_code, scale,
               created_at, updated_at)
             VALUES (@id, @name, @baseUrl, @tokenUrl, @clientId, @clientSecret, @apiKey, @requestTimeoutMs,
               @distributorPartyId, @partyAccountId, @wholesaleBucketId, @units, @assetCode, @scale, @now, @now)
             ON CONFLICT (id) DO UPDATE SET name = excluded.name, base_url = excluded.base_url,
               token_url = excluded.token_url, client_id = excluded.client_id, client_secret = excluded.client_secret,
               api_key = excluded.api_key, request_timeout_ms = excluded.request_timeout_ms,
               distributor_party_id = excluded.distributor_party_id, party_account_id = excluded.party_account_id,
               updated_at = excluded.updated_at`,
          )
          .run({
            ...settings,
            clientSecret: this.vault.seal(
              settings.clientSecret,
              credentialContext(settings.id, 'client_secret'),
            ),
            apiKey:
              settings.apiKey === null
                ? null
                : this.vault.seal(settings.apiKey, credentialContext(settings.id, 'api_key')),
            assetCode: ledgerSide.assetCode,
            now,
          });
        const linked = this.sqlite
          .prepare(
            `INSERT INTO operator_buckets (operator_id, bucket_id, role, party_id, party_name, msisdn, account_id)
             VALUES (?, ?, 'wholesale', ?, ?, ?, ?)
             ON CONFLICT (operator_id, bucket_id) DO UPDATE SET msisdn = coalesce(excluded.msisdn, msisdn)`,
          )
          .run(
            settings.id,
            settings.wholesaleBucketId,
            settings.distributorPartyId,
            'Wholesale stock',
            wholesale.msisdn,
            ledgerSide.wholesaleAccountId,
          ).changes;
        const wholesaleOpeningMinor = existing === undefined ? wholesale.openingMinor : null;
        if (linked === 1 && wholesaleOpeningMinor !== null) {
          bookOpeningBalance(
            this.ledger,
            settings.id,
            { bucketId: settings.wholesaleBucketId, accountId: ledgerSide.wholesaleAccountId },
            wholesaleOpeningMinor,
          );
        }
        const saved = this.find(settings.id);
        if (saved === undefined) throw new Error(`operator ${settings.id} was just saved`);
        return saved;
      })
      .immediate();
  }

  markEmbedded(id: string): void {
    this.sqlite.prepare('UPDATE operator_connections SET embedded_sandbox = 1 WHERE id = ?').run(id);
  }

  /** The demo operator listens on a new port each time the app starts. */
  relocate(id: string, baseUrl: string, tokenUrl: string): void {
    this.sqlite
      .prepare('UPDATE operator_connections SET base_url = ?, token_url = ?, updated_at = ? WHERE id = ?')
      .run(baseUrl, tokenUrl, this.clock(), id);
  }

  find(id: string): OperatorConnection | undefined {
    const row = this.sqlite.prepare(`${selectConnection} WHERE c.id = ?`).get(id) as
      | ConnectionRow
      | undefined;
    return row === undefined ? undefined : this.connectionOf(row);
  }

  /** Every connected operator, the first connected first. */
  all(): OperatorConnection[] {
    return (
      this.sqlite.prepare(`${selectConnection} ORDER BY c.created_at, c.id`).all() as ConnectionRow[]
    ).map((row) => this.connectionOf(row));
  }

  /** The workspace's operator when the caller names none: the only one, or the first connected. */
  primary(): OperatorConnection | undefined {
    const row = this.sqlite.prepare(`${selectConnection} ORDER BY c.created_at, c.id LIMIT 1`).get() as
      | ConnectionRow
      | undefined;
    return row === undefined ? undefined : this.connectionOf(row);
  }

  require(id?: string): OperatorConnection {
    const connection = id === undefined ? this.primary() : this.find(id);
    if (connection === undefined) {
      throw new AppError(
        'business_rule',
        id === undefined
          ? 'No operator is connected to this workspace; connect one first (airledger operator connect).'
          : `Operator ${id} is not connected to this workspace.`,
        { reason: 'operator_not_connected' },
      );
    }
    return connection;
  }
}
