import { randomBytes, randomUUID } from 'node:crypto';
import { TableClient } from '@azure/data-tables';
import { BlobServiceClient } from '@azure/storage-blob';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LookupRateLimiter } from '../../src/domain/rateLimit';
import { leaseTableName } from '../../src/storage/azureTables';
import { BlobStorage } from '../../src/storage/blobStorage';
import { TableLease } from '../../src/storage/tableLease';
import { startAzurite, type Azurite } from '../helpers/azurite';

let azurite: Azurite;
beforeAll(async () => {
  azurite = await startAzurite();
});
afterAll(async () => {
  await azurite?.stop();
});

const TTL = 60_000;
const leaseTable = () =>
  TableClient.fromConnectionString(azurite.connectionString, leaseTableName(`t${randomBytes(8).toString('hex')}`), { allowInsecureConnection: true });

describe('TableLease on Azurite', () => {
  it('lets one of two instances hold the lease, and the other take it once it expires', async () => {
    const table = leaseTable();
    let now = new Date('2026-01-05T09:00:00Z');
    const clock = () => now;
    const a = new TableLease(table, clock);
    const b = new TableLease(TableClient.fromConnectionString(azurite.connectionString, table.tableName, { allowInsecureConnection: true }), clock);

    expect(await a.tryAcquire('case-reminders', 'instance-a', TTL)).toBe(true);
    expect(await b.tryAcquire('case-reminders', 'instance-b', TTL)).toBe(false);
    now = new Date(now.getTime() + TTL - 1);
    expect(await a.tryAcquire('case-reminders', 'instance-a', TTL)).toBe(true);
    now = new Date(now.getTime() + TTL - 1);
    expect(await b.tryAcquire('case-reminders', 'instance-b', TTL)).toBe(false);
    now = new Date(now.getTime() + 1);
    expect(await b.tryAcquire('case-reminders', 'instance-b', TTL)).toBe(true);
    expect(await a.tryAcquire('case-reminders', 'instance-a', TTL)).toBe(false);

    await a.release('case-reminders', 'instance-a');
    expect(await a.tryAcquire('case-reminders', 'instance-a', TTL)).toBe(false);
    await b.release('case-reminders', 'instance-b');
    expect(await a.tryAcquire('case-reminders', 'instance-a', TTL)).toBe(true);
  });

  it('lets exactly one of many instances racing for a free lease, or for an expired one, take it', async () => {
    const table = leaseTable();
    let now = new Date('2026-01-05T09:00:00Z');
    const leases = Array.from({ length: 6 }, () => new TableLease(table, () => now));
    const free = await Promise.all(leases.map((lease, i) => lease.tryAcquire('case-reminders', `instance-${i}`, TTL)));
    expect(free.filter(Boolean)).toHaveLength(1);

    now = new Date(now.getTime() + TTL);
    const expired = await Promise.all(leases.map((lease, i) => lease.tryAcquire('case-reminders', `other-${i}`, TTL)));
    expect(expired.filter(Boolean)).toHaveLength(1);
  });
});

describe('LookupRateLimiter across instances on one BlobStorage', () => {
  it('never allows more than the limit in total when two instances take at once', async () => {
    const containerName = `test-${randomUUID().replace(/-/g, '')}`;
    const container = () => BlobServiceClient.fromConnectionString(azurite.connectionString).getContainerClient(containerName);
    const limit = 5;
    const a = new LookupRateLimiter({ store: new BlobStorage(container()), limitPerHour: limit });
    const b = new LookupRateLimiter({ store: new BlobStorage(container()), limitPerHour: limit });
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
