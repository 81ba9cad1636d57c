import { SqliteWatchRepository } from '../../src/storage/sqliteWatches';
import { runWatchRepositoryContract } from '../contracts/watchRepository.contract';
import { useSqliteFiles } from '../helpers/sqliteFiles';

const { tempFile, databaseAt } = useSqliteFiles('vlsa-watches-');

runWatchRepositoryContract('SQLite', async () => new SqliteWatchRepository(databaseAt(tempFile())));
