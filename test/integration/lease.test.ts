import { randomBytes, randomUUID } from 'node:crypto';
import { TableClient } from '@azure/data-tables';
import { BlobServiceClient } from '@azure/storage-blob';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SlidingWindowLimiter } from '../../src/domain/rateLimit';
import { leaseTableName } from '../../src/storage/azureTables';
import { BlobStorage } from '../../src/storage/blobStorage';
import { TableLease } from '../../src/storage/tableLease';
import { startAzurite, type Azurite } from '../helpers/azurite';
import { runLeaseContract } from '../contracts/lease.contract';

let azurite: Azurite;
beforeAll(async () => {
  azurite = await startAzurite();
});
afterAll(async () => {
  await azurite?.stop();
});

// Each client has its own TableClient, as instances would.
runLeaseContract('TableLease on Azurite', async (count, clock) => {
  const tableName = leaseTableName(`t${randomBytes(8).toString('hex')}`);
  return Array.from({ length: count }, () => new TableLease(TableClient.fromConnectionString(azurite.connectionString, tableName, { allowInsecureConnection: true }), clock));
});

const HOUR_MS = 3_600_000;

describe('SlidingWindowLimiter across instances on one BlobStorage', () => {
  it('never allows more than the limit in total when two instances take at once', async () => {
    const containerName = `test-${randomUUID().replace(/-/g, '')}`;
    const container = () => BlobServiceClient.fromConnectionString(azurite.connectionString).getContainerClient(containerName);
    const limit = 5;
    const a = new SlidingWindowLimiter({ store: new BlobStorage(container()), name: 'lookup', limit, windowMs: HOUR_MS });
    const b = new SlidingWindowLimiter({ store: new BlobStorage(container()), name: 'lookup', limit, windowMs: HOUR_MS });
    try {
      const takes = Array.from({ length: 16 }, (_, i) => (i % 2 === 0 ? a : b).take('aad-alex'));
      const decisions = await Promise.allSettled(takes);
      const allowed = decisions.filter((d) => d.status === 'fulfilled' && d.value.allowed);
      expect(allowed.length).toBeLessThanOrEqual(limit);
      // Every allowed lookup was recorded: a later take by either instance is refused.
      expect((await a.take('aad-alex')).allowed).toBe(allowed.length < limit);
    } finally {
      await container().deleteIfExists();
    }
  });
});
