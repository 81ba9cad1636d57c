import { watchTableName } from '../../src/storage/azureTables';
import { TableWatchRepository } from '../../src/storage/tableWatches';
import { freshPrefix, useAzurite } from '../helpers/azurite';
import { runWatchRepositoryContract } from '../contracts/watchRepository.contract';

const { tableClient } = useAzurite();

runWatchRepositoryContract('Azure Tables (Azurite)', async () => new TableWatchRepository(tableClient(watchTableName(freshPrefix()))));
