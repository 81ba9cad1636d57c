import { odata, type TableClient, type TableEntityResult } from '@azure/data-tables';
import { addressKey } from '../domain/cases/case';
import type { WatchRepository } from '../domain/stores/ports';
import type { Watch, WatchCheck } from '../domain/watch/watch';
import { keyPart, TableReady } from './azureTables';
import { hasStatus } from './storageOpenError';

/**
 * The watch list in Azure Table Storage: a partition per tenant (`w!<tenant>`), a row per
 * watcher and address (`<watcher>!<address>`, each a keyPart, so never holding `!`), the
 * watch as JSON beside the properties the listings filter on. A tenant's reads are a point
 * read or its own partition; only the scheduler's `listDue` filters across partitions.
 */

const SEP = '!';

type Entity = TableEntityResult<Record<string, unknown>>;

const partitionOf = (tenantId: string) => `w${SEP}${keyPart(tenantId)}`;
const rowOf = (watcherId: string, address: string) => `${keyPart(watcherId)}${SEP}${keyPart(addressKey(address))}`;

const toWatch = (e: Entity): Watch => JSON.parse(String(e.body)) as Watch;

export class TableWatchRepository implements WatchRepository {
  private readonly ready: TableReady;

  constructor(private readonly table: TableClient) {
    this.ready = new TableReady(table);
  }

  /** For start-up: creates the table if needed, or throws StorageOpenError (code `table`) with one line. */
  verify(abortSignal?: AbortSignal): Promise<void> {
    return this.ready.verify(abortSignal);
  }

  private entity(w: Watch) {
    return {
      partitionKey: partitionOf(w.tenantId),
      rowKey: rowOf(w.watcher.aadObjectId, w.address),
      tenantId: w.tenantId,
      domain: w.domain,
      nextCheckAt: w.nextCheckAt,
      body: JSON.stringify(w),
    };
  }

  private async read(tenantId: string, watcherId: string, address: string): Promise<Entity | undefined> {
    await this.ready.ensure();
    try {
      return await this.table.getEntity<Record<string, unknown>>(partitionOf(tenantId), rowOf(watcherId, address));
    } catch (error) {
      if (hasStatus(error, 404)) return undefined;
      throw error;
    }
  }

  async put(watch: Watch): Promise<Watch> {
    await this.ready.ensure();
    await this.table.upsertEntity(this.entity(watch), 'Replace');
    return watch;
  }

  async get(tenantId: string, watcherId: string, address: string): Promise<Watch | undefined> {
    const e = await this.read(tenantId, watcherId, address);
    return e && toWatch(e);
  }

  async remove(tenantId: string, watcherId: string, address: string): Promise<boolean> {
    await this.ready.ensure();
    try {
      await this.table.deleteEntity(partitionOf(tenantId), rowOf(watcherId, address));
      return true;
    } catch (error) {
      if (hasStatus(error, 404)) return false;
      throw error;
    }
  }

  async listByWatcher(tenantId: string, watcherId: string): Promise<Watch[]> {
    await this.ready.ensure();
    const from = `${keyPart(watcherId)}${SEP}`;
    const filter = odata`PartitionKey eq ${partitionOf(tenantId)} and RowKey ge ${from} and RowKey lt ${`${from}~`}`;
    const found: Watch[] = [];
    for await (const e of this.table.listEntities<Record<string, unknown>>({ queryOptions: { filter } })) found.push(toWatch(e));
    return found;
  }

  async recordCheck(tenantId: string, watcherId: string, address: string, check: WatchCheck): Promise<void> {
    const current = await this.read(tenantId, watcherId, address);
    if (!current) return;
    try {
      // If-Match: a watch removed (or replaced) meanwhile is not brought back by this check.
      await this.table.updateEntity(this.entity({ ...toWatch(current), ...check }), 'Replace', { etag: current.etag });
    } catch (error) {
      if (!hasStatus(error, 404, 412)) throw error;
    }
  }

  async listDue(now: Date, limit: number): Promise<Watch[]> {
    await this.ready.ensure();
    const found: Watch[] = [];
    const filter = odata`nextCheckAt le ${now.toISOString()}`;
    for await (const e of this.table.listEntities<Record<string, unknown>>({ queryOptions: { filter } })) found.push(toWatch(e));
    return found.sort((a, b) => a.nextCheckAt.localeCompare(b.nextCheckAt)).slice(0, limit);
  }

  async listByDomain(tenantId: string, domain: string): Promise<Watch[]> {
    await this.ready.ensure();
    const found: Watch[] = [];
    const filter = odata`PartitionKey eq ${partitionOf(tenantId)} and domain eq ${domain.toLowerCase()}`;
    for await (const e of this.table.listEntities<Record<string, unknown>>({ queryOptions: { filter } })) found.push(toWatch(e));
    return found;
  }
}
