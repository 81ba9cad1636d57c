import { createHash } from 'node:crypto';
import { TableClient, type TableServiceClientOptions } from '@azure/data-tables';
import { DefaultAzureCredential, ManagedIdentityCredential, type TokenCredential } from '@azure/identity';
import type { AzureStorageConfig } from '../config';
import { azureStorageReason, StorageOpenError } from './storageOpenError';

/**
 * Clients for the Table service of the storage account the state lives in: the same
 * connection string, or the same Entra credential at the account's table endpoint.
 */

/** As for blobs: a turn waits on storage, so retry briefly rather than for minutes. */
const TABLE_PIPELINE: TableServiceClientOptions = {
  retryOptions: { maxRetries: 2, retryDelayInMs: 200, maxRetryDelayInMs: 2_000 },
  userAgentOptions: { userAgentPrefix: 'vl-signin-assistant' },
};

/** Table names: 3-63 letters and digits, starting with a letter (the prefix is validated in config.ts). */
export const caseTableName = (prefix: string) => `${prefix}Cases`;
export const leaseTableName = (prefix: string) => `${prefix}Leases`;
export const campaignTableName = (prefix: string) => `${prefix}Campaigns`;
export const watchTableName = (prefix: string) => `${prefix}Watches`;

/** Raised for a table that cannot be used at start-up (StorageOpenError, code `table`). */
export function tableOpenError(where: string, cause: unknown): StorageOpenError {
  return new StorageOpenError('table', where, azureStorageReason(cause, 'check the account key, SAS or the identity’s Storage Table Data Contributor role'));
}

export function credentialFor(azure: AzureStorageConfig): TokenCredential {
  return azure.managedIdentityClientId
    ? new ManagedIdentityCredential({ clientId: azure.managedIdentityClientId })
    : new DefaultAzureCredential();
}

/**
 * `https://<account>.blob.<suffix>` → `https://<account>.table.<suffix>`: the setting
 * names the blob endpoint, and every Azure cloud names the table endpoint the same way.
 */
export function tableUrlFromBlobUrl(accountUrl: string): string {
  const url = new URL(accountUrl);
  const [account, service, ...suffix] = url.hostname.split('.');
  if (service !== 'blob' || suffix.length === 0) {
    throw tableOpenError(
      `for ${url.origin}`,
      new Error('AZURE_STORAGE_ACCOUNT_URL must be the blob endpoint, https://<account>.blob.<suffix>, to find the table endpoint'),
    );
  }
  return `${url.protocol}//${[account, 'table', ...suffix].join('.')}`;
}

/** Emulators (Azurite) speak plain HTTP; the SDK refuses that unless told it is meant. */
function isPlainHttp(connectionString: string): boolean {
  return /(^|;)\s*(DefaultEndpointsProtocol=http|TableEndpoint=http:|UseDevelopmentStorage=true)\s*(;|$)/i.test(connectionString);
}

export function tableClientFor(azure: AzureStorageConfig, tableName: string): TableClient {
  if (azure.connectionString) {
    const options = { ...TABLE_PIPELINE, allowInsecureConnection: isPlainHttp(azure.connectionString) };
    try {
      return TableClient.fromConnectionString(azure.connectionString, tableName, options);
    } catch (error) {
      // Parse errors are fixed sentences that never quote the string (it holds the key).
      throw tableOpenError(`${tableName} named by AZURE_STORAGE_CONNECTION_STRING`, error);
    }
  }
  return new TableClient(tableUrlFromBlobUrl(azure.accountUrl as string), tableName, credentialFor(azure), TABLE_PIPELINE);
}

/**
 * Creates the table on first use, once however many calls arrive together; a failure is
 * retried by the next call. Creating an existing table is not an error (the SDK ignores 409).
 */
export class TableReady {
  private ready?: Promise<void>;

  constructor(private readonly table: TableClient) {}

  ensure(abortSignal?: AbortSignal): Promise<void> {
    this.ready ??= this.table.createTable({ abortSignal }).catch((error: unknown) => {
      this.ready = undefined;
      throw error;
    });
    return this.ready;
  }

  /** For start-up: the table exists or is created now, or one clear line says why not. */
  async verify(abortSignal?: AbortSignal): Promise<void> {
    try {
      await this.ensure(abortSignal);
    } catch (error) {
      throw tableOpenError(`${this.table.tableName} at ${new URL(this.table.url).origin}`, error);
    }
  }
}


const PLAIN = /^[A-Za-z0-9._@-]{1,128}$/;

/**
 * A value as a key part: itself when plain, else `=` and its SHA-256 (`=` is not PLAIN,
 * so the two never collide). Keys must not hold `/ \ # ?` or control characters and stay
 * under 1 KiB; addresses and ids from outside may hold anything.
 */
export function keyPart(value: string): string {
  return PLAIN.test(value) ? value : `=${createHash('sha256').update(value, 'utf8').digest('hex')}`;
}
