import { BlobServiceClient, type StoragePipelineOptions } from '@azure/storage-blob';
import type Database from 'better-sqlite3';
import type { Storage } from 'botbuilder';
import type { AzureStorageConfig, Config, StorageKind } from '../config';
import type { Logger } from '../log';
import { blobOpenError, BlobStorage } from './blobStorage';
import { openDatabase, SqliteStorage } from './sqliteStorage';
import { SqliteCaseRepository } from './sqliteCases';
import type { CampaignRepository, CaseRepository, Lease, TakeOnceStore, WatchRepository } from '../domain/stores/ports';
import { campaignTableName, caseTableName, credentialFor, leaseTableName, tableClientFor, watchTableName } from './azureTables';
import { SqliteCampaignRepository } from './sqliteCampaigns';
import { TableCampaignRepository } from './tableCampaigns';
import { SqliteLease } from './sqliteLease';
import { TableCaseRepository } from './tableCases';
import { TableLease } from './tableLease';
import { SqliteWatchRepository } from './sqliteWatches';
import { TableWatchRepository } from './tableWatches';

/** How long start-up may take to reach the container before it gives up with one line. */
const VERIFY_TIMEOUT_MS = 10_000;

/**
 * A turn waits on storage, and Bot Service gives up on a turn after about 15 s, so retry
 * briefly rather than with the SDK's default back-off of up to minutes.
 */
const BLOB_PIPELINE: StoragePipelineOptions = {
  retryOptions: { maxTries: 3, retryDelayInMs: 200, maxRetryDelayInMs: 2_000, tryTimeoutInMs: 10_000 },
  userAgentOptions: { userAgentPrefix: 'vl-signin-assistant' },
};

export interface OpenedStorage {
  storage: Storage & TakeOnceStore;
  kind: StorageKind;
  close(): Promise<void>;
  /** The database, when the state lives in SQLite. */
  sqlite?: Database.Database;
  /** Escalated cases, in the same backend as the state. */
  cases: CaseRepository;
  /** Outreach campaigns and their recipients, in the same backend as the state. */
  campaigns: CampaignRepository;
  /** The watch list ("Tell me when it's fixed"), in the same backend as the state. */
  watches: WatchRepository;
  /** Elects one instance for background work (the Lease port, domain/stores/ports.ts), in the same backend as the state. */
  lease: Lease;
}

function blobService(azure: AzureStorageConfig): BlobServiceClient {
  if (azure.connectionString) {
    try {
      return BlobServiceClient.fromConnectionString(azure.connectionString, BLOB_PIPELINE);
    } catch (error) {
      // The SDK's parse errors are fixed sentences ("Invalid AccountKey in the provided
      // Connection String"); they never quote the string, which holds the account key.
      throw blobOpenError('named by AZURE_STORAGE_CONNECTION_STRING', error);
    }
  }
  return new BlobServiceClient(azure.accountUrl as string, credentialFor(azure), BLOB_PIPELINE);
}

/**
 * Opens the state storage the configuration names, and checks it works before the bot
 * listens: a bad SQLite path, an unreachable or refused Azure container, or a table that
 * cannot be created or read throws StorageOpenError (its code says which), with a one-line
 * message fit for start-up.
 */
export async function openStorage(config: Config, log: Logger): Promise<OpenedStorage> {
  const azure = config.storage.azure;
  if (config.storage.kind === 'azure' && azure) {
    const container = blobService(azure).getContainerClient(azure.container);
    const storage = new BlobStorage(container);
    await storage.verify(AbortSignal.timeout(VERIFY_TIMEOUT_MS));
    const cases = new TableCaseRepository(tableClientFor(azure, caseTableName(azure.tablePrefix)));
    const lease = new TableLease(tableClientFor(azure, leaseTableName(azure.tablePrefix)));
    const campaigns = new TableCampaignRepository(tableClientFor(azure, campaignTableName(azure.tablePrefix)));
    const watches = new TableWatchRepository(tableClientFor(azure, watchTableName(azure.tablePrefix)));
    await Promise.all([cases, lease, campaigns, watches].map((tables) => tables.verify(AbortSignal.timeout(VERIFY_TIMEOUT_MS))));
    log.info(
      { storage: 'azure', account: new URL(container.url).host, container: azure.container, tablePrefix: azure.tablePrefix },
      'state storage: Azure Blob Storage; cases, campaigns, watches and leases: Azure Table Storage',
    );
    // Requests are independent HTTP calls: there is no connection or file to close.
    return { storage, kind: 'azure', cases, campaigns, watches, lease, close: async () => undefined };
  }
  const db = openDatabase(config.storage.sqlitePath);
  log.info({ storage: 'sqlite', path: config.storage.sqlitePath }, 'state storage: SQLite');
  return {
    storage: new SqliteStorage(db),
    kind: 'sqlite',
    sqlite: db,
    cases: new SqliteCaseRepository(db),
    campaigns: new SqliteCampaignRepository(db),
    watches: new SqliteWatchRepository(db),
    lease: new SqliteLease(db),
    close: async () => void db.close(),
  };
}
