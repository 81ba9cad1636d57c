import type { TableClient } from '@azure/data-tables';
import { keyPart, TableReady } from './azureTables';
import { hasStatus } from './storageOpenError';
import type { Lease } from '../domain/stores/ports';

const PARTITION = 'lease';

interface LeaseEntity {
  holder: string;
  /** ISO time; stored as a string so no number-type mapping can change it. */
  expiresAt: string;
}

/**
 * Leases as Table entities, taken with ETag-conditional writes: a free lease is created
 * (a twin create fails with 409), an expired or own lease is replaced If-Match the ETag
 * just read (a concurrent taker fails with 412). The loser of either race answers false.
 *
 * Chosen over a blob lease because blob leases last 15-60 s or forever and belong to a
 * lease id, not to a holder, so a holder's identity and any TTL would need mapping; the
 * table also lives beside the cases, needing no other container or permission.
 */
export class TableLease implements Lease {
  private readonly ready: TableReady;

  constructor(
    private readonly table: TableClient,
    private readonly now: () => Date = () => new Date(),
  ) {
    this.ready = new TableReady(table);
  }

  /** For start-up: creates the table if needed, or throws StorageOpenError (code `table`) with one line. */
  verify(abortSignal?: AbortSignal): Promise<void> {
    return this.ready.verify(abortSignal);
  }

  async tryAcquire(name: string, holderId: string, ttlMs: number): Promise<boolean> {
    await this.ready.ensure();
    const now = this.now().getTime();
    const entity = { partitionKey: PARTITION, rowKey: keyPart(name), holder: holderId, expiresAt: new Date(now + ttlMs).toISOString() };
    const current = await this.read(name);
    try {
      if (!current) await this.table.createEntity(entity);
      else if (current.holder === holderId || Date.parse(current.expiresAt) <= now) await this.table.updateEntity(entity, 'Replace', { etag: current.etag });
      else return false;
      return true;
    } catch (error) {
      if (hasStatus(error, 409, 412, 404)) return false;
      throw error;
    }
  }

  async release(name: string, holderId: string): Promise<void> {
    await this.ready.ensure();
    const current = await this.read(name);
    if (current?.holder !== holderId) return;
    try {
      await this.table.deleteEntity(PARTITION, keyPart(name), { etag: current.etag });
    } catch (error) {
      // Someone took it after it expired, or it is gone already: nothing of ours to release.
      if (!hasStatus(error, 412, 404)) throw error;
    }
  }

  private async read(name: string): Promise<(LeaseEntity & { etag: string }) | undefined> {
    try {
      return await this.table.getEntity<LeaseEntity>(PARTITION, keyPart(name));
    } catch (error) {
      if (hasStatus(error, 404)) return undefined;
      throw error;
    }
  }
}
