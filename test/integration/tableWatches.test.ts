import { randomBytes } from 'node:crypto';
import { TableClient } from '@azure/data-tables';
import { afterAll, beforeAll } from 'vitest';
import { watchTableName } from '../../src/storage/azureTables';
import { TableWatchRepository } from '../../src/storage/tableWatches';
import { startAzurite, type Azurite } from '../helpers/azurite';
import { runWatchRepositoryContract } from '../contracts/watchRepository.contract';

let azurite: Azurite;
beforeAll(async () => {
  azurite = await startAzurite();
});
afterAll(async () => {
  await azurite?.stop();
});

runWatchRepositoryContract('Azure Tables (Azurite)', async () =>
  new TableWatchRepository(TableClient.fromConnectionString(azurite.connectionString, watchTableName(`t${randomBytes(8).toString('hex')}`), { allowInsecureConnection: true })),
);
